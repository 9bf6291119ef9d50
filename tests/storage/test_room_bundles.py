"""The room's questions, answers, posts and codes travel in bundles, merge like the rest,
lose their link to people when redacted, and a hostile room row is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from facilitation.room.questions import QuestionKind
from facilitation.room.records import Moderation
from facilitation.session import Session
from storage.bundle_check import BundleError
from storage.bundles import bundle_contents, check_bundle, export_bundle, import_bundle
from storage.database import open_store
from storage.room.store import RoomStore
from tests.storage.bundle_helpers import editable, rows_outside, write_bundle
from tests.storage.room_helpers import (
    DEVICE_A,
    DEVICE_B,
    add_people,
    as_an_older_sample,
    open_question,
)

ROOM_TABLES = ("room_questions", "room_answers", "room_posts", "room_upvotes", "room_codes")


@pytest.fixture
def room(db: sqlite_utils.Database, builtin_session: Session) -> RoomStore:
    """A session whose room has said something of every kind."""
    store = RoomStore(db)
    sid = builtin_session.id
    (budi,) = add_people(db, builtin_session, "Budi")
    code = store.codes.ensure(sid)[budi]
    pre = open_question(store, builtin_session, QuestionKind.PRE_TEST)
    store.record_answer(sid, pre.id, DEVICE_A, "answer-0001", 1, code=code)
    poll = open_question(store, builtin_session, QuestionKind.POLL_MULTI)
    store.record_answer(sid, poll.id, DEVICE_B, "answer-0002", [0, 2])
    ideas = open_question(store, builtin_session, QuestionKind.IDEAS)
    store.record_answer(sid, ideas.id, DEVICE_A, "answer-0003", "Istirahat lebih sering")
    [idea] = store.posts(sid, ideas.id)
    store.moderate(sid, idea.id, Moderation.SHOWN)
    store.upvote(sid, idea.id, DEVICE_B)
    cloud = open_question(store, builtin_session, QuestionKind.WORD_CLOUD)
    store.record_answer(sid, cloud.id, DEVICE_B, "answer-0004", ["Semangat"])
    return store


def _room_rows(db: sqlite_utils.Database) -> dict[str, list[dict]]:
    return {t: [dict(r) for r in db.query(f"SELECT * FROM {t} ORDER BY id")] for t in ROOM_TABLES}


def test_the_room_travels_to_another_laptop(
    room: RoomStore, builtin_session: Session, tmp_path: Path
) -> None:
    path = export_bundle(room.db, builtin_session.id, tmp_path / "s.lokakarya")
    assert path  # written
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        import_bundle(other.db, tmp_path / "s.lokakarya", tmp_path / "backups")
        assert _room_rows(other.db) == _room_rows(room.db)
        # and importing it again changes nothing
        summary = import_bundle(other.db, tmp_path / "s.lokakarya", tmp_path / "backups")
        assert summary.total("added") == summary.total("updated") == 0
        assert _room_rows(other.db) == _room_rows(room.db)
    finally:
        other.db.close()


def test_a_bundle_written_before_the_room_still_imports(
    db: sqlite_utils.Database, builtin_session: Session, tmp_path: Path
) -> None:
    as_an_older_sample(db, builtin_session)  # as an earlier version wrote it: no room
    manifest, tables = editable(bundle_contents(db, builtin_session.id))
    assert not set(ROOM_TABLES) & set(tables)
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        write_bundle(tmp_path / "old.lokakarya", manifest, tables)
        import_bundle(other.db, tmp_path / "old.lokakarya", tmp_path / "backups")
    finally:
        other.db.close()


@pytest.mark.attack("redaction leaks")
def test_a_redacted_bundle_carries_answers_without_the_person(
    room: RoomStore, builtin_session: Session, tmp_path: Path
) -> None:
    bundle = bundle_contents(room.db, builtin_session.id, redact=True)
    assert bundle.manifest["redacted_columns"]["room_answers"] == ["participant_id"]
    assert all("participant_id" not in row for row in bundle.tables["room_answers"])
    # merged back, the laptop that knows whose answer it was keeps the link
    manifest, tables = editable(bundle)
    write_bundle(tmp_path / "r.lokakarya", manifest, tables)
    import_bundle(room.db, tmp_path / "r.lokakarya", tmp_path / "backups")
    linked = room.db.execute("SELECT count(*) FROM room_answers WHERE participant_id IS NOT NULL")
    assert linked.fetchone()[0] == 1


def _hostile(room: RoomStore, session: Session, table: str, change: dict) -> tuple[dict, dict]:
    manifest, tables = editable(bundle_contents(room.db, session.id))
    tables[table][0].update(change)
    return manifest, tables


HOSTILE = {
    "an answer that is not one its question takes": ("room_answers", {"value": "[7]"}),
    "an answer value of no kind's shape": ("room_answers", {"value": '{"a":1}'}),
    "a device token that is a script": ("room_answers", {"device_key": "<script>x</script>"}),
    "a correct answer beyond the options": ("room_questions", {"correct": "[9]"}),
    "a question of an unknown kind": ("room_questions", {"kind": "rm -rf"}),
    "a prompt of a megabyte": ("room_questions", {"prompt": "x" * 1_000_000}),
    "options that are not texts": ("room_questions", {"options": '[{"a":1}]'}),
    "a personal code off the alphabet": ("room_codes", {"code": "OOOOO"}),
    "a moderation status that does not exist": ("room_posts", {"status": "approved!"}),
    "an idea posted to a poll": ("room_posts", {"question_id": None}),
}


@pytest.mark.attack("room")
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_room_row_is_refused_and_changes_nothing(
    room: RoomStore, builtin_session: Session, tmp_path: Path, case: str
) -> None:
    table, change = HOSTILE[case]
    if change.get("question_id", "") is None:  # point the idea at the poll
        poll = [q for q in room.questions.questions(builtin_session.id) if q.kind == "poll_multi"]
        change = {"question_id": poll[0].id}
    manifest, tables = _hostile(room, builtin_session, table, change)
    before = _room_rows(room.db)
    with pytest.raises(BundleError) as refused:
        check_bundle(room.db, write_bundle(tmp_path / "h.lokakarya", manifest, tables))
    assert refused.value.key in ("value_refused", "bad_value"), refused.value
    assert _room_rows(room.db) == before


@pytest.mark.attack("room")
def test_answers_of_another_sessions_question_are_refused(
    room: RoomStore, builtin_session: Session, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    manifest, tables = editable(bundle_contents(db, builtin_session.id))
    # the same rows, claimed by another session: every room row hangs under this one's
    manifest["session_id"] = other = "0b4c1a2e-1111-4222-8333-944455556666"
    tables["sessions"][0]["id"] = other
    for name, rows in tables.items():
        for row in rows:
            if name != "sessions":
                row["session_id"] = other
    tables = {name: rows for name, rows in tables.items() if name.startswith(("sessions", "room"))}
    before = rows_outside(db, other)
    with pytest.raises(BundleError, match="foreign"):
        import_bundle(db, write_bundle(tmp_path / "x.lokakarya", manifest, tables), tmp_path)
    assert rows_outside(db, other) == before


def test_answer_values_are_stored_as_compact_json(room: RoomStore) -> None:
    values = [json.loads(r[0]) for r in room.db.execute("SELECT value FROM room_answers")]
    assert [1] in values and [0, 2] in values and ["Semangat"] in values
