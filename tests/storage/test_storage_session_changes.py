"""SessionRepository: duplication, trash and restore, and invalid sessions refused with
nothing written."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import date, time

import pytest

from facilitation.session import Session, ValidationError
from storage.agenda import AgendaRepository
from storage.sessions import NotFoundError
from tests.storage.session_helpers import (
    assert_uuid,
    dump,
    iso,
    make_activity,
    make_session,
)

# -- duplicate -----------------------------------------------------------------------------


def test_duplicate_gives_new_ids_and_an_independent_copy(repo, db, clock):
    original = repo.create(make_session())
    original_snapshot = repo.get(original.id)
    clock.advance(days=1)
    copy_made = repo.duplicate(original.id, "Salinan — 🌱")
    copied = repo.get(copy_made.id)

    assert copied.title == "Salinan — 🌱"
    assert copied.id != original.id
    original_ids = {original.id, *(d.id for d in original.days)} | {
        a.id for d in original.days for a in d.activities
    }
    copy_ids = {copied.id, *(d.id for d in copied.days)} | {
        a.id for d in copied.days for a in d.activities
    }
    assert len(copy_ids) == len(original_ids) == 1 + 2 + 5
    assert not original_ids & copy_ids
    for value in copy_ids:
        assert_uuid(value)
    assert copied.created_at == iso(clock.now())

    # Same content apart from ids and timestamps.
    def content(session: Session):
        return (
            session.organiser,
            session.venue,
            session.facilitators,
            session.objectives,
            session.report_language,
            [
                (
                    d.date,
                    d.start,
                    d.end,
                    [
                        (
                            a.title,
                            a.kind,
                            a.planned_minutes,
                            a.instructions,
                            a.guiding_questions,
                        )
                        + (a.materials, a.grouping, a.method_key)
                        for a in d.activities
                    ],
                )
                for d in session.days
            ],
        )

    assert content(copied) == content(original_snapshot)

    # Changing the copy leaves the original alone.
    agenda = AgendaRepository(db, clock)
    first_activity = replace(copied.days[0].activities[0], title="Diubah di salinan")
    agenda.update(first_activity)
    agenda.move_to_trash(copied.days[0].activities[1].id)
    agenda.insert(copied.days[1].id, make_activity("Hanya di salinan"), 0)
    copied = repo.get(copy_made.id)
    copied = replace(copied, days=copied.days[:1], venue="Tempat salinan")
    repo.update_details(copied)
    repo.move_to_trash(copy_made.id)

    assert repo.get(original.id) == original_snapshot


def test_duplicate_of_unknown_session_raises(repo, db):
    before = dump(db)
    with pytest.raises(NotFoundError):
        repo.duplicate(str(uuid.uuid4()), "x")
    assert dump(db) == before


def test_duplicate_of_trashed_session_is_not_in_trash(repo, clock):
    original = repo.create(make_session())
    repo.move_to_trash(original.id)
    copied = repo.duplicate(original.id, "Dari tempat sampah")
    assert repo.get(copied.id).deleted_at is None
    assert [s.id for s in repo.list()] == [copied.id]


# -- trash ---------------------------------------------------------------------------------


def test_move_to_trash_and_restore(repo, clock):
    session = repo.create(make_session())
    other = repo.create(make_session(title="Lain"))
    stamp = clock.advance(seconds=30)
    repo.move_to_trash(session.id)
    assert [s.id for s in repo.list()] == [other.id]
    assert [s.id for s in repo.list(in_trash=True)] == [session.id]
    trashed = repo.get(session.id)
    assert trashed.in_trash and trashed.deleted_at == stamp
    assert len(trashed.days) == 2  # nothing else is touched

    clock.advance(seconds=30)
    repo.restore(session.id)
    assert repo.list(in_trash=True) == []
    assert {s.id for s in repo.list()} == {session.id, other.id}
    restored = repo.get(session.id)
    assert restored.deleted_at is None
    assert restored == replace(trashed, deleted_at=None, updated_at=restored.updated_at)


def test_trash_and_restore_of_unknown_session_raise(repo, db):
    repo.create(make_session())
    before = dump(db)
    with pytest.raises(NotFoundError):
        repo.move_to_trash("nope")
    with pytest.raises(NotFoundError):
        repo.restore("nope")
    assert dump(db) == before


# -- validation ----------------------------------------------------------------------------


def invalid_variants():
    def with_(**changes):
        def build() -> Session:
            return replace(make_session(), **changes)

        return build

    def with_day(**changes):
        def build() -> Session:
            session = make_session()
            days = (session.days[0], replace(session.days[1], **changes), *session.days[2:])
            return replace(session, days=days)

        return build

    return [
        pytest.param(with_(title=""), "title_empty", id="empty-title"),
        pytest.param(with_(title=" \t\n "), "title_empty", id="blank-title"),
        pytest.param(with_(title="x" * 301), "title_too_long", id="long-title"),
        pytest.param(with_(title="a\x00b"), "text_has_nul", id="nul-title"),
        pytest.param(with_(organiser="a\x00"), "text_has_nul", id="nul-organiser"),
        pytest.param(with_(venue="\x00"), "text_has_nul", id="nul-venue"),
        pytest.param(with_(facilitators=["ok", "b\x00"]), "text_has_nul", id="nul-facilitator"),
        pytest.param(with_(objectives=["\x00"]), "text_has_nul", id="nul-objective"),
        pytest.param(with_(venue="v" * 20_001), "text_too_long", id="long-venue"),
        pytest.param(
            with_day(start=time(15, 0), end=time(9, 0)),
            "day_ends_before_start",
            id="day-backwards",
        ),
        pytest.param(
            with_day(start=time(9, 0), end=time(9, 0)),
            "day_ends_before_start",
            id="day-empty",
        ),
        pytest.param(with_day(date=date(2025, 3, 10)), "duplicate_day", id="duplicate-day"),
    ]


@pytest.mark.parametrize(("build", "key"), invalid_variants())
def test_create_rejects_invalid_sessions_and_writes_nothing(repo, db, build, key):
    repo.create(make_session(title="Yang sah"))
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        repo.create(build())
    assert caught.value.key == key
    assert dump(db) == before


@pytest.mark.parametrize(("build", "key"), invalid_variants())
def test_update_rejects_invalid_sessions_and_writes_nothing(repo, db, clock, build, key):
    valid = repo.create(make_session())
    snapshot = repo.get(valid.id)
    before = dump(db)
    invalid = build()
    days = (replace(invalid.days[0], id=valid.days[0].id), *invalid.days[1:])
    invalid = replace(invalid, id=valid.id, days=days)
    clock.advance(seconds=1)
    with pytest.raises(ValidationError) as caught:
        repo.update_details(invalid)
    assert caught.value.key == key
    assert dump(db) == before
    assert repo.get(valid.id) == snapshot


def test_a_failure_midway_through_create_writes_nothing(repo, db, monkeypatch):
    repo.create(make_session(title="Sudah ada"))
    before = dump(db)
    session = make_session()
    # The second day reuses the first day's id: the insert fails after the session row and the
    # first day with its activities were written, inside the same transaction.
    days = (session.days[0], replace(session.days[1], id=session.days[0].id), *session.days[2:])
    session = replace(session, days=days)
    with pytest.raises(sqlite3.IntegrityError):
        repo.create(session)
    assert dump(db) == before
