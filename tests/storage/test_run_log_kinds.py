"""The run's log on disk: a shift is kept like any event, and an event kind this version does
not know (a bundle from a later version) is left out instead of stopping the run."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.run_log import EventKind
from facilitation.session import Session, SessionDay
from facilitation.session_run import SessionRun
from storage.run_state import RunRepository
from storage.sessions import SessionRepository
from tests.fake_clock import FakeClock


def a_started_run(db) -> tuple[RunRepository, SessionRun]:
    activities = [Activity("Pembukaan", ActivityKind.OPENING, 30)]
    day = SessionDay(date=date(2022, 3, 23), start=time(8, 0), activities=activities)
    session = SessionRepository(db).create(Session(title="Uji", days=[day]))
    clock = FakeClock()
    repo = RunRepository(db, clock)
    stored_day = session.days[0]
    run = SessionRun(clock, session.id, stored_day.id, stored_day.activities)
    repo.save(run.snapshot("p"), run.toggle())
    return repo, run


def test_a_shift_is_stored_with_its_minutes(db) -> None:
    repo, run = a_started_run(db)
    repo.save(run.snapshot("p"), [run._event(EventKind.SHIFT, delta_s=-1800)])
    events = repo.events(run.session_id)
    assert [(e.kind, e.delta_s) for e in events] == [(EventKind.START, 0), (EventKind.SHIFT, -1800)]


@pytest.mark.attack("data from newer versions")
def test_an_event_kind_from_a_later_version_is_left_out(db) -> None:
    repo, run = a_started_run(db)
    db["run_events"].insert(
        {
            "id": str(uuid.uuid4()),
            "session_id": run.session_id,
            "day_id": run.day_id,
            "activity_id": run.current.id,
            "kind": "teleport",
            "at": "2022-03-23T01:05:00+00:00",
            "elapsed_s": 0,
            "delta_s": 0,
            "detail": "",
            "created_at": "2022-03-23T01:05:00+00:00",
            "updated_at": "2022-03-23T01:05:00+00:00",
        }
    )
    assert [e.kind for e in repo.events(run.session_id)] == [EventKind.START]
