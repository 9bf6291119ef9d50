"""AgendaRepository: ordering, trash and restore, and all-or-nothing failures."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from facilitation.activity import Activity, ActivityKind, Grouping
from facilitation.session import Session, SessionDay
from storage.agenda import AgendaRepository
from storage.sessions import NotFoundError, SessionRepository


class FakeClock:
    def __init__(self) -> None:
        self.moment = datetime(2025, 4, 1, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.moment.timestamp()

    def tick(self) -> str:
        self.moment += timedelta(seconds=1)
        return self.moment.isoformat(timespec="microseconds")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(db, clock):
    return SessionRepository(db, clock).create(
        Session(
            title="Agenda",
            days=[SessionDay(date=date(2025, 4, 7)), SessionDay(date=date(2025, 4, 8))],
        )
    )


@pytest.fixture
def agenda(db, clock):
    return AgendaRepository(db, clock)


@pytest.fixture
def day_id(session):
    return session.days[0].id


@pytest.fixture
def other_day_id(session):
    return session.days[1].id


def activity(title: str, minutes: int = 20) -> Activity:
    return Activity(title=title, kind=ActivityKind.GAME, planned_minutes=minutes)


def dump(db) -> list[str]:
    return list(db.conn.iterdump())


def titles(agenda: AgendaRepository, day_id: str) -> list[str]:
    return [a.title for a in agenda.activities(day_id)]


def assert_contiguous(db, day_id: str) -> None:
    positions = [
        row[0]
        for row in db.execute(
            "SELECT position FROM activities WHERE day_id=? AND deleted_at IS NULL"
            " ORDER BY position",
            [day_id],
        )
    ]
    assert positions == list(range(len(positions)))


def fill(agenda, day_id, names) -> list[Activity]:
    return [agenda.insert(day_id, activity(name)) for name in names]


# -- insert --------------------------------------------------------------------------------


def test_insert_at_end_and_at_index(agenda, db, day_id):
    agenda.insert(day_id, activity("b"))
    agenda.insert(day_id, activity("d"), None)
    agenda.insert(day_id, activity("a"), 0)
    agenda.insert(day_id, activity("c"), 2)
    agenda.insert(day_id, activity("e"), 4)
    assert titles(agenda, day_id) == ["a", "b", "c", "d", "e"]
    assert_contiguous(db, day_id)


@pytest.mark.parametrize(("index", "where"), [(99, 3), (3, 3), (-5, 0), (-1, 0)])
def test_insert_clamps_out_of_range_indexes(agenda, db, day_id, index, where):
    fill(agenda, day_id, "xyz")
    agenda.insert(day_id, activity("new"), index)
    names = titles(agenda, day_id)
    assert names.index("new") == where
    assert len(names) == 4
    assert_contiguous(db, day_id)


def test_insert_stores_all_fields_and_timestamps(agenda, db, clock, session, day_id):
    now = clock.tick()
    item = Activity(
        title="Kelas kasus 📚 <b>&</b>",
        kind=ActivityKind.CASE_CLASS,
        planned_minutes=45,
        instructions="Baca kasus\n\tlalu diskusikan & catat",
        guiding_questions=["Siapa?", "Mengapa? 🤔"],
        materials="Lembar kasus",
        grouping=Grouping.GROUPS,
        method_key="case_class",
    )
    item = agenda.insert(day_id, item)
    assert item.created_at == item.updated_at == now
    assert agenda.get(item.id) == item
    assert agenda.activities(day_id) == [item]
    row = db.execute(
        "SELECT session_id, day_id, position, deleted_at FROM activities WHERE id=?",
        [item.id],
    ).fetchone()
    assert row == (session.id, day_id, 0, None)
    touched = db.execute("SELECT updated_at FROM sessions WHERE id=?", [session.id]).fetchone()
    assert touched == (now,)


def test_days_keep_separate_orders(agenda, db, day_id, other_day_id):
    fill(agenda, day_id, "abc")
    fill(agenda, other_day_id, "xy")
    agenda.insert(other_day_id, activity("w"), 0)
    assert titles(agenda, day_id) == ["a", "b", "c"]
    assert titles(agenda, other_day_id) == ["w", "x", "y"]
    assert_contiguous(db, day_id)
    assert_contiguous(db, other_day_id)


# -- move ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (0, 4, "bcdea"),
        (4, 0, "eabcd"),
        (1, 3, "acdbe"),
        (3, 1, "adbce"),
        (2, 2, "abcde"),
        (0, 99, "bcdea"),
        (4, -3, "eabcd"),
    ],
)
def test_move(agenda, db, day_id, source, target, expected):
    made = fill(agenda, day_id, "abcde")
    agenda.move(day_id, made[source].id, target)
    assert "".join(titles(agenda, day_id)) == expected
    assert_contiguous(db, day_id)


def test_move_only_stamps_activities_whose_position_changed(agenda, db, clock, day_id):
    made = fill(agenda, day_id, "abcde")
    before = clock.moment.isoformat(timespec="microseconds")
    now = clock.tick()
    agenda.move(day_id, made[3].id, 1)  # a d b c e
    stamps = dict(db.execute("SELECT title, updated_at FROM activities").fetchall())
    assert stamps == {"a": before, "b": now, "c": now, "d": now, "e": before}


# -- update --------------------------------------------------------------------------------


def test_update_changes_fields_but_not_position(agenda, db, clock, session, day_id):
    made = fill(agenda, day_id, "abc")
    now = clock.tick()
    changed = replace(
        agenda.get(made[1].id),
        title="B diubah ✏️",
        planned_minutes=75,
        guiding_questions=["baru?"],
        grouping=Grouping.PAIRS,
        method_key=None,
    )
    changed = agenda.update(changed)
    assert changed.updated_at == now
    assert titles(agenda, day_id) == ["a", "B diubah ✏️", "c"]
    assert agenda.get(made[1].id) == changed
    assert (
        db.execute("SELECT updated_at FROM sessions WHERE id=?", [session.id]).fetchone()[0] == now
    )


# -- trash and restore ---------------------------------------------------------------------


def test_trash_returns_index_and_restore_puts_it_back(agenda, db, session, day_id):
    made = fill(agenda, day_id, "abcde")
    index = agenda.move_to_trash(made[2].id)
    assert index == 2
    assert titles(agenda, day_id) == ["a", "b", "d", "e"]
    assert_contiguous(db, day_id)
    trashed = agenda.trashed(session.id)
    assert [(a.id, d) for a, d in trashed] == [(made[2].id, day_id)]
    assert trashed[0][0].title == "c"
    row_count = db.execute("SELECT count(*) FROM activities").fetchone()[0]

    agenda.restore(made[2].id, day_id, index)
    assert titles(agenda, day_id) == ["a", "b", "c", "d", "e"]
    assert_contiguous(db, day_id)
    assert agenda.trashed(session.id) == []
    # The same record came back, not a copy.
    assert db.execute("SELECT count(*) FROM activities").fetchone()[0] == row_count
    assert agenda.get(made[2].id).id == made[2].id


@pytest.mark.parametrize("position", [0, 4])
def test_trash_first_and_last(agenda, db, day_id, position):
    made = fill(agenda, day_id, "abcde")
    assert agenda.move_to_trash(made[position].id) == position
    assert_contiguous(db, day_id)
    agenda.restore(made[position].id, day_id, position)
    assert "".join(titles(agenda, day_id)) == "abcde"


def test_undo_of_several_removals_in_reverse_order(agenda, db, day_id):
    made = fill(agenda, day_id, "abcdef")
    removed = [(m.id, agenda.move_to_trash(m.id)) for m in (made[1], made[4], made[0])]
    assert [index for _, index in removed] == [1, 3, 0]
    assert titles(agenda, day_id) == ["c", "d", "f"]
    for activity_id, index in reversed(removed):
        agenda.restore(activity_id, day_id, index)
        assert_contiguous(db, day_id)
    assert "".join(titles(agenda, day_id)) == "abcdef"


def test_trashed_lists_most_recent_first_and_per_session(agenda, db, clock, day_id, session):
    made = fill(agenda, day_id, "abc")
    for item in (made[2], made[0]):
        clock.tick()
        agenda.move_to_trash(item.id)
    assert [a.title for a, _ in agenda.trashed(session.id)] == ["a", "c"]
    assert agenda.trashed(str(uuid.uuid4())) == []


def test_restore_into_another_day(agenda, db, session, day_id, other_day_id):
    made = fill(agenda, day_id, "abc")
    fill(agenda, other_day_id, "xy")
    agenda.move_to_trash(made[0].id)
    agenda.restore(made[0].id, other_day_id, 1)
    assert titles(agenda, day_id) == ["b", "c"]
    assert titles(agenda, other_day_id) == ["x", "a", "y"]
    assert_contiguous(db, day_id)
    assert_contiguous(db, other_day_id)


def test_restoring_an_activity_that_is_not_in_the_trash_keeps_the_order_sound(agenda, db, day_id):
    # E.g. undo of a removal after the activity was already brought back another way.
    made = fill(agenda, day_id, "abcd")
    before = dump(db)
    try:
        agenda.restore(made[2].id, day_id, 0)
    except (NotFoundError, ValueError):
        assert dump(db) == before
    names = titles(agenda, day_id)
    assert sorted(names) == ["a", "b", "c", "d"]
    assert_contiguous(db, day_id)


def test_restoring_a_live_activity_into_another_day_keeps_both_orders_sound(
    agenda, db, session, day_id, other_day_id
):
    made = fill(agenda, day_id, "abcd")
    fill(agenda, other_day_id, "xy")
    before = dump(db)
    try:
        agenda.restore(made[1].id, other_day_id, 1)
    except (NotFoundError, ValueError):
        assert dump(db) == before
    everything = titles(agenda, day_id) + titles(agenda, other_day_id)
    assert sorted(everything) == ["a", "b", "c", "d", "x", "y"]
    assert_contiguous(db, day_id)
    assert_contiguous(db, other_day_id)


# -- a model-based run ---------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(4))
def test_random_edits_match_a_list_model(agenda, db, clock, session, day_id, seed):
    rng = random.Random(seed)
    model: list[str] = []
    trash: list[tuple[str, int]] = []
    names: dict[str, str] = {}
    for step in range(60):
        clock.tick()
        choice = rng.random()
        if choice < 0.35 or not model:
            item = activity(f"s{step}")
            names[item.id] = item.title
            index = rng.choice([None, rng.randint(-2, len(model) + 2)])
            agenda.insert(day_id, item, index)
            where = len(model) if index is None else max(0, min(index, len(model)))
            model.insert(where, item.id)
        elif choice < 0.6:
            moved = rng.choice(model)
            target = rng.randint(-1, len(model))
            agenda.move(day_id, moved, target)
            model.remove(moved)
            model.insert(max(0, min(target, len(model))), moved)
        elif choice < 0.8:
            gone = rng.choice(model)
            index = agenda.move_to_trash(gone)
            assert index == model.index(gone)
            model.remove(gone)
            trash.append((gone, index))
        elif trash:
            back, index = trash.pop()
            agenda.restore(back, day_id, index)
            model.insert(max(0, min(index, len(model))), back)
        else:
            read = agenda.get(rng.choice(model))
            names[read.id] = f"{read.title}*"
            agenda.update(replace(read, title=names[read.id]))
        assert [a.id for a in agenda.activities(day_id)] == model
        assert_contiguous(db, day_id)
    assert [a.title for a in agenda.activities(day_id)] == [names[i] for i in model]
    assert {a.id for a, _ in agenda.trashed(session.id)} == {i for i, _ in trash}


# -- failures leave the file unchanged -----------------------------------------------------


def test_failing_operations_change_nothing(agenda, db, clock, session, day_id, other_day_id):
    made = fill(agenda, day_id, "abc")
    fill(agenda, other_day_id, "x")
    agenda.move_to_trash(made[1].id)
    trashed_day = SessionRepository(db, clock).create(
        Session(title="Lain", days=[SessionDay(date=date(2025, 5, 1))])
    )
    edited = SessionRepository(db, clock).get(trashed_day.id)
    gone_day = edited.days[0].id
    edited = replace(edited, days=[SessionDay(date=date(2025, 5, 2))])
    SessionRepository(db, clock).update_details(edited)

    unknown = str(uuid.uuid4())
    ghost = replace(activity("ghost"), id=unknown)
    before = dump(db)
    failures = [
        lambda: agenda.insert(unknown, activity("x")),
        lambda: agenda.insert(gone_day, activity("x")),  # a trashed day
        lambda: agenda.move(day_id, unknown, 0),
        lambda: agenda.move(other_day_id, made[0].id, 0),  # not on that day
        lambda: agenda.move(day_id, made[1].id, 0),  # in the trash
        lambda: agenda.move_to_trash(unknown),
        lambda: agenda.move_to_trash(made[1].id),  # already in the trash
        lambda: agenda.update(ghost),
        lambda: agenda.update(agenda.get(made[1].id)),  # in the trash
        lambda: agenda.restore(unknown, day_id, 0),
        lambda: agenda.restore(made[1].id, unknown, 0),
        lambda: agenda.restore(made[1].id, gone_day, 0),
        lambda: agenda.get(unknown),
    ]
    for number, failing in enumerate(failures):
        clock.tick()
        with pytest.raises(NotFoundError):
            failing()
        assert dump(db) == before, f"failure {number} changed the file"


def test_an_error_late_in_a_transaction_rolls_everything_back(agenda, db, day_id, monkeypatch):
    made = fill(agenda, day_id, "abcd")
    before = dump(db)

    def explode(*_args):
        raise RuntimeError("disk on fire")

    # The order has been rewritten by the time the session is touched.
    monkeypatch.setattr(agenda, "_touch_session", explode)
    operations = [
        lambda: agenda.insert(day_id, activity("new"), 0),
        lambda: agenda.move(day_id, made[3].id, 0),
        lambda: agenda.move_to_trash(made[0].id),
    ]
    for operation in operations:
        with pytest.raises(RuntimeError):
            operation()
        assert dump(db) == before
    assert not db.conn.in_transaction
