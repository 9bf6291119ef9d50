"""Newest edit wins by the instant, not the text; a stamp from the future cannot poison a
merge, and importing the same bundle again never undoes a later local edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage.bundle_check import BundleError
from storage.bundles import bundle_contents, import_bundle, session_tables
from storage.database import open_store
from storage.notes import NoteRepository
from tests.fake_clock import FakeClock
from tests.report_fixtures import fill_day, sample_session
from tests.storage.bundle_helpers import editable, write_bundle
from tests.storage.test_bundles import dump

POISON = "edit-time poisoning"
NOW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)


@pytest.fixture
def here(tmp_path):
    """A laptop with the session (stamped well before NOW) and the bundle it came from."""
    opened = open_store(tmp_path / "here", take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=3, notes_per_activity=1)
    for table in session_tables(opened.db):
        opened.db.execute(f"UPDATE [{table}] SET updated_at='2026-11-30T00:00:00.000000+00:00'")
    opened.db.conn.commit()
    bundle = bundle_contents(opened.db, session.id)
    yield opened.db, bundle, tmp_path
    opened.db.close()


def _import(db, folder, manifest, tables, clock=None):
    path = write_bundle(folder / "incoming.lokakarya", manifest, tables)
    return import_bundle(db, path, folder / "backups", clock or FakeClock(NOW))


def _local_note(db, note_id: str, text: str, stamp: str) -> None:
    db.execute("UPDATE notes SET text=?, updated_at=? WHERE id=?", [text, stamp, note_id])
    db.conn.commit()


def _text(db, note_id: str) -> str:
    return db.execute("SELECT text FROM notes WHERE id=?", [note_id]).fetchone()[0]


def test_a_later_instant_wins_though_its_text_sorts_first(here):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    note = tables["notes"][0]
    _local_note(db, note["id"], "here, 04:00 in London", "2026-12-01T04:00:00+00:00")
    note.update(text="there, 23:30 in Bogotá", updated_at="2026-11-30T23:30:00-05:00")
    summary = _import(db, folder, manifest, tables, FakeClock(NOW + timedelta(hours=1)))
    assert _text(db, note["id"]) == "there, 23:30 in Bogotá"
    assert summary.tables["notes"].updated == 1


def test_an_earlier_instant_loses_though_its_text_sorts_last(here):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    note = tables["notes"][0]
    _local_note(db, note["id"], "here, 04:00 UTC", "2026-12-01T04:00:00+00:00")
    note.update(text="there, 10:00 in Jakarta", updated_at="2026-12-01T10:00:00+07:00")
    _import(db, folder, manifest, tables)
    assert _text(db, note["id"]) == "here, 04:00 UTC"


@pytest.mark.attack(POISON)
def test_a_stamp_from_the_future_never_overwrites(here):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    note = tables["notes"][0]
    note.update(text="I win for ever", updated_at="2099-01-01T00:00:00+00:00")
    summary = _import(db, folder, manifest, tables)
    assert _text(db, note["id"]) != "I win for ever"
    assert summary.future_times == 1
    assert summary.tables["notes"].updated == 0


@pytest.mark.attack(POISON)
def test_a_new_record_from_the_future_is_stored_as_made_now(here):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    new = {**tables["notes"][0], "id": "44444444-4444-4444-8444-444444444444"}
    new.update(text="baru", updated_at="2099-01-01T00:00:00+00:00")
    tables["notes"].append(new)
    summary = _import(db, folder, manifest, tables)
    stored = db.execute("SELECT updated_at FROM notes WHERE id=?", [new["id"]]).fetchone()[0]
    assert stored == NOW.isoformat(timespec="microseconds")
    assert summary.future_times == 1 and summary.tables["notes"].added == 1


@pytest.mark.attack(POISON)
def test_a_future_bundle_imported_twice_never_undoes_a_local_edit(here):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    new = {**tables["notes"][0], "id": "55555555-5555-4555-8555-555555555555"}
    new.update(text="from the future", updated_at="2099-01-01T00:00:00+00:00")
    tables["notes"].append(new)
    clock = FakeClock(NOW)
    _import(db, folder, manifest, tables, clock)
    clock.advance(60)
    _local_note(db, new["id"], "fixed here", clock.now().isoformat())
    clock.advance(60)
    summary = _import(db, folder, manifest, tables, clock)
    assert _text(db, new["id"]) == "fixed here"
    assert summary.future_times == 1


def test_within_the_clock_skew_allowance_an_edit_is_trusted(here):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    note = tables["notes"][0]
    note.update(text="a laptop five minutes fast", updated_at="2026-12-01T04:05:00+00:00")
    summary = _import(db, folder, manifest, tables)
    assert _text(db, note["id"]) == "a laptop five minutes fast"
    assert summary.future_times == 0


def test_importing_the_same_bundle_again_keeps_a_later_local_edit(tmp_path):
    there = open_store(tmp_path / "there", take_backup=False)
    session = sample_session(there.db)
    fill_day(there.db, session, people=3, notes_per_activity=1)
    bundle = write_bundle(
        tmp_path / "b.lokakarya", *editable(bundle_contents(there.db, session.id))
    )
    there.db.close()
    here = open_store(tmp_path / "here", take_backup=False).db
    import_bundle(here, bundle, tmp_path / "backups")
    notes = NoteRepository(here)
    note = notes.for_session(session.id)[0]
    note.text = "edited here after the import"
    notes.update(note)
    summary = import_bundle(here, bundle, tmp_path / "backups")
    assert notes.get(note.id).text == "edited here after the import"
    assert summary.total("updated") == 0
    here.close()


@pytest.mark.attack(POISON)
@pytest.mark.parametrize("stamp", ["2026-13-45T99:99:99+00:00", "2026-12-01T25:00:00+00:00"])
def test_an_unreadable_edit_time_is_refused(here, stamp):
    db, bundle, folder = here
    manifest, tables = editable(bundle)
    tables["notes"][0]["updated_at"] = stamp
    before = dump(db)
    with pytest.raises(BundleError) as error:
        _import(db, folder, manifest, tables)
    assert error.value.key == "bad_time"
    assert dump(db) == before
