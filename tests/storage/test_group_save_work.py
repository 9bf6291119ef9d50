"""Saving a formation writes its rows in a few statements (issue 14: a statement per member
row opened a statement journal for each), and every row as the app always wrote it."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

import pytest

from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from facilitation.session import Session, SessionDay
from storage.group_ids import membership_id, random_ids
from storage.groups import GroupRepository
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository

TABLES = ("group_formations", "participant_groups", "group_members")


def test_a_formation_of_250_is_written_in_five_inserts_with_every_value(db) -> None:
    session = SessionRepository(db).create(Session("Bimtek", days=[SessionDay(date(2022, 3, 23))]))
    people = [Participant(f"Peserta {n}") for n in range(250)]
    ParticipantRepository(db).import_roster(session.id, people)
    ids = [p.id for p in people]
    groups = [ids[g::25] for g in range(25)]
    inserts: list[str] = []
    db.conn.set_trace_callback(lambda sql: inserts.append(sql) if "INSERT" in sql else None)
    try:
        saved = GroupRepository(db).save_formation(
            session.id, GroupPlan(value=25), groups, [f"Kelompok {g}" for g in range(25)]
        )
    finally:
        db.conn.set_trace_callback(None)
    # The formation, its groups, and the members a hundred at a time.
    assert len(inserts) == 1 + 1 + 3
    rows = db.execute(
        "SELECT m.id, m.session_id, m.formation_id, m.group_id, m.participant_id,"
        " m.created_at, m.updated_at, m.deleted_at, g.position, g.name, g.session_id,"
        " g.created_at FROM group_members m JOIN participant_groups g ON g.id = m.group_id"
        " ORDER BY m.rowid"
    ).fetchall()
    stamp = saved.created_at
    assert rows == [
        (
            membership_id(saved.id, pid),
            session.id,
            saved.id,
            saved.groups[position].id,
            pid,
            stamp,
            stamp,
            None,
            position,
            f"Kelompok {position}",
            session.id,
            stamp,
        )
        for position, members in enumerate(groups)
        for pid in members
    ]


@pytest.mark.attack("broken group formation")
def test_a_person_unknown_to_the_store_in_the_last_hundred_saves_nothing(db) -> None:
    """The foreign keys hold for every row of a many-row insert: one bad member id after 200
    good ones refuses the whole formation, and the store is as before."""
    session = SessionRepository(db).create(Session("Bimtek", days=[SessionDay(date(2022, 3, 23))]))
    people = [Participant(f"Peserta {n}") for n in range(250)]
    ParticipantRepository(db).import_roster(session.id, people)
    ids = [p.id for p in people]
    before = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]
    with pytest.raises(sqlite3.IntegrityError):
        GroupRepository(db).save_formation(
            session.id, GroupPlan(value=2), [ids[:125], ids[125:] + ["nobody"]], ["A", "B"]
        )
    assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES] == before


def test_group_ids_are_random_uuid4_as_text() -> None:
    ids = random_ids(500)
    assert len(set(ids)) == 500
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
