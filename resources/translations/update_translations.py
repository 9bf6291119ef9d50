"""Refresh the translation sources and compile them.

    python resources/translations/update_translations.py

Runs pyside6-lupdate over main.py and ui/ into lokakarya_id.ts (existing translations are kept,
strings that left the code are dropped), then pyside6-lrelease into lokakarya_id.qm. Translate
new strings with Qt Linguist (or by editing the .ts), then run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def source_files() -> list[Path]:
    return [ROOT / "main.py", *sorted((ROOT / "ui").rglob("*.py"))]


def lupdate(ts_file: Path) -> None:
    sources = [str(path) for path in source_files()]
    subprocess.run(
        [
            "pyside6-lupdate",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    for lang in LANGUAGES:
        ts_file = TRANSLATIONS / f"lokakarya_{lang}.ts"
        lupdate(ts_file)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        print(f"updated {ts_file.relative_to(ROOT)}")
        # Hand-kept Indonesian for Qt's own widgets (Qt ships no qtbase_id): compile only.
        qt_ts = TRANSLATIONS / f"qtbase_{lang}.ts"
        if qt_ts.exists():
            lrelease(qt_ts, qt_ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
