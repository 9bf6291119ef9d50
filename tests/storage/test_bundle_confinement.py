"""A bundle touches only its own session: no key, id or parent of another session's records
can pull a bundle's row onto them, and a refused bundle changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from facilitation.timer import TimerMode, TimerSettings
from storage.bundle_check import BundleError
from storage.bundle_confine import parent_columns, unique_keys
from storage.bundles import bundle_contents, import_bundle, session_tables
from storage.database import DB_FILENAME, open_store
from storage.run_state import RunRepository
from tests.report_fixtures import fill_day, sample_session
from tests.storage.bundle_helpers import editable, rows_outside, write_bundle
from tests.storage.test_bundles import dump

CONFINEMENT = "bundle confinement"


def _with_timer_settings(db, session) -> None:
    runs = RunRepository(db)
    for activity in session.days[0].activities[:3]:
        runs.set_timer_settings(session.id, activity.id, TimerSettings(TimerMode.COUNT_UP))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The bundle's session exported from one laptop, and a template store on another laptop
    that holds a different session (the one a hostile bundle would like to touch)."""
    root = tmp_path_factory.mktemp("confine")
    origin = open_store(root / "origin", take_backup=False)
    mine = sample_session(origin.db)
    fill_day(origin.db, mine, people=4, notes_per_activity=1)
    _with_timer_settings(origin.db, mine)
    bundle = bundle_contents(origin.db, mine.id)
    origin.db.close()
    receiver = open_store(root / "template", take_backup=False)
    other = sample_session(receiver.db)
    fill_day(receiver.db, other, people=4, notes_per_activity=1)
    _with_timer_settings(receiver.db, other)
    theirs = bundle_contents(receiver.db, other.id, include_trash=True)
    receiver.db.close()
    return root / "template", bundle, theirs


def _laptop(world, folder: Path):
    template, _bundle, _theirs = world
    folder.mkdir(parents=True)
    shutil.copy(template / DB_FILENAME, folder / DB_FILENAME)
    return open_store(folder, take_backup=False).db


@pytest.fixture
def laptop(world, tmp_path):
    db = _laptop(world, tmp_path / "laptop")
    yield db
    db.close()


def _refused(db, tmp_path, manifest, tables, key: str) -> BundleError:
    path = write_bundle(tmp_path / "hostile.lokakarya", manifest, tables)
    before = dump(db)
    with pytest.raises(BundleError) as error:
        import_bundle(db, path, tmp_path / "backups")
    assert error.value.key == key, error.value
    assert dump(db) == before
    assert not (tmp_path / "backups").exists()  # refused before even a backup is taken
    return error.value


def test_an_honest_bundle_merges_beside_another_session(world, laptop, tmp_path):
    _template, bundle, _theirs = world
    before = rows_outside(laptop, bundle.session_id)
    summary = import_bundle(
        laptop, write_bundle(tmp_path / "b.lokakarya", *editable(bundle)), tmp_path
    )
    assert summary.tables["activity_timer_settings"].added == 3
    assert rows_outside(laptop, bundle.session_id) == before


@pytest.mark.attack(CONFINEMENT)
def test_attendance_keyed_to_another_sessions_person_and_day_is_refused(world, laptop, tmp_path):
    _template, bundle, theirs = world
    manifest, tables = editable(bundle)
    victim = theirs.tables["attendance"][0]
    tables["attendance"][0].update(participant_id=victim["participant_id"], day_id=victim["day_id"])
    error = _refused(laptop, tmp_path, manifest, tables, "foreign_session")
    assert error.detail == f"attendance {tables['attendance'][0]['id']}"


@pytest.mark.attack(CONFINEMENT)
def test_timer_settings_of_another_sessions_activity_are_refused(world, laptop, tmp_path):
    _template, bundle, theirs = world
    manifest, tables = editable(bundle)
    victim = theirs.tables["activity_timer_settings"][0]
    tables["activity_timer_settings"][0]["activity_id"] = victim["activity_id"]
    _refused(laptop, tmp_path, manifest, tables, "foreign_session")


@pytest.mark.attack(CONFINEMENT)
def test_timer_settings_for_another_sessions_untimed_activity_are_refused(world, laptop, tmp_path):
    _template, bundle, theirs = world
    manifest, tables = editable(bundle)
    timed = {row["activity_id"] for row in theirs.tables["activity_timer_settings"]}
    untimed = next(a for a in theirs.tables["activities"] if a["id"] not in timed)
    tables["activity_timer_settings"][0]["activity_id"] = untimed["id"]
    _refused(laptop, tmp_path, manifest, tables, "foreign_parent")


@pytest.mark.attack(CONFINEMENT)
def test_a_note_hung_under_another_sessions_activity_is_refused(world, laptop, tmp_path):
    _template, bundle, theirs = world
    manifest, tables = editable(bundle)
    tables["notes"][0]["activity_id"] = theirs.tables["activities"][0]["id"]
    error = _refused(laptop, tmp_path, manifest, tables, "foreign_parent")
    assert error.detail.endswith(".activity_id")


@pytest.mark.attack(CONFINEMENT)
def test_a_row_with_another_sessions_id_is_refused(world, laptop, tmp_path):
    _template, bundle, theirs = world
    manifest, tables = editable(bundle)
    tables["participants"][-1]["id"] = theirs.tables["participants"][0]["id"]
    _refused(laptop, tmp_path, manifest, tables, "foreign_session")


@pytest.mark.attack(CONFINEMENT)
def test_a_row_of_a_session_that_exists_nowhere_is_named_as_such(world, laptop, tmp_path):
    _template, bundle, _theirs = world
    manifest, tables = editable(bundle)
    nowhere = "22222222-2222-4222-8222-222222222222"
    tables["notes"][0]["session_id"] = nowhere
    error = _refused(laptop, tmp_path, manifest, tables, "wrong_session")
    assert nowhere in error.detail


@pytest.mark.attack(CONFINEMENT)
def test_a_manifest_naming_a_session_the_bundle_lacks_is_refused(world, laptop, tmp_path):
    _template, bundle, _theirs = world
    manifest, tables = editable(bundle)
    manifest["session_id"] = "33333333-3333-4333-8333-333333333333"
    for rows in tables.values():
        for row in rows:
            if "session_id" in row:
                row["session_id"] = manifest["session_id"]
    _refused(laptop, tmp_path, manifest, tables, "session_row_missing")


# -- any collision, generated ------------------------------------------------------------


def _collide(data, bundle, theirs, db) -> tuple[dict, dict]:
    """Point a few of the bundle's rows at the other session: an id, a unique key, a parent
    or the session itself."""
    manifest, tables = editable(bundle)
    shared = [
        t for t in session_tables(db) if t != "sessions" and t in tables and t in theirs.tables
    ]
    for _ in range(data.draw(st.integers(1, 4))):
        table = data.draw(st.sampled_from(shared))
        row = data.draw(st.sampled_from(tables[table]))
        victim = data.draw(st.sampled_from(theirs.tables[table]))
        kind = data.draw(st.sampled_from(["id", "key", "parent", "parent", "session", "none"]))
        parents = sorted(parent_columns(db, table).items())
        if kind == "id":
            row["id"] = victim["id"]
        elif kind == "key":
            for columns in unique_keys(db, table) or [["id"]]:
                row.update({c: victim[c] for c in columns})
        elif kind == "parent" and parents:
            column, parent = data.draw(st.sampled_from(parents))
            if theirs.tables.get(parent):
                row[column] = data.draw(st.sampled_from(theirs.tables[parent]))["id"]
        elif kind == "session":
            row["session_id"] = victim["session_id"]
    return manifest, tables


def _no_reference_leaves(db, session_id: str) -> None:
    """No row of the session hangs under a record of another session."""
    for table in session_tables(db):
        for column, parent in parent_columns(db, table).items():
            crossing = db.execute(
                f"SELECT count(*) FROM [{table}] AS child JOIN [{parent}] AS p"
                f" ON p.id = child.[{column}] WHERE child.session_id=? AND p.session_id<>?",
                [session_id, session_id],
            ).fetchone()[0]
            assert crossing == 0, (table, column)


@pytest.mark.slow
@pytest.mark.attack(CONFINEMENT)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), merged_before=st.booleans())
def test_no_colliding_bundle_changes_another_session(world, tmp_path_factory, data, merged_before):
    _template, bundle, theirs = world
    folder = tmp_path_factory.mktemp("collide")
    db = _laptop(world, folder / "laptop")
    try:
        if merged_before:  # the session is already here: the merge updates rather than adds
            import_bundle(db, write_bundle(folder / "honest.lokakarya", *editable(bundle)), folder)
        manifest, tables = _collide(data, bundle, theirs, db)
        before_outside = rows_outside(db, bundle.session_id)
        before = dump(db)
        try:
            import_bundle(db, write_bundle(folder / "hostile.lokakarya", manifest, tables), folder)
            event("merged")
        except BundleError as error:
            event(f"refused: {error.key}")
            assert dump(db) == before
        assert rows_outside(db, bundle.session_id) == before_outside
        _no_reference_leaves(db, bundle.session_id)
    finally:
        db.close()
