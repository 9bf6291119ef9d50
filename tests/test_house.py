"""The house keeps its shape: small modules, and a README map that names every package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("facilitation", "storage", "ui")
MODULE_LINE_LIMIT = 400


def test_no_module_is_over_four_hundred_lines() -> None:
    too_long = {
        str(path.relative_to(ROOT)): lines
        for folder in (*CODE, "tests")
        for path in (ROOT / folder).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINE_LIMIT
    }
    assert too_long == {}


def test_the_readme_map_names_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    development = readme[readme.index("## Development") :]
    the_map = development[: development.index("```", development.index("```") + 3)]
    packages = [
        path.parent.relative_to(ROOT / folder)
        for folder in ("facilitation", "ui")
        for path in (ROOT / folder).glob("*/__init__.py")
    ]
    missing = [str(package) for package in packages if f"{package}/" not in the_map]
    assert missing == []
