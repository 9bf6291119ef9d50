"""Values checked by meaning at every edge: a bundle row must be one this app could have
written, the store's own writes obey the same rules, and a store that already holds an
impossible row (from an older version) still lists, opens and reports its sessions."""

from __future__ import annotations

import json
import secrets
import zipfile
from pathlib import Path

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.evaluation import TestScore
from facilitation.participants import Participant
from facilitation.run_log import EventKind, RunEvent
from facilitation.validation import RULES, RowValueError, row_problem
from storage.agenda import AgendaRepository
from storage.bundle_check import BundleError
from storage.bundles import export_bundle, fresh_schema_db, import_bundle, session_tables
from storage.database import open_store
from storage.evaluation import EvaluationRepository
from storage.participants import ParticipantRepository
from storage.report_source import load_report_data
from storage.run_state import RunRepository
from storage.sessions import SessionRepository
from tests.report_fixtures import fill_day, sample_session
from tests.storage.test_bundles import dump

ATTACK = pytest.mark.attack("values by meaning")
STAMP = "2022-03-23T01:00:00.000000+00:00"


@pytest.fixture(scope="module")
def bundle_parts(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("values")
    opened = open_store(folder, take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=6, notes_per_activity=1)
    target = folder / "sesi.lokakarya"
    export_bundle(opened.db, session.id, target)
    opened.db.close()
    with zipfile.ZipFile(target) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def bundle_with(parts: dict[str, bytes], folder: Path, table: str, column: str, value) -> Path:
    data = json.loads(parts["data.json"])
    data["tables"][table][0][column] = value
    path = folder / "changed.lokakarya"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False))
    return path


def test_every_table_of_the_store_has_rules() -> None:
    db = fresh_schema_db()
    assert set(session_tables(db)) <= set(RULES)
    for table in session_tables(db):
        columns = {row[1] for row in db.execute(f"PRAGMA table_info([{table}])")}
        assert set(RULES[table]) <= columns, table  # no rule for a column that does not exist


def test_every_row_the_app_writes_passes_the_rules(db) -> None:
    session = sample_session(db)
    fill_day(db, session, people=12, notes_per_activity=2)
    for table in session_tables(db):
        for row in db.query(f"SELECT * FROM [{table}]"):
            assert row_problem(table, row) is None, (table, row)


BUNDLE_ATTACKS = [
    ("session_days", "day_date", "2022-02-30", "date_invalid"),
    ("session_days", "start_time", "25:61", "time_invalid"),
    ("activities", "kind", "juggling", "unknown_choice"),
    ("activities", "guiding_questions", "[not json", "json_invalid"),
    ("activities", "planned_minutes", 99999, "number_out_of_range"),
    ("sessions", "title", secrets.token_hex(2_500_000), "text_too_long"),  # 5 MB, incompressible
    ("sessions", "facilitators", '{"not": "a list"}', "json_wrong_shape"),
    ("sessions", "report_language", "fr", "unknown_choice"),
    ("notes", "kind", "rumour", "unknown_choice"),
    ("participants", "gender", "X", "unknown_choice"),
    ("participants", "created_at", "2022-13-45T08:00:00+00:00", "timestamp_invalid"),
    ("activities", "day_id", "not-an-id", "id_invalid"),
]


@ATTACK
@pytest.mark.parametrize(("table", "column", "value", "problem"), BUNDLE_ATTACKS)
def test_a_bundle_with_an_impossible_value_is_refused_and_changes_nothing(
    bundle_parts, db, opened_store, tmp_path, table, column, value, problem
) -> None:
    sample_session(db)  # the receiving laptop already has something to lose
    path = bundle_with(bundle_parts, tmp_path, table, column, value)
    before = dump(db)
    with pytest.raises(BundleError) as error:
        import_bundle(db, path, opened_store.backup_dir)
    if column in ("created_at", "updated_at", "deleted_at"):
        assert error.value.key == "bad_time"  # edit times have their own, more telling refusal
    else:
        assert (error.value.key, error.value.detail, error.value.problem) == (
            "value_refused",
            f"{table}.{column}",
            problem,
        )
    assert dump(db) == before


# -- the store's own writes ------------------------------------------------------------------


@ATTACK
def test_the_store_refuses_its_own_impossible_writes(db) -> None:
    session = sample_session(db)
    day = session.days[0]
    before = dump(db)
    attempts = [
        lambda: ParticipantRepository(db).add(session.id, Participant("Ani", id="../../x")),
        lambda: AgendaRepository(db).insert(
            day.id, Activity("Pleno", ActivityKind.PLENARY, 30, guiding_questions=[None])
        ),
        lambda: RunRepository(db).log(
            session.id, [RunEvent(EventKind.START, day.activities[0].id, _aware_now(), nan())]
        ),
        lambda: EvaluationRepository(db).save_score(
            TestScore(session.id, "Ani", pre=50, participant_id="someone")
        ),
    ]
    for attempt in attempts:
        with pytest.raises(RowValueError):
            attempt()
    assert dump(db) == before


def _aware_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def nan() -> float:
    return float("nan")


# -- a store that already holds an impossible row --------------------------------------------


def spoil(db, session) -> None:
    """What an older version (or a hand edit) could have left behind."""
    day = session.days[0]
    with db.atomic():
        db.execute("UPDATE session_days SET day_date='2022-02-30' WHERE id=?", [day.id])
        db.execute("UPDATE activities SET kind='juggling' WHERE id=?", [day.activities[0].id])
        db.execute("UPDATE activities SET planned_minutes=99999 WHERE id=?", [day.activities[1].id])
        db.execute(
            "UPDATE sessions SET facilitators='[not json', report_language='xx' WHERE id=?",
            [session.id],
        )
        db.execute(
            "UPDATE notes SET kind='rumour', tags='{' WHERE rowid=(SELECT min(rowid) FROM notes)"
        )
        db.execute("UPDATE participants SET gender='X' WHERE session_id=?", [session.id])
        db.execute(
            "UPDATE run_events SET kind='explode' WHERE rowid=(SELECT min(rowid) FROM run_events)"
        )
        db.execute("DELETE FROM run_state WHERE session_id=?", [session.id])
        db.execute(
            "INSERT INTO run_state (id, session_id, day_id, timer_mode, timer_status, total_s,"
            " planned_s, banked_s, anchor_monotonic, anchor_wall, rounds, created_at, updated_at)"
            " VALUES (?, ?, ?, 'countdown', 'running', 60, 60, 0, 1.0, ?, '{broken', ?, ?)",
            ["0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", session.id, day.id] + [STAMP] * 3,
        )


@ATTACK
def test_a_store_holding_an_impossible_row_still_lists_opens_and_reports(db, caplog) -> None:
    session = sample_session(db)
    fill_day(db, session, people=6, notes_per_activity=1)
    notes = db.execute("SELECT count(*) FROM notes").fetchone()[0]
    spoil(db, session)
    sessions = SessionRepository(db)
    (summary,) = sessions.list()
    assert summary.id == session.id and summary.first_date is None  # its one day is impossible
    opened = sessions.get(session.id)
    assert opened.days == () and opened.facilitators == ()  # skipped, not guessed
    data = load_report_data(db, session.id)
    assert data.session.title == session.title
    assert len(data.notes) == notes  # every note still there, the odd one read as an idea
    assert {line.gender for line in data.attendance.people} == {""}
    assert RunRepository(db).load(session.id) is None  # a broken run is not restored
    assert len(RunRepository(db).events(session.id)) >= 1
    assert "skipped unreadable row session_days" in caplog.text  # and the log says so


def test_library_kinds_agree_with_the_rules() -> None:
    from storage.library_items import LibraryKind

    assert RULES["library_items"]["kind"].values == {str(kind) for kind in LibraryKind}
