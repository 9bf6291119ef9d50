"""Run by tests/ui/run/test_presenter_screens.py in a process of its own, under Qt's offscreen
platform with a file of several screens, so the rest of the suite keeps its one screen.

    QT_QPA_PLATFORM="offscreen:configfile=screens.json" python3 tests/ui/run/screens_probe.py \
        DATA_DIR SETTINGS_DIR STEP...

Each start of this script is a start of the app: the main window on the sample session, the
Run page, and the preferences kept in SETTINGS_DIR between starts. Steps:
  projector[=SCREEN]   F5: the projector opens (on SCREEN when given, as chosen in its box)
  presenter[=SCREEN]   F7: the presenter view opens (on SCREEN when given, as chosen in it)
  move=X,Y             the presenter window dragged to X,Y (the window system moves it)
  close                the presenter view closed (it remembers its screen and place)
It prints one JSON line: the screens, then where each window is after every step.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.common.refcount_guard import keep_singletons_alive  # noqa: E402


def where(window: QWidget | None) -> dict | None:
    if window is None or not window.isVisible():
        return None
    frame = window.frameGeometry()
    return {
        "screen": window.screen().name() if window.screen() else None,
        "rect": [frame.x(), frame.y(), frame.width(), frame.height()],
        "full_screen": window.isFullScreen(),
    }


def main(data_dir: str, settings_dir: str, *steps: str) -> None:
    keep_singletons_alive()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("Lokakarya")
    app.setApplicationName("Lokakarya")
    from tests.ui.ui_helpers import make_context
    from ui.run.page import RunConsole
    from ui.shell.main_window import MainWindow

    window = MainWindow(make_context(Path(data_dir)))
    window.show()
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    page = next(p for p in window.session_pages if isinstance(p, RunConsole))
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    app.processEvents()
    report: dict = {
        "screens": {
            s.name(): [
                s.geometry().x(),
                s.geometry().y(),
                s.geometry().width(),
                s.geometry().height(),
            ]
            for s in QGuiApplication.screens()
        },
        "primary": QGuiApplication.primaryScreen().name(),
        "steps": [],
    }
    controls = page.day_column.projector_controls
    for step in steps:
        name, _, value = step.partition("=")
        if name == "projector":
            if value:
                controls.screen_choice.setCurrentIndex(controls.screen_choice.findData(value))
                controls.screen_choice.activated.emit(controls.screen_choice.currentIndex())
            controls.open_projector()
        elif name == "presenter":
            page.presenter.open()
            if value:
                presenter = page.presenter.window
                presenter.screen_choice.setCurrentIndex(presenter.screen_choice.findData(value))
                presenter.screen_choice.activated.emit(presenter.screen_choice.currentIndex())
        elif name == "move":
            x, y = (int(n) for n in value.split(","))
            page.presenter.window.move(x, y)
        elif name == "close":
            page.presenter.close()
        for _ in range(3):
            app.processEvents()
        report["steps"].append(
            {
                "step": step,
                "presenter": where(page.presenter.window),
                "projector": where(page.context.projector),
            }
        )
    print(json.dumps(report), flush=True)
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
