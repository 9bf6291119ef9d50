"""The one read of a session that the shell and every page share (SessionContext.session) can
not be changed in place: a page that tried would change what the others show without the store
knowing. Sessions, their days and activities are frozen dataclasses holding tuples."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import enum

import pytest

from facilitation.activity import Activity
from facilitation.session import Session, SessionDay
from tests.ui.ui_helpers import make_context, make_window, page_context
from ui.plan.page import AgendaPage
from ui.run.page import RunConsole

FROZEN_LEAVES = (str, int, float, bool, datetime.date, datetime.time, enum.Enum, type(None))


def changeable_parts(value: object, where: str = "session") -> list[str]:
    """Where in value something could be changed in place (a list, a dict, a set, an unfrozen
    dataclass); [] when nothing can."""
    if isinstance(value, FROZEN_LEAVES):
        return []
    if isinstance(value, tuple):
        return [p for i, item in enumerate(value) for p in changeable_parts(item, f"{where}[{i}]")]
    if dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen:
        return [
            part
            for f in dataclasses.fields(value)
            for part in changeable_parts(getattr(value, f.name), f"{where}.{f.name}")
        ]
    return [f"{where}: {type(value).__name__}"]


def test_nothing_in_a_stored_session_can_be_changed_in_place(data_dir) -> None:
    app = make_context(data_dir)
    for summary in app.sessions.list():
        session = page_context(app).session(summary.id)
        assert changeable_parts(session) == []
        assert any(day.activities for day in session.days)


def test_a_session_made_from_lists_holds_tuples() -> None:
    day = SessionDay(datetime.date(2026, 3, 2), activities=[Activity("Pembukaan", "opening", 15)])
    session = Session("Pelatihan", days=[day], facilitators=["Siti"], objectives=["Paham"])
    assert changeable_parts(session) == []
    assert session == Session(
        "Pelatihan", days=(day,), facilitators=("Siti",), objectives=("Paham",), id=session.id
    )


@pytest.mark.attack("shared session")
@pytest.mark.parametrize(
    "change",
    [
        lambda s: setattr(s, "title", "Diubah"),
        lambda s: s.days.append(s.days[0]),
        lambda s: s.facilitators.append("Orang lain"),
        lambda s: setattr(s.days[0], "end", datetime.time(23, 0)),
        lambda s: s.days[0].activities.pop(),
        lambda s: setattr(s.days[0].activities[0], "planned_minutes", 999),
        lambda s: s.days[0].activities[0].guiding_questions.append("?"),
    ],
    ids=[
        "title",
        "a day added",
        "a facilitator",
        "a day's end",
        "an activity removed",
        "an activity's minutes",
        "a guiding question",
    ],
)
def test_a_page_changing_the_shared_session_in_place_is_stopped(data_dir, change) -> None:
    app = make_context(data_dir)
    context = page_context(app)
    session_id = app.sessions.list()[0].id
    shared = context.session(session_id)
    as_read = copy.deepcopy(shared)
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError)):
        change(shared)
    assert shared == as_read
    assert context.session(session_id) is shared  # still the one read, unchanged


def test_the_pages_edit_copies_and_leave_the_shared_session_as_read(qtbot, data_dir) -> None:
    """The shell and every page open the session; the agenda is edited, the run started: the
    object they were all handed is what was read, and the next read shows the edit."""
    window = make_window(qtbot, data_dir)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    window._ensure_pages(len(window._page_specs))  # every page built and opened
    context = window.session_context
    session_id = context.run_controller.session.id
    shared = context.session(session_id)
    as_read = copy.deepcopy(shared)
    agenda = window.pages_by_key["plan"]
    assert isinstance(agenda, AgendaPage) and agenda.session == shared
    activity = agenda.session.days[0].activities[0]
    agenda._edit_field(activity.id, "planned_minutes", activity.planned_minutes + 5)
    agenda._edit_field(activity.id, "guiding_questions", ["Apa yang berubah?"])
    run = window.pages_by_key["run"]
    assert isinstance(run, RunConsole)
    run.controller.toggle()
    run.controller.toggle()
    assert shared == as_read and changeable_parts(shared) == []
    again = context.session(session_id).days[0].activities[0]
    assert again.planned_minutes == activity.planned_minutes + 5
    assert again.guiding_questions == ("Apa yang berubah?",)
