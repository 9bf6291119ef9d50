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
  start                the timer started (Space on the Run page)
  f5                   F5 on the main window: the projector opens or closes
  unplug=SCREEN        the screen's cable pulled while the app runs (xrandr --delmonitor;
                       under Xvfb and the xcb platform only: tests/ui/run/test_screens_changing.py)
  plug=SCREEN@WxH+X+Y  a screen plugged in while the app runs (xrandr --setmonitor)
It prints one JSON line: the screens, then where each window is after every step.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
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


def screens_now() -> dict:
    return {
        s.name(): [s.geometry().x(), s.geometry().y(), s.geometry().width(), s.geometry().height()]
        for s in QGuiApplication.screens()
    }


def lost_label(controls) -> str | bool:  # noqa: ANN001
    """The Run page's line saying the projector's screen was unplugged; False when hidden."""
    label = controls.lost_label
    return label.isVisibleTo(controls) and label.text()


def running(page) -> bool:  # noqa: ANN001
    run = page.controller.run
    return bool(run and run.timer and run.timer.running)


def change_screens(app: QApplication, command: list[str], wanted: int) -> None:
    """Run xrandr, then let Qt hear of it (screenAdded/screenRemoved) and settle."""
    subprocess.run(command, check=True, capture_output=True, timeout=20)
    deadline = time.monotonic() + 10
    while len(QGuiApplication.screens()) != wanted and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


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
        "screens": screens_now(),
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
        elif name == "start":
            page.controller.toggle()
        elif name == "f5":
            window.projector_key.toggle()
        elif name == "unplug":
            wanted = len(QGuiApplication.screens()) - 1
            change_screens(app, ["xrandr", "--delmonitor", value], wanted)
        elif name == "plug":
            screen, _, geometry = value.partition("@")
            size, x, y = geometry.split("+")
            width, height = size.split("x")
            mode = f"{width}/300x{height}/200+{x}+{y}"
            wanted = len(QGuiApplication.screens()) + 1
            change_screens(app, ["xrandr", "--setmonitor", screen, mode, "none"], wanted)
        for _ in range(3):
            app.processEvents()
        report["steps"].append(
            {
                "step": step,
                "presenter": where(page.presenter.window),
                "projector": where(page.context.projector),
                "main": where(window),
                "screens": screens_now(),
                "lost_label": lost_label(controls),
                "running": running(page),
            }
        )
    print(json.dumps(report), flush=True)
    if page.controller.run and page.controller.run.timer and page.controller.run.timer.running:
        page.controller.toggle()  # paused: closing asks nothing
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
