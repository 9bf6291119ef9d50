"""Participants, attendance and groups in the store: round trips, tombstones, history."""

from __future__ import annotations

from datetime import date

import pytest

from facilitation.groups import GroupPlan, GroupTarget
from facilitation.participants import Gender, Participant, ParticipantError
from facilitation.session import Session, SessionDay
from storage.attendance import AttendanceRepository, attendance_id
from storage.groups import GroupNameError, GroupRepository, current_groups
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository

HOSTILE = "<b>&amp; Nur</b> 🙂 مرحبا \u200fRTL"  # a right-to-left mark is kept


@pytest.fixture
def session(db) -> Session:
    """A two-day session to enrol, check in and group people in."""
    return SessionRepository(db).create(
        Session(
            "Bimtek",
            days=[SessionDay(date(2022, 3, 23)), SessionDay(date(2022, 3, 24))],
        )
    )


def add_people(db, session_id: str, count: int = 6) -> list[Participant]:
    people = [
        Participant(f"Peserta {n}", institution=f"Instansi {n % 3}", gender=Gender.FEMALE)
        for n in range(count)
    ]
    ParticipantRepository(db).import_roster(session_id, people)
    return people


def test_a_participant_round_trips_exactly(db, session) -> None:
    repo = ParticipantRepository(db)
    person = repo.add(
        session.id,
        Participant(
            HOSTILE,
            nip="198503122010012001",
            position="Analis <img src=x>",
            institution="Pemkab Berau & Co",
            gender=Gender.MALE,
            phone="0812",
            email="a@b.id",
        ),
    )
    stored = repo.get(person.id)
    assert stored.name == HOSTILE
    assert (stored.nip, stored.position, stored.gender) == (
        "198503122010012001",
        "Analis <img src=x>",
        Gender.MALE,
    )
    assert stored.number == 1 and stored.created_at
    with pytest.raises(ParticipantError):
        repo.add(session.id, Participant("Nul\x00"))
    with pytest.raises(ParticipantError):  # an override that can disguise the name is not
        repo.add(session.id, Participant("Budi\u202egpj.exe"))
    with pytest.raises(ParticipantError):
        repo.update(Participant("X", nip="12", id=person.id))
    assert repo.get(person.id).nip == "198503122010012001"


def test_removed_participants_are_tombstoned_and_can_come_back(db, session) -> None:
    repo = ParticipantRepository(db)
    people = add_people(db, session.id)
    repo.move_to_trash([people[0].id, people[1].id])
    assert [p.name for p in repo.list(session.id)] == [f"Peserta {n}" for n in range(2, 6)]
    row = db.execute("SELECT deleted_at FROM participants WHERE id=?", [people[0].id]).fetchone()
    assert row[0] is not None
    repo.restore([people[0].id, people[1].id])
    assert repo.count(session.id) == 6


def test_check_in_is_per_day_and_has_a_stable_id(db, session) -> None:
    people = add_people(db, session.id)
    attendance = AttendanceRepository(db)
    day1, day2 = (day.id for day in session.days)
    assert attendance.toggle(people[0].id, day1) is True
    attendance.set_present(people[1].id, day1, True)
    assert attendance.present_ids(day1) == {people[0].id, people[1].id}
    assert attendance.present_ids(day2) == set()
    assert attendance.toggle(people[0].id, day1) is False
    assert attendance.present_ids(day1) == {people[1].id}
    rows = db.execute("SELECT id FROM attendance WHERE participant_id=?", [people[0].id]).fetchall()
    assert rows == [(attendance_id(people[0].id, day1),)]
    ParticipantRepository(db).move_to_trash([people[1].id])
    assert attendance.present_ids(day1) == set()


def test_formations_keep_their_history_and_the_newest_is_current(db, session) -> None:
    people = add_people(db, session.id)
    ids = [p.id for p in people]
    repo = GroupRepository(db)
    plan = GroupPlan(target=GroupTarget.SIZE, value=3, seed=42, keep_apart=(frozenset(ids[:2]),))
    first = repo.save_formation(session.id, plan, [ids[:3], ids[3:]], ["Akuntabel", "Kompeten"])
    assert repo.current(session.id).id == first.id
    assert repo.current(session.id).plan == plan
    assert current_groups(db, session.id) == [
        ("Akuntabel", ["Peserta 0", "Peserta 1", "Peserta 2"]),
        ("Kompeten", ["Peserta 3", "Peserta 4", "Peserta 5"]),
    ]
    activity = session.days[0].activities  # the session has no agenda: use a fake activity id
    assert activity == ()
    second = repo.save_formation(
        session.id, GroupPlan(value=2, seed=7), [ids[::2], ids[1::2]], ["Kelompok 1", "Kelompok 2"]
    )
    assert repo.current(session.id).id == second.id
    assert [f.id for f in repo.history(session.id)] == [first.id, second.id]
    assert len(repo.earlier_groupings(session.id)) == 2
    repo.move_to_trash(second.id)  # undo of a re-shuffle
    assert repo.current(session.id).id == first.id
    repo.restore(second.id)
    assert repo.current(session.id).id == second.id


def test_moving_and_renaming_are_stored_and_reversible(db, session) -> None:
    people = add_people(db, session.id)
    ids = [p.id for p in people]
    repo = GroupRepository(db)
    formation = repo.save_formation(session.id, GroupPlan(), [ids[:3], ids[3:]], ["A", "B"])
    first, second = formation.groups
    left = repo.move_member(formation.id, ids[0], second.id)
    assert left == first.id
    assert repo.get(formation.id).groups[1].member_ids == [ids[0], *ids[3:]]
    assert repo.rename_group(first.id, HOSTILE) == "A"
    assert current_groups(db, session.id)[0][0] == HOSTILE
    with pytest.raises(GroupNameError):
        repo.rename_group(first.id, "  ")
    ParticipantRepository(db).move_to_trash([ids[1]])
    assert current_groups(db, session.id)[0][1] == ["Peserta 2"]


def test_an_activity_uses_its_own_groups_or_else_the_sessions(db, session) -> None:
    act = "7e3f9b1a-2c4d-4e6f-8a0b-1c2d3e4f5a6b"  # an activity id as the app makes them
    people = add_people(db, session.id, 4)
    ids = [p.id for p in people]
    db.execute(
        "INSERT INTO activities (id, session_id, day_id, position, title, kind, planned_minutes,"
        " created_at, updated_at) VALUES (?, ?, ?, 0, 'Diskusi', 'group_discussion', 60,"
        " 'x', 'x')",
        [act, session.id, session.days[0].id],
    )
    assert current_groups(db, session.id, act) == []
    repo = GroupRepository(db)
    repo.save_formation(session.id, GroupPlan(), [ids], ["Semua"])
    assert current_groups(db, session.id, act)[0][0] == "Semua"
    repo.save_formation(session.id, GroupPlan(), [ids[:2], ids[2:]], ["X", "Y"], act)
    assert [name for name, _ in current_groups(db, session.id, act)] == ["X", "Y"]
    assert repo.current(session.id).groups[0].name == "Semua"
