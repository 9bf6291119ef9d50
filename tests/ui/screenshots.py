"""Screenshots of every page of the sample session, for comparing the look before and after a
change (not a test): python3 tests/ui/screenshots.py OUT_DIR [--lang id|en] [--theme light|dark]
[--projector] (the projector's phases at 1920x1080 as well)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--projector", action="store_true")
    args = parser.parse_args()
    keep_singletons_alive()
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtWidgets import QApplication, QTabWidget

    from tests.ui.ui_helpers import make_context
    from ui.common.i18n import install_translator
    from ui.common.theme import ThemeChoice, install_theme
    from ui.shell.main_window import MainWindow

    app = QApplication([])
    settings_dir = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    install_translator(app, args.lang)
    install_theme(ThemeChoice(args.theme))
    data_dir = Path(tempfile.mkdtemp()) / "data"
    data_dir.mkdir()
    window = MainWindow(make_context(data_dir, args.lang))
    window.resize(QSize(1366, 768))
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window.grab().save(str(args.out / "00-sessions.png"))
    sessions = window.context.sessions.list()
    window.open_session(sessions[0].id)
    settle()
    for row in range(1, window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle()
        page = window.pages.currentWidget()
        window.grab().save(str(args.out / f"{row:02d}-page.png"))
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for t_index, tab_widget in enumerate(tabs[:1]):
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                settle()
                name = f"{row:02d}-tab{t_index}-{index:02d}.png"
                window.grab().save(str(args.out / name))
    if args.projector:
        grab_projector(window, args.out, settle)
    window.close()


def grab_projector(window, out: Path, settle) -> None:  # noqa: ANN001
    """The wall at 1920x1080 in each timer phase, as the Run page puts it there."""
    from facilitation.timer import Phase
    from ui.projector.view import ProjectorView

    projector = window.session_context.projector
    projector.resize(1920, 1080)
    for phase, reading in ((Phase.NORMAL, "12:34"), (Phase.WARNING, "01:59"),
                           (Phase.DANGER, "00:20"), (Phase.OVERTIME, "-02:10")):  # fmt: skip
        view = ProjectorView(
            title="Diskusi kelompok: nilai BerAKHLAK",
            reading=reading,
            phase=phase,
            caption="",
            next_title="Pleno",
            next_time="10:30",
            clock="09:41",
        )
        projector.show_view(view)
        settle()
        projector.grab().save(str(out / f"projector-{phase.value}.png"))


if __name__ == "__main__":
    main()
