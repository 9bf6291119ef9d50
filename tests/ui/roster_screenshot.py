"""The roster import preview on a daftar nominatif (.xls written by LibreOffice), for the docs
(not a test): python3 tests/ui/roster_screenshot.py OUT.png [--lang id|en] [--file FILE]."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import ui.common.import_speed  # noqa: E402, F401
from ui.common.refcount_guard import keep_singletons_alive  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="id")
    parser.add_argument("--file", type=Path, default=ROOT / "tests/fixtures/rosters/nominatif.xls")
    args = parser.parse_args()
    keep_singletons_alive()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import install_translator
    from ui.people.roster_import_dialog import RosterImportDialog

    app = QApplication([])
    install_translator(app, args.lang)
    dialog = RosterImportDialog([])
    dialog.resize(1280, 760)
    dialog.show()
    loop = QEventLoop()
    dialog.preview_ready.connect(loop.quit)
    QTimer.singleShot(15_000, loop.quit)
    dialog.load_file(args.file)
    loop.exec()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(args.out))
    print(args.out)


if __name__ == "__main__":
    main()
