"""A projector cable pulled and plugged back in while the app runs.

Qt's offscreen platform cannot change its screens once started, so each test starts a virtual
X server (Xvfb, -noreset so the screens set stay), gives it monitors with xrandr and runs the
app under the xcb platform in a process of its own (tests/ui/run/screens_probe.py); the probe
pulls and plugs screens with `xrandr --delmonitor/--setmonitor` between steps, and Qt hears of
it as it would of a cable (QGuiApplication.screenRemoved/screenAdded). CI installs Xvfb and
xrandr (.ci/run); elsewhere the tests are skipped, saying why.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.run.test_presenter_screens import after, inside, probe_report
from tests.ui.walkthrough import start_xvfb

pytestmark = [
    pytest.mark.slow,  # starts an X server and the app in real processes
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xrandr")),
        reason="needs Xvfb and xrandr (Debian: xvfb, x11-xserver-utils) to change screens",
    ),
]

LAPTOP = "1366/361x768/203+0+0"
PROJECTOR = "PROJECTOR@1920x1080+1366+0"
MONITOR = "MONITOR@1280x1024+3286+0"
WALL_UP_AND_RUNNING = (f"plug={PROJECTOR}", "projector", "start")  # F5, then the timer
# Three screens: the projector full screen on its own, the presenter view on the monitor.
BOTH_ON_SCREENS_OF_THEIR_OWN = (
    f"plug={PROJECTOR}",
    f"plug={MONITOR}",
    "projector=PROJECTOR",
    "presenter=MONITOR",
)


@pytest.fixture
def display() -> Iterator[str]:
    """A virtual X server as wide as three screens, its first monitor the laptop's."""
    try:
        server, name = start_xvfb("4566x1080", "-noreset", "+extension", "RANDR")
    except RuntimeError:
        pytest.skip("Xvfb did not start")
    try:
        xrandr = ["xrandr", "--display", name]
        # The server's own output off (its monitor would come back whenever LAPTOP goes), the
        # frame buffer kept: every screen is then a monitor the probe can pull, the laptop's too.
        for change in (
            ["--output", "screen", "--off", "--fb", "4566x1080"],
            ["--setmonitor", "LAPTOP", LAPTOP, "none"],
        ):
            subprocess.run([*xrandr, *change], check=True, capture_output=True)
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def run(tmp_path: Path, display: str, *steps: str) -> dict:
    """One start of the app with these screens changes; where everything was after each."""
    report = probe_report(tmp_path, {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}, steps)
    assert report["primary"] == "LAPTOP"
    return report


def last(report: dict, step: str) -> dict:
    """Where everything was after the last time this step was taken."""
    return [s for s in report["steps"] if s["step"] == step][-1]


def whole_on_a_screen(window: dict, screens: dict) -> bool:
    return window["screen"] in screens and inside(window["rect"], screens[window["screen"]])


@pytest.mark.attack("presenter")
def test_the_projector_cable_pulled_and_plugged_back_mid_session(tmp_path, display) -> None:
    report = run(
        tmp_path,
        display,
        *WALL_UP_AND_RUNNING,
        "unplug=PROJECTOR",
        "f5",
        f"plug={PROJECTOR}",
    )
    shown = after(report, "projector")["projector"]
    assert shown["screen"] == "PROJECTOR" and shown["full_screen"]

    pulled = after(report, "unplug=PROJECTOR")
    assert list(pulled["screens"]) == ["LAPTOP"]
    assert pulled["projector"] is None  # hidden, not full screen over the main window
    assert pulled["running"]  # the timer goes on
    assert "disconnected" in pulled["lost_label"]
    assert whole_on_a_screen(pulled["main"], pulled["screens"])

    windowed = after(report, "f5")["projector"]
    assert windowed is not None and not windowed["full_screen"]
    assert whole_on_a_screen(windowed, pulled["screens"])

    back = last(report, f"plug={PROJECTOR}")
    assert back["projector"]["screen"] == "PROJECTOR" and back["projector"]["full_screen"]
    assert back["lost_label"] is False and back["running"]


@pytest.mark.attack("presenter")
def test_the_projector_closed_on_purpose_stays_closed_when_a_screen_comes(
    tmp_path, display
) -> None:
    report = run(
        tmp_path,
        display,
        f"plug={PROJECTOR}",
        "projector",
        "unplug=PROJECTOR",
        "f5",
        "f5",
        f"plug={PROJECTOR}",
    )
    assert last(report, f"plug={PROJECTOR}")["projector"] is None


@pytest.mark.attack("presenter")
def test_the_presenter_pushed_off_its_screen_stays_whole_and_goes_back(tmp_path, display) -> None:
    report = run(
        tmp_path,
        display,
        *BOTH_ON_SCREENS_OF_THEIR_OWN,
        "unplug=MONITOR",
        f"plug={MONITOR}",
    )
    assert after(report, "presenter=MONITOR")["presenter"]["screen"] == "MONITOR"
    pulled = after(report, "unplug=MONITOR")
    presenter = pulled["presenter"]
    assert presenter is not None and whole_on_a_screen(presenter, pulled["screens"])
    assert presenter["screen"] == "LAPTOP"  # not under the full-screen projector
    assert pulled["projector"]["screen"] == "PROJECTOR" and pulled["projector"]["full_screen"]

    back = last(report, f"plug={MONITOR}")
    assert back["presenter"]["screen"] == "MONITOR"
    assert whole_on_a_screen(back["presenter"], back["screens"])


@pytest.mark.attack("presenter")
def test_the_laptop_screen_left_alone_is_not_covered_by_the_projector(tmp_path, display) -> None:
    """The projector's cable pulled with the presenter on the projector's side: both come
    back to the one screen left, the projector hidden, the presenter whole."""
    report = run(
        tmp_path,
        display,
        *BOTH_ON_SCREENS_OF_THEIR_OWN,
        "unplug=PROJECTOR",
        "unplug=MONITOR",
    )
    alone = after(report, "unplug=MONITOR")
    assert list(alone["screens"]) == ["LAPTOP"]
    assert alone["projector"] is None
    assert whole_on_a_screen(alone["presenter"], alone["screens"])
    assert whole_on_a_screen(alone["main"], alone["screens"])


@pytest.mark.attack("presenter")
def test_the_laptop_screen_unplugged_leaves_the_main_window_on_the_projector_screen(
    tmp_path, display
) -> None:
    """The laptop's own screen goes (its lid closed, its panel dead) while the projector's
    stays: the main window comes whole onto the one screen left, and the wall, which would
    cover it, steps down."""
    report = run(
        tmp_path,
        display,
        *WALL_UP_AND_RUNNING,
        "unplug=LAPTOP",
        "f5",
    )
    assert after(report, "projector")["projector"]["screen"] == "PROJECTOR"
    alone = after(report, "unplug=LAPTOP")
    assert list(alone["screens"]) == ["PROJECTOR"]
    assert alone["projector"] is None  # not full screen over the facilitator's window
    assert alone["running"]
    assert alone["main"] is not None and whole_on_a_screen(alone["main"], alone["screens"])

    windowed = after(report, "f5")["projector"]  # F5: the wall as a window beside it
    assert windowed is not None and not windowed["full_screen"]
    assert whole_on_a_screen(windowed, alone["screens"])
