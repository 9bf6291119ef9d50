"""The presenter view (F7) and the projector (F5) on a laptop with two or three screens.

Each start of the app is a process of its own (tests/ui/run/screens_probe.py) under Qt's
offscreen platform given a file of screens, so the rest of the suite keeps its one screen; the
preferences stay in a folder between starts, as on the facilitator's laptop. The screens' names
sort in the order Qt adds them: the first is the main (laptop) screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # starts real processes

ROOT = Path(__file__).resolve().parents[3]
PROBE = ROOT / "tests" / "ui" / "run" / "screens_probe.py"
LAPTOP = {"name": "1-LAPTOP", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "2-PROJECTOR", "x": 1366, "y": 0, "width": 1920, "height": 1080}
MONITOR = {"name": "3-MONITOR", "x": 3286, "y": 0, "width": 1280, "height": 1024}


def start(tmp_path: Path, screens: list[dict], *steps: str) -> dict:
    """One start of the app on these screens; where the windows were after each step."""
    config = tmp_path / f"screens-{len(list(tmp_path.glob('screens-*')))}.json"
    config.write_text(
        json.dumps({"screens": [dict(s, logicalDpi=96, logicalBaseDpi=96, dpr=1) for s in screens]})
    )
    report = probe_report(tmp_path, {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}, steps)
    assert report["primary"] == screens[0]["name"]
    return report


def probe_report(tmp_path: Path, platform: dict[str, str], steps: tuple[str, ...]) -> dict:
    """Run screens_probe.py once with these Qt platform settings; its report (last line)."""
    (tmp_path / "data").mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "data"), str(tmp_path / "settings"), *steps],
        cwd=ROOT,
        env={**os.environ, **platform},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def after(report: dict, step: str) -> dict:
    return next(s for s in report["steps"] if s["step"] == step)


def inside(rect: list[int], screen: list[int]) -> bool:
    x, y, width, height = rect
    left, top, screen_width, screen_height = screen
    return (
        left <= x
        and top <= y
        and x + width <= left + screen_width
        and y + height <= top + screen_height
    )


def test_the_presenter_comes_back_on_the_screen_it_was_left_on(tmp_path) -> None:
    first = start(tmp_path, [LAPTOP, PROJECTOR, MONITOR], "presenter=3-MONITOR", "close")
    chosen = after(first, "presenter=3-MONITOR")["presenter"]
    assert chosen["screen"] == "3-MONITOR" and inside(chosen["rect"], first["screens"]["3-MONITOR"])

    again = start(tmp_path, [LAPTOP, PROJECTOR, MONITOR], "presenter", "move=3400,120", "close")
    shown = after(again, "presenter")["presenter"]
    assert shown["screen"] == "3-MONITOR" and shown["rect"] == chosen["rect"]

    dragged = start(tmp_path, [LAPTOP, PROJECTOR, MONITOR], "presenter")
    shown = after(dragged, "presenter")["presenter"]
    assert shown["screen"] == "3-MONITOR" and shown["rect"][:2] == [3400, 120]


@pytest.mark.attack("presenter")
def test_a_screen_gone_at_the_next_start_shows_both_on_screens_that_exist(tmp_path) -> None:
    start(tmp_path, [LAPTOP, PROJECTOR, MONITOR], "projector=3-MONITOR", "presenter=3-MONITOR")
    report = start(tmp_path, [LAPTOP, PROJECTOR], "presenter", "projector")
    presenter = after(report, "projector")["presenter"]
    projector = after(report, "projector")["projector"]
    for window in (presenter, projector):
        assert window["screen"] in report["screens"]
        assert inside(window["rect"], report["screens"][window["screen"]])  # not off-screen
    assert projector["full_screen"] and projector["screen"] != presenter["screen"]


@pytest.mark.attack("presenter")
def test_a_screen_moved_elsewhere_brings_the_presenter_onto_it_whole(tmp_path) -> None:
    start(tmp_path, [LAPTOP, PROJECTOR, MONITOR], "presenter=3-MONITOR", "close")
    moved = dict(MONITOR, x=-1280, y=200)  # the monitor now stands left of the laptop
    report = start(tmp_path, [LAPTOP, PROJECTOR, moved], "presenter")
    shown = after(report, "presenter")["presenter"]
    assert shown["screen"] in report["screens"]
    assert inside(shown["rect"], report["screens"][shown["screen"]])


@pytest.mark.parametrize(
    ("screens", "steps"),
    [
        ([LAPTOP, PROJECTOR], ("projector", "presenter")),
        ([LAPTOP, PROJECTOR, MONITOR], ("projector", "presenter")),
        ([LAPTOP, PROJECTOR], ("presenter", "projector")),
        ([LAPTOP, PROJECTOR, MONITOR], ("presenter", "projector")),
    ],
    ids=[
        "2 screens, F5 then F7",
        "3 screens, F5 then F7",
        "2 screens, F7 then F5",
        "3 screens, F7 then F5",
    ],
)
def test_the_projector_and_the_presenter_never_share_a_screen_when_another_exists(
    tmp_path, screens, steps
) -> None:
    """Even when the presenter was last left on the screen the projector takes now."""
    start(tmp_path, screens, "presenter=2-PROJECTOR", "close")
    report = start(tmp_path, screens, *steps)
    both = report["steps"][-1]
    assert both["projector"]["full_screen"]
    assert both["presenter"]["screen"] != both["projector"]["screen"]
    assert inside(both["presenter"]["rect"], report["screens"][both["presenter"]["screen"]])
