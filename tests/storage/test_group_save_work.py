"""Saving a formation writes every row as the app always wrote it, and nothing when one row
breaks a foreign key."""

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


def test_a_formation_of_250_is_written_with_every_value(db) -> None:
    session = SessionRepository(db).create(Session("Bimtek", days=[SessionDay(date(2022, 3, 23))]))
    people = [Participant(f"Peserta {n}") for n in range(250)]
    ParticipantRepository(db).import_roster(session.id, people)
    ids = [p.id for p in people]
    groups = [ids[g::25] for g in range(25)]
    saved = GroupRepository(db).save_formation(
        session.id, GroupPlan(value=25), groups, [f"Kelompok {g}" for g in range(25)]
    )
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
def test_a_person_unknown_to_the_store_after_249_saves_nothing(db) -> None:
    """One bad member id after 249 good ones refuses the whole formation, and the store is as
    before."""
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
