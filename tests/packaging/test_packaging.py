"""The PyInstaller spec ships every resources/ folder, and the frozen app finds them."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitation.resources_path import resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "lokakarya.spec"


def spec_constant(name: str) -> tuple[str, ...]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in the spec")


def test_spec_ships_every_resources_folder() -> None:
    shipped = set(spec_constant("RESOURCE_FOLDERS"))
    folders = {
        p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"
    }
    assert folders - shipped == set(), "add the new resources/ folder to packaging/lokakarya.spec"
    assert shipped - folders == set()
    files = {p.name for p in (ROOT / "resources").iterdir() if p.is_file()}
    assert set(spec_constant("RESOURCE_FILES")) == files


def test_resources_come_from_the_bundle_when_frozen(monkeypatch, tmp_path) -> None:
    assert resource_path("library", "methods.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources/fonts/DejaVuSans.ttf"


def test_no_module_builds_resource_paths_from_its_own_file() -> None:
    # Paths built from __file__ break in the frozen app; resource_path() is the one way.
    offenders = []
    for package in ("facilitation", "storage", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if '"resources"' in text and path.name != "resources_path.py":
                offenders.append(path.name)
    assert offenders == []


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("LOKAKARYA_TEST_PACKAGE") != "1",
    reason="builds the app with PyInstaller (~1 min); set LOKAKARYA_TEST_PACKAGE=1",
)
def test_packaged_app_builds_and_starts(tmp_path) -> None:
    if shutil.which("pyinstaller") is None:
        pytest.fail('pyinstaller is missing: python -m pip install -e ".[package]"')
    dist, work = tmp_path / "dist", tmp_path / "build"
    started = time.monotonic()
    subprocess.run(
        ["pyinstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=900,
    )
    build_seconds = time.monotonic() - started
    app = dist / "lokakarya" / "lokakarya"
    assert app.is_file()
    internal = dist / "lokakarya" / "_internal" / "resources"
    for part in ("library/methods.json", "translations/lokakarya_id.qm", "fonts/DejaVuSans.ttf"):
        assert (internal / part).is_file(), part
    # reportlab's C accelerator (loaded by name in exec()) ships: reports stay fast.
    assert list((dist / "lokakarya" / "_internal").glob("_rl_accel*")), "no _rl_accel"
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOKAKARYA_EXIT_AFTER_SHOW": "1"}
    gui = subprocess.run(
        [str(app), "--data-dir", str(data_dir), "--lang", "id"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert gui.returncode == 0, gui.stderr
    assert "first-paint" in gui.stdout and "ready" in gui.stdout
    listed = subprocess.run(
        [str(app), "--data-dir", str(data_dir), "sessions"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    session_id = listed.stdout.split()[0]
    report = tmp_path / "report.pdf"
    made = subprocess.run(
        [str(app), "--data-dir", str(data_dir), "report", session_id, "--out", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    assert report.read_bytes().startswith(b"%PDF")
    size = sum(
        p.stat().st_size
        for p in (dist / "lokakarya").rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    print(f"build {build_seconds:.0f} s, size {size / 1e6:.0f} MB")
