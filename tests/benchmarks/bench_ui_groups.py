"""bench_ui's forming rows: Re-shuffle after the groups were on screen (their groups formed
ahead), the Form groups dialog from its press, and, for context, the same formed at the
click. Each formation avoiding earlier pairs sees a fixed number of earlier formations: the
one before is undone (as Ctrl+Z does) or plain formations are added, untimed.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from tests.benchmarks.programme import Row, row


def median_ms(work, runs: int, before=None) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def measure_groups(  # noqa: PLR0913 - what bench_ui.measure set up
    app,  # noqa: ANN001
    people,  # noqa: ANN001
    db,  # noqa: ANN001
    big: str,
    runs: int,
    seed: int,
    add: Callable[[str, float, float, str], None],
    rows: list[Row],
) -> None:
    from PySide6.QtCore import QTimer

    from facilitation.groups import GroupPlan
    from ui.people.page import GROUPS_TAB

    process = app.processEvents
    seeds = iter(range(1000, 2000))
    random.seed(seed)  # the re-shuffles' seeds (form_groups_dialog.reshuffled): the same each run
    people.tabs.setCurrentIndex(GROUPS_TAB)  # formed where the groups are shown
    process()
    groups = people.groups

    def nothing_ahead() -> None:
        """No groups formed ahead (facilitation.forming_ahead), and none forming: a click
        straight after a change, with no thread taking turns with the timed work."""
        groups._ahead_timer.stop()
        while not groups.ahead.ready():
            time.sleep(0.001)
        groups.ahead.forget()

    def looked_at() -> None:
        """The groups on screen for as long as it takes to form the next re-shuffle ahead
        (a facilitator looks at them for seconds; bounded here)."""
        deadline = time.monotonic() + 10
        while not (groups.ahead._future is not None and groups.ahead.ready()):
            assert time.monotonic() < deadline, "nothing formed ahead within 10 s"
            process()
            time.sleep(0.005)
        process()

    def form(avoid_repeats: bool = False) -> None:
        plan = GroupPlan(
            value=50, seed=next(seeds), balance_gender=True, avoid_repeats=avoid_repeats
        )
        assert groups.form(plan)
        process()

    def reshuffle() -> None:
        people.groups_tab.reshuffle_button.click()
        process()

    participants = [p.id for p in people.model.participants()]

    def deal() -> None:
        ids = list(participants)
        random.Random(7).shuffle(ids)
        [ids[i::50] for i in range(50)]

    add(
        "form 50 groups from 500 (stored, shown)",
        median_ms(form, runs, nothing_ahead),
        median_ms(deal, runs * 3),
        "shuffle and deal",
    )

    # Avoiding earlier pairs costs more the more formations came before (more of the room
    # met already). Each timed formation sees the same number: the one before is undone (as
    # Ctrl+Z does) or plain formations are added, untimed. Five: a day's group work; fifteen:
    # three days' (the programme's 60 activities).
    def stored_formations() -> int:
        return db.execute(
            "SELECT count(*) FROM group_formations WHERE session_id=? AND deleted_at IS NULL",
            [big],
        ).fetchone()[0]

    def history(earlier: int) -> None:
        stack = groups.undo_stack
        while stored_formations() > earlier and stack.canUndo():  # only what the bench formed
            stack.undo()
        while stored_formations() < earlier:
            form()
        process()

    def ready_to_reshuffle(earlier: int) -> None:
        """earlier formations stored, the last of them shown: one that avoided repeats (the
        plan a re-shuffle keeps)."""
        nothing_ahead()
        history(earlier - 1)
        form(avoid_repeats=True)
        looked_at()

    def through_the_dialog(earlier: int) -> float:
        """ms from the press of Form groups (the dialog open, its plan set, for as long as
        forming it ahead takes) to the groups stored and shown: a new activity's groups."""
        nothing_ahead()
        history(earlier)
        pressed: list[float] = []

        def press() -> None:
            dialog = app.activeModalWidget()
            dialog.value_spin.setValue(50)
            dialog.gender_check.setChecked(True)
            dialog.repeat_check.setChecked(True)
            ahead, deadline = groups.ahead, time.monotonic() + 10
            while not (ahead._asked and ahead._asked[1] == dialog.plan() and ahead.ready()):
                assert time.monotonic() < deadline, "the dialog's plan not formed within 10 s"
                process()
                time.sleep(0.005)
            process()
            pressed.append(time.perf_counter())
            dialog.form_button.click()

        QTimer.singleShot(0, press)
        groups.open_form_dialog()
        process()
        return (time.perf_counter() - pressed[0]) * 1000

    for earlier, span in ((5, "a day's group work"), (15, "three days'")):
        # The Re-shuffle button, after the groups were on screen for a moment: what a
        # facilitator does. Their groups were formed ahead; the click saves and shows them.
        add(
            f"re-shuffle 50 groups from 500 avoiding the pairs of {earlier} earlier formations, "
            f"{span} (stored, shown)",
            median_ms(reshuffle, runs, lambda e=earlier: ready_to_reshuffle(e)),
            median_ms(deal, runs * 3),
            "shuffle and deal",
        )
        # For context, the same formed at the click with nothing ready: what a click costs
        # within a moment (0.15 s and the forming) of a change, or without forming ahead.
        value = median_ms(
            lambda: form(avoid_repeats=True), runs, lambda e=earlier: (history(e), nothing_ahead())
        )
        baseline = median_ms(deal, runs * 3)
        figure = f"the same, {earlier} earlier, formed at the click (baseline: shuffle and deal)"
        rows.append(row(figure, value, "ms", baseline, "context", None))

    def switch_tabs() -> None:
        people.tabs.setCurrentIndex(0)
        process()
        people.tabs.setCurrentIndex(GROUPS_TAB)
        process()

    def forming_ahead() -> None:
        """A re-shuffle being formed ahead, as 0.15 s after the groups were shown."""
        nothing_ahead()
        history(15)
        plan = GroupPlan(value=50, seed=next(seeds), balance_gender=True, avoid_repeats=True)
        earlier = groups.repo.earlier_groupings(big)
        groups.ahead.start(groups._current_roster().members(), plan, earlier)
        time.sleep(0.002)  # begun

    # For context, the window's work while a formation runs ahead on its thread (Python's
    # lock shared): a click within the forming's moment after a change pays part of it.
    value = median_ms(switch_tabs, runs * 2, forming_ahead)
    baseline = median_ms(switch_tabs, runs * 2, nothing_ahead)
    figure = (
        "switch to Participants and back while a re-shuffle (15 earlier) is formed ahead "
        "(baseline: the same with nothing forming)"
    )
    rows.append(row(figure, value, "ms", baseline, "context", None))
    nothing_ahead()
    add(
        "Form groups dialog, 50 groups from 500 avoiding the pairs of 15 earlier formations: "
        "from the press (stored, shown)",
        statistics.median(through_the_dialog(15) for _ in range(runs)),
        median_ms(deal, runs * 3),
        "shuffle and deal",
    )
