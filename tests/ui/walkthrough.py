"""A new facilitator's day, driven through the real app under Xvfb, with a screenshot per step.

    python3 tests/ui/walkthrough.py                      # 1366x768 and 1920x1080, id and en
    python3 tests/ui/walkthrough.py --sizes 1366x768 --langs id

A script, not a test (pytest does not collect it). It needs Xvfb (Debian: apt-get install
xvfb) and Pillow. For each size and language it starts its own `Xvfb -screen 0 WxHx24` and the
real app on it, `python3 main.py --data-dir <fresh temporary folder> --lang <id|en>` with
QT_QPA_PLATFORM=xcb; the app hands its main window to drive() below, in its own process
(LOKAKARYA_TEST_DRIVER, ui/shell/autostart.py). drive() steps through the day as a newcomer
would, with key presses and clicks (QTest): the sample session it opens on, People (check in
a few people), Plan, forming groups, Run (start the timer), the projector and the presenter
view, Notes (type a note) and Report (export a PDF through the file dialog). Each step saves
the whole X screen to docs/screenshots/walkthrough/<size>-<lang>-<NN-step>.png (palette PNGs,
small enough for the repository) and reports windows that do not fit on the screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots" / "walkthrough"
SIZES = ("1366x768", "1920x1080")
LANGS = ("id", "en")
RUN_TIMEOUT = 120  # seconds for one size and language, start to quit
ROSTER = ROOT / "resources" / "samples" / "peserta_contoh.xlsx"  # what the organiser sent
OUT_ENV, PREFIX_ENV, HOME_ENV = "WALKTHROUGH_OUT", "WALKTHROUGH_PREFIX", "WALKTHROUGH_HOME"


# -- outside: one Xvfb and one app per size and language ------------------------------------


def start_xvfb(size: str, *options: str) -> tuple[subprocess.Popen, str]:
    """A fresh X server on a free display (Xvfb picks it and writes it to a pipe); options
    go to Xvfb as they are (tests/ui/run/test_screens_changing.py wants RANDR)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"]
        + list(options),
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def walk(size: str, lang: str, out: Path) -> tuple[str, int, str]:
    """One day at one size in one language; (label, exit code, what the app printed)."""
    label = f"{size}-{lang}"
    server, display = start_xvfb(size)
    home = Path(tempfile.mkdtemp(prefix=f"walkthrough-{label}-"))
    (home / "Documents").mkdir()
    shutil.copy(ROSTER, home / "Documents" / ROSTER.name)
    try:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),  # a fresh Documents folder for the file dialog
            "XDG_CONFIG_HOME": str(home / "config"),  # fresh settings: a first start
            "XDG_DATA_HOME": str(home / "share"),
            "LOKAKARYA_TEST_DRIVER": str(Path(__file__).resolve()),
            OUT_ENV: str(out),
            PREFIX_ENV: label,
            HOME_ENV: str(home),
        }
        env.pop("QT_SCALE_FACTOR", None)
        command = [sys.executable, "main.py", "--data-dir", str(home / "data"), "--lang", lang]
        try:
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
            )
            return label, done.returncode, done.stdout + done.stderr
        except subprocess.TimeoutExpired as error:
            return label, -1, f"timed out after {RUN_TIMEOUT} s\n{error.stdout or ''}"
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(home, ignore_errors=True)


def shrink(path: Path) -> None:
    """A palette PNG: screenshots of a UI have few colours, and the files get ~4x smaller."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.FASTOCTREE)
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES))
    parser.add_argument("--langs", nargs="+", default=list(LANGS), choices=LANGS)
    parser.add_argument("--out", type=Path, default=OUT)
    arguments = parser.parse_args(argv)
    if shutil.which("Xvfb") is None:
        print("Xvfb is missing (Debian: apt-get install xvfb)", file=sys.stderr)
        return 2
    arguments.out.mkdir(parents=True, exist_ok=True)
    for size in arguments.sizes:
        for lang in arguments.langs:
            for old in arguments.out.glob(f"{size}-{lang}-*.png"):
                old.unlink()
    started = time.monotonic()
    runs = [(size, lang) for size in arguments.sizes for lang in arguments.langs]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda run: walk(*run, arguments.out), runs))
    failed = 0
    for label, code, output in results:
        lines = [line for line in output.splitlines() if line.startswith(("step", "WARN", "FAIL"))]
        print(f"== {label}: exit {code}")
        print("\n".join(lines) if code == 0 else output)
        failed += code != 0
    shots = sorted(arguments.out.glob("*.png"))
    for shot in shots:
        shrink(shot)
    total = sum(shot.stat().st_size for shot in shots)
    print(
        f"{len(shots)} screenshots, {total / 1e6:.1f} MB, in {arguments.out}; "
        f"{time.monotonic() - started:.0f} s"
    )
    return 1 if failed else 0


# -- inside the app: the day, step by step --------------------------------------------------


class Until:
    """Wait until condition() is true (polled), or fail the walkthrough after timeout_ms."""

    def __init__(self, condition: Callable[[], object], what: str, timeout_ms: int = 20_000):
        self.condition, self.what, self.deadline = condition, what, timeout_ms


def drive(window) -> None:  # noqa: ANN001
    """Called by the app once its store is attached (ui/shell/autostart.py: run_driver)."""
    from PySide6.QtCore import QTimer

    steps = day(window)
    pump = QTimer(window)
    pump.setSingleShot(True)
    waiting: list[tuple[Until, float]] = []

    def advance() -> None:
        from PySide6.QtWidgets import QApplication

        try:
            if waiting:
                until, since = waiting[0]
                if not until.condition():
                    if (time.monotonic() - since) * 1000 > until.deadline:
                        raise TimeoutError(f"waited too long for {until.what}")
                    pump.start(50)
                    return
                waiting.clear()
            wait = next(steps)
        except StopIteration:
            print("step done", flush=True)
            window.close()  # quits as a user does (the timer is paused: no question)
            return
        except Exception:  # the walkthrough failed: say where, show how, end with an error
            print("FAIL " + traceback.format_exc(), flush=True)
            name = f"{os.environ[PREFIX_ENV]}-failed.png"
            QApplication.primaryScreen().grabWindow(0).save(str(Path(os.environ[OUT_ENV]) / name))
            QApplication.exit(1)
            return
        if isinstance(wait, Until):
            waiting.append((wait, time.monotonic()))
            wait = 0
        pump.start(wait)

    pump.timeout.connect(advance)
    pump.start(0)


def day(window) -> Iterator[int | Until]:  # noqa: ANN001, C901
    """The steps; each yields how long to let the app work (ms) or what to wait for."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFileDialog

    Qt = _qt()
    out, prefix = Path(os.environ[OUT_ENV]), os.environ[PREFIX_ENV]
    lang = window.lang
    number = iter(range(1, 100))

    def shot(name: str) -> Iterator[int]:
        yield 300  # let the window system show what Qt painted
        screen = QApplication.primaryScreen()
        path = out / f"{prefix}-{next(number):02d}-{name}.png"
        screen.grabWindow(0).save(str(path))
        area = screen.geometry()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not area.contains(widget.frameGeometry()):
                frame = widget.frameGeometry()
                print(
                    f"WARN {path.name}: {type(widget).__name__} '{widget.windowTitle()}' at "
                    f"{frame.x()},{frame.y()} {frame.width()}x{frame.height()} does not fit "
                    f"the {area.width()}x{area.height()} screen",
                    flush=True,
                )
        print(f"step {path.name}", flush=True)

    def go(key: str) -> Iterator[int]:
        """Click the page in the navigation list, as a user does."""
        keys = [spec.key for spec in window._page_specs]
        item = window.navigation.item(keys.index(key) + 1)
        rect = window.navigation.visualItemRect(item)
        QTest.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        yield 100

    def answer(dialog: QFileDialog, path: Path) -> None:
        """Type the file's whole path in the dialog's name field and press Enter."""
        from PySide6.QtWidgets import QLineEdit

        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.selectAll()
        QTest.keyClicks(field, str(path))
        QTest.keyClick(field, Qt.Key.Key_Return)

    def front(widget) -> Iterator[Until]:  # noqa: ANN001
        """The window in front with the keyboard, as after a click on it (keys go there)."""
        widget.activateWindow()
        widget.raise_()
        yield Until(widget.isActiveWindow, "the window to come to the front", 5000)

    def modal(kind: type) -> Until:
        return Until(lambda: isinstance(QApplication.activeModalWidget(), kind), kind.__name__)

    # 1. The first start opens on the sample session.
    yield Until(lambda: window.open_session_id is not None, "the sample session")
    yield Until(lambda: len(window.session_pages) == len(window._page_specs), "the pages")
    window.activateWindow()
    yield from shot("sample-session")

    # 2. People: import the organiser's list (the sample roster, from Documents), then check
    # in a few people by typing their name and pressing Enter.
    from ui.people.roster_import_dialog import RosterImportDialog

    yield from go("people")
    people = window.pages_by_key["people"]
    people.tabs.setCurrentIndex(0)
    QTimer.singleShot(0, people.import_button.click)
    yield modal(RosterImportDialog)
    importer = QApplication.activeModalWidget()
    QTimer.singleShot(0, importer.choose_button.click)
    yield modal(QFileDialog)
    chooser = QApplication.activeModalWidget()
    yield from shot("choose-roster")
    answer(chooser, Path(os.environ[HOME_ENV]) / "Documents" / ROSTER.name)
    yield Until(importer.import_button.isEnabled, "the roster's preview")
    yield from shot("import-roster")
    importer.import_button.click()
    yield Until(lambda: people.model.rowCount() > 0, "the imported people")
    people.tabs.setCurrentWidget(people.checkin)
    yield 100
    checkin = people.checkin
    for person in people.model.participants()[:12]:
        checkin.search.setFocus()
        QTest.keyClicks(checkin.search, person.name)
        QTest.keyClick(checkin.search, Qt.Key.Key_Return)
        yield 50
    yield from shot("check-in")

    # 3. The day's plan.
    yield from go("plan")
    yield from shot("plan")

    # 4. Groups: form them from those checked in.
    yield from go("people")
    people.tabs.setCurrentWidget(people.groups_tab)
    yield 100
    from ui.people.form_groups_dialog import FormGroupsDialog

    QTimer.singleShot(0, people.groups_tab.form_button.click)
    yield modal(FormGroupsDialog)
    dialog = QApplication.activeModalWidget()
    yield from shot("form-groups")
    dialog.try_form()
    yield Until(lambda: QApplication.activeModalWidget() is None, "the groups dialog to close")
    yield from shot("groups")

    # 5. Run: start the timer with Space.
    yield from go("run")
    run = window.pages_by_key["run"]
    yield from front(window)
    run.setFocus()
    QTest.keyClick(run, Qt.Key.Key_Space)
    yield Until(lambda: run.controller.run.running, "the timer to run")
    yield 1100  # a second ticks off
    yield from shot("run")

    # 6. The projector (F5) and the presenter view (F7), both at once on this one screen.
    QTest.keyClick(run, Qt.Key.Key_F5)
    projector = window.session_context.projector
    yield Until(projector.isVisible, "the projector")
    yield from shot("projector")
    yield from front(window)
    QTest.keyClick(run, Qt.Key.Key_F7)
    yield Until(lambda: run.presenter.is_open, "the presenter view")
    yield from shot("presenter")
    run.presenter.close()
    projector.close()

    # 7. Notes: type a note and press Enter.
    yield from go("notes")
    notes = window.pages_by_key["notes"]
    notes.capture.text_edit.setFocus()
    text = (
        "Peserta sepakat: antrean layanan dibuka pukul 07.30."
        if lang == "id"
        else "The group agreed: the service desk opens at 07:30."
    )
    QTest.keyClicks(notes.capture.text_edit, text)
    QTest.keyClick(notes.capture.text_edit, Qt.Key.Key_Return)
    yield 300
    yield from shot("note")

    # 8. Report: export the PDF through the file dialog.
    yield from go("report")
    report = window.pages_by_key["report"]
    QTimer.singleShot(0, report.export_pdf_button.click)
    yield modal(QFileDialog)
    save = QApplication.activeModalWidget()
    yield from shot("save-dialog")
    target = Path(os.environ[HOME_ENV]) / "Documents" / "laporan.pdf"
    answer(save, target)
    yield Until(lambda: target.exists() and not report.busy, "the PDF", 60_000)
    yield from shot("report-saved")
    run.controller.toggle()  # paused: quitting asks nothing


def _qt():  # noqa: ANN202
    from PySide6.QtCore import Qt

    return Qt


if __name__ == "__main__":
    sys.exit(main())
