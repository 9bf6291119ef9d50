"""The earlier groupings a formation avoids are read from the store once and kept: the next
formation adds itself, an undone one (moved to the trash) takes itself out, and any other change
(a move, a redo, another connection's write) makes the next read go to the store again, so what
is kept never differs from what is stored."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sqlite_utils

from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from facilitation.session import Session, SessionDay
from storage.group_ids import _MEMBER_NAMESPACE, membership_id
from storage.groups import GroupRepository
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository


@pytest.fixture
def seated(db) -> tuple[str, list[str]]:
    session = SessionRepository(db).create(Session("Bimtek", days=[SessionDay(date(2022, 3, 23))]))
    people = [Participant(f"Peserta {n}", institution=f"Instansi {n % 3}") for n in range(8)]
    ParticipantRepository(db).import_roster(session.id, people)
    return session.id, [p.id for p in people]


def as_stored(db, session_id: str) -> list[set[frozenset[str]]]:
    """What a repository that never read before finds, order aside."""
    return normalised(GroupRepository(db).earlier_groupings(session_id))


def normalised(groupings: list[list[list[str]]]) -> list[set[frozenset[str]]]:
    return sorted(
        ({frozenset(g) for g in f} for f in groupings), key=lambda f: sorted(map(sorted, f))
    )


def member_reads(db) -> list[str]:
    reads: list[str] = []
    db.conn.set_trace_callback(
        lambda sql: reads.append(sql) if "group_members" in sql or "AS earlier" in sql else None
    )
    return reads


def test_a_saved_formation_joins_the_kept_history_without_a_read(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
    assert len(repo.earlier_groupings(session_id)) == 1
    repo.save_formation(session_id, GroupPlan(value=2), [ids[::2], ids[1::2]], ["A", "B"])
    reads = member_reads(db)
    kept = repo.earlier_groupings(session_id)
    db.conn.set_trace_callback(None)
    assert not [sql for sql in reads if "SELECT id AS earlier" in sql]
    assert normalised(kept) == as_stored(db, session_id)
    assert len(kept) == 2
    # In the very order a read gives: after a change elsewhere the lists compare equal, and
    # forming groups reuses the pairs it counted (facilitation.group_seating).
    assert kept == GroupRepository(db).earlier_groupings(session_id)


def test_an_undone_formation_leaves_the_kept_history_without_a_read(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    plans = [[ids[:4], ids[4:]], [ids[::2], ids[1::2]], [ids[:2] + ids[6:], ids[2:6]]]
    saved = [
        repo.save_formation(session_id, GroupPlan(value=2), groups, ["A", "B"]) for groups in plans
    ]
    assert len(repo.earlier_groupings(session_id)) == 3
    reads = member_reads(db)
    repo.move_to_trash(saved[2].id)  # Ctrl+Z of the last forming
    kept = repo.earlier_groupings(session_id)
    db.conn.set_trace_callback(None)
    assert not [sql for sql in reads if "SELECT id AS earlier" in sql]
    assert normalised(kept) == as_stored(db, session_id) == normalised([plans[0], plans[1]])
    repo.restore(saved[2].id)  # its redo: read again, in its place among the others
    reads = member_reads(db)
    assert normalised(repo.earlier_groupings(session_id)) == normalised(plans)
    db.conn.set_trace_callback(None)
    assert [sql for sql in reads if "SELECT id AS earlier" in sql]


def test_a_trashed_formation_after_another_change_is_read_again(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    first = repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
    second = repo.save_formation(session_id, GroupPlan(value=2), [ids[::2], ids[1::2]], ["A", "B"])
    repo.earlier_groupings(session_id)
    repo.move_member(first.id, ids[0], first.groups[1].id)  # not kept: read again after it
    repo.move_to_trash(second.id)
    (only,) = repo.earlier_groupings(session_id)
    assert normalised([only]) == as_stored(db, session_id)
    assert {frozenset(g) for g in only} == {frozenset(ids[1:4]), frozenset([ids[0], *ids[4:]])}


def test_a_move_a_redo_or_another_connection_is_read_again(db, seated, data_dir) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    first = repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
    repo.earlier_groupings(session_id)
    repo.move_member(first.id, ids[0], first.groups[1].id)
    assert normalised(repo.earlier_groupings(session_id)) == as_stored(db, session_id)
    second = repo.save_formation(session_id, GroupPlan(value=2), [ids[::2], ids[1::2]], ["A", "B"])
    repo.move_to_trash(second.id)  # the undo of forming them
    assert len(repo.earlier_groupings(session_id)) == 1
    other = sqlite_utils.Database(db.conn.execute("PRAGMA database_list").fetchone()[2])
    other.execute(
        "UPDATE group_members SET deleted_at='2024-01-01' WHERE participant_id=?", [ids[1]]
    )
    other.conn.commit()
    other.close()
    assert normalised(repo.earlier_groupings(session_id)) == as_stored(db, session_id)
    assert ids[1] not in {pid for f in repo.earlier_groupings(session_id) for g in f for pid in g}


def test_a_formation_saved_inside_a_larger_change_is_not_kept_before_it_commits(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    repo.earlier_groupings(session_id)
    with pytest.raises(RuntimeError), db.atomic():
        repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
        raise RuntimeError("the larger change fails")
    assert repo.earlier_groupings(session_id) == []


def test_membership_ids_are_the_uuid5_of_formation_and_person() -> None:
    for formation_id, participant_id in [(str(uuid.uuid4()), str(uuid.uuid4())), ("f", "é/ü")]:
        expected = uuid.uuid5(_MEMBER_NAMESPACE, f"{formation_id}/{participant_id}")
        assert membership_id(formation_id, participant_id) == str(expected)


def test_the_formation_just_saved_is_shown_without_reading_it_again(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    saved = repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
    reads: list[str] = []
    db.conn.set_trace_callback(
        lambda sql: (
            reads.append(sql) if "group_members" in sql or "participant_groups" in sql else None
        )
    )
    current = repo.current(session_id)
    db.conn.set_trace_callback(None)
    assert not reads
    assert current == saved == GroupRepository(db).get(saved.id)
    current.groups[0].member_ids.clear()  # a copy: what a caller does to it stays there
    assert repo.current(session_id) == saved
    repo.move_member(saved.id, ids[0], saved.groups[1].id)  # any change: read again
    assert ids[0] in repo.current(session_id).groups[1].member_ids
    assert repo.current(session_id) == GroupRepository(db).get(saved.id)


def test_saving_a_formation_reads_the_list_order_once_and_nothing_back(db, seated) -> None:
    """500 people are one executemany; the formation comes back as get() reads it (members in
    the list's order) without reading it back: the list's order is read at the first save and
    kept while the store changes in no other way."""
    session_id, ids = seated
    repo = GroupRepository(db)
    selects: list[list[str]] = []
    for seed in (7, 8):
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        saved = repo.save_formation(
            session_id, GroupPlan(value=2, seed=seed), [ids[5:], ids[:5][::-1]], ["A", "B"]
        )
        db.conn.set_trace_callback(None)
        assert saved == GroupRepository(db).get(saved.id) and saved.plan.seed == seed
        assert not [sql for sql in statements if "sqlite_master" in sql or "SAVEPOINT" in sql]
        assert len(statements) <= 20 + len(ids)
        selects.append([sql for sql in statements if sql.startswith("SELECT")])
    assert len(selects[0]) == 2 and "FROM participants" in selects[0][1]  # session, order
    assert len(selects[1]) == 1  # the session only


def test_a_saved_formation_leaves_out_a_deleted_participant_as_get_does(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    repo.save_formation(session_id, GroupPlan(value=1, seed=1), [ids], ["A"])  # order kept
    ParticipantRepository(db).move_to_trash([ids[1]])
    saved = repo.save_formation(
        session_id, GroupPlan(value=2, seed=7), [ids[5:], ids[:5][::-1]], ["A", "B"]
    )
    assert saved == GroupRepository(db).get(saved.id)
    assert ids[1] not in saved.groups[1].member_ids and saved.plan.seed == 7


def test_a_saved_formation_follows_the_list_after_another_connection_renumbers(
    db, seated, tmp_path
) -> None:
    """The kept list order goes when the store changes otherwise: here another connection
    (a laptop's merge, say) renumbers someone, so they move in the list."""
    session_id, ids = seated
    repo = GroupRepository(db)
    repo.save_formation(session_id, GroupPlan(value=1, seed=1), [ids], ["A"])  # order kept
    other = sqlite_utils.Database(db.conn.execute("PRAGMA database_list").fetchone()[2])
    other.execute("UPDATE participants SET number=0 WHERE id=?", [ids[6]])
    other.conn.commit()
    other.conn.close()
    saved = repo.save_formation(session_id, GroupPlan(value=1, seed=2), [ids[::-1]], ["A"])
    assert saved == GroupRepository(db).get(saved.id)
    assert saved.groups[0].member_ids[0] == ids[6]


def test_the_earlier_groupings_are_read_from_the_formation_index_alone(db, seated) -> None:
    """Schema 18: the group and the trash mark sit in the formation's index, so the read of
    every earlier formation touches no table row of group_members."""
    session_id, ids = seated
    repo = GroupRepository(db)
    repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
    reads = member_reads(db)
    GroupRepository(db).earlier_groupings(session_id)
    db.conn.set_trace_callback(None)
    (query,) = [sql for sql in reads if "json_group_array" in sql]
    plan = " ".join(
        row[3] for row in db.execute("EXPLAIN QUERY PLAN " + query.replace(session_id, "x"))
    )
    assert "COVERING INDEX group_members_by_formation" in plan


def test_a_formation_writes_memberships_to_their_formation_index_only(db, seated) -> None:
    """Schema 19: no index by group (nothing reads memberships by group), so a formation's
    save inserts each membership into its key and the formation's index, no third place;
    removing a person from a group still finds their row by formation."""
    session_id, ids = seated
    indexes = {row[1] for row in db.execute("PRAGMA index_list(group_members)")}
    assert indexes == {"sqlite_autoindex_group_members_1", "group_members_by_formation"}
    repo = GroupRepository(db)
    formation = repo.save_formation(session_id, GroupPlan(value=2), [ids[:4], ids[4:]], ["A", "B"])
    group_plan = " ".join(
        row[3]
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM group_members WHERE formation_id=?"
            " AND participant_id=?",
            [formation.id, ids[0]],
        )
    )
    assert "group_members_by_formation" in group_plan


def test_the_earlier_groupings_come_oldest_first_with_their_groups(db, seated) -> None:
    session_id, ids = seated
    repo = GroupRepository(db)
    plans = [[ids[:4], ids[4:]], [ids[::2], ids[1::2]], [ids[:2] + ids[6:], ids[2:6]]]
    for groups in plans:
        repo.save_formation(session_id, GroupPlan(value=2), groups, ["A", "B"])
    read = GroupRepository(db).earlier_groupings(session_id)
    assert [{frozenset(g) for g in f} for f in read] == [{frozenset(g) for g in f} for f in plans]
