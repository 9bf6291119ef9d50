"""A redacted bundle never erases: NIP, phone and e-mail it left out are absent, not empty,
and the receiving laptop keeps its own. Trashed records stay home unless asked for."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitation.notes import Note
from storage.bundle_check import FORMAT_VERSION, BundleError
from storage.bundle_redaction import PERSONAL_COLUMNS
from storage.bundles import bundle_contents, export_bundle, import_bundle
from storage.database import open_store
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from tests.report_fixtures import fill_day, sample_session
from tests.storage.bundle_helpers import editable, write_bundle
from tests.storage.test_bundles import dump

REDACTED = "redacted merge"


@pytest.fixture
def two_laptops(tmp_path):
    """The facilitator's laptop with NIPs and phones, and a note-taker's copy of the session."""
    facilitator = open_store(tmp_path / "facilitator", take_backup=False).db
    session = sample_session(facilitator)
    fill_day(facilitator, session, people=4, notes_per_activity=1)
    people = ParticipantRepository(facilitator)
    for index, person in enumerate(people.list(session.id)):
        person.nip = f"19800101200501100{index}"
        person.phone, person.email = f"08123456789{index}", f"peserta{index}@contoh.go.id"
        people.update(person)
    note_taker = open_store(tmp_path / "note_taker", take_backup=False).db
    full = tmp_path / "full.lokakarya"
    export_bundle(facilitator, session.id, full)
    import_bundle(note_taker, full, tmp_path / "backups")
    yield session, facilitator, note_taker, tmp_path
    facilitator.close()
    note_taker.close()


def _personal(db) -> list[tuple]:
    return db.execute("SELECT id, nip, phone, email FROM participants ORDER BY id").fetchall()


def test_a_redacted_bundle_leaves_the_personal_columns_out(two_laptops):
    session, facilitator, _note_taker, _tmp = two_laptops
    bundle = bundle_contents(facilitator, session.id, redact=True)
    assert bundle.manifest["format_version"] == FORMAT_VERSION == 2
    assert bundle.manifest["redacted_columns"] == {
        "participants": list(PERSONAL_COLUMNS),
        "room_answers": ["participant_id"],  # a phone's answer loses its link to the person
    }
    assert all(not set(PERSONAL_COLUMNS) & set(row) for row in bundle.tables["participants"])


@pytest.mark.attack(REDACTED)
def test_merging_a_redacted_bundle_keeps_nip_phone_and_email(two_laptops):
    session, facilitator, note_taker, tmp = two_laptops
    people = ParticipantRepository(note_taker)
    person = people.list(session.id)[0]
    person.name = "Dewi Lestari, S.Sos"
    people.update(person)
    personal = _personal(facilitator)
    back = tmp / "redacted.lokakarya"
    export_bundle(note_taker, session.id, back, redact=True)
    summary = import_bundle(facilitator, back, tmp / "backups")
    assert summary.tables["participants"].updated == 1
    assert ParticipantRepository(facilitator).get(person.id).name == "Dewi Lestari, S.Sos"
    assert _personal(facilitator) == personal


@pytest.mark.attack(REDACTED)
def test_an_old_redacted_bundle_with_empty_values_erases_nothing(two_laptops):
    """Format 1 wrote redacted values as empty strings and could not say it had redacted."""
    session, facilitator, _note_taker, tmp = two_laptops
    personal = _personal(facilitator)
    manifest, tables = editable(bundle_contents(facilitator, session.id))
    manifest["format_version"] = 1
    for row in tables["participants"]:
        row.update(nip="", phone="", email="", name=row["name"] + " (v1)")
        row["updated_at"] = _later(row["updated_at"])
    import_bundle(facilitator, write_bundle(tmp / "v1.lokakarya", manifest, tables), tmp / "b")
    assert all(p.name.endswith("(v1)") for p in ParticipantRepository(facilitator).list(session.id))
    assert _personal(facilitator) == personal


def _later(stamp: str) -> str:
    """A stamp one second after the one given (still in the past)."""
    return (datetime.fromisoformat(stamp) + timedelta(seconds=1)).isoformat()


def test_a_new_person_from_a_redacted_bundle_has_empty_personal_fields(two_laptops, tmp_path):
    session, facilitator, _note_taker, _tmp = two_laptops
    fresh = open_store(tmp_path / "fresh", take_backup=False).db
    path = tmp_path / "r.lokakarya"
    export_bundle(facilitator, session.id, path, redact=True)
    import_bundle(fresh, path, tmp_path / "backups2")
    assert {row[1:] for row in _personal(fresh)} == {("", "", "")}
    fresh.close()


@pytest.mark.attack(REDACTED)
@pytest.mark.parametrize(
    "listed",
    [{"participants": ["nip", "secret"]}, {"nowhere": ["nip"]}, {"participants": "nip"}],
)
def test_a_list_of_left_out_columns_that_does_not_fit_is_refused(two_laptops, listed):
    session, facilitator, note_taker, tmp = two_laptops
    manifest, tables = editable(bundle_contents(facilitator, session.id, redact=True))
    manifest["redacted_columns"] = listed
    _refused(note_taker, tmp, manifest, tables)


@pytest.mark.attack(REDACTED)
def test_a_redacted_bundle_that_still_carries_a_left_out_column_is_refused(two_laptops):
    session, facilitator, note_taker, tmp = two_laptops
    manifest, tables = editable(bundle_contents(facilitator, session.id, redact=True))
    tables["participants"][0]["nip"] = ""
    _refused(note_taker, tmp, manifest, tables)


def _refused(db, tmp, manifest, tables) -> None:
    before = dump(db)
    with pytest.raises(BundleError) as error:
        import_bundle(db, write_bundle(tmp / "odd.lokakarya", manifest, tables), tmp / "b")
    assert error.value.key == "bad_redaction"
    assert dump(db) == before


# -- the trash ----------------------------------------------------------------------------


def test_trashed_records_stay_home_unless_asked_for(two_laptops):
    session, facilitator, _note_taker, _tmp = two_laptops
    notes = NoteRepository(facilitator)
    trashed = notes.add(Note(session_id=session.id, text="salah ketik"))
    notes.move_to_trash(trashed.id)
    plain = bundle_contents(facilitator, session.id)
    assert trashed.id not in {row["id"] for row in plain.tables["notes"]}
    with_trash = bundle_contents(facilitator, session.id, include_trash=True)
    assert trashed.id in {row["id"] for row in with_trash.tables["notes"]}


def test_a_trashed_activity_with_live_notes_travels_as_a_tombstone(two_laptops, tmp_path):
    session, facilitator, _note_taker, _tmp = two_laptops
    notes = NoteRepository(facilitator)
    activity = session.days[0].activities[0]
    kept = notes.add(Note(session_id=session.id, activity_id=activity.id, text="tetap"))
    facilitator.execute(
        "UPDATE activities SET deleted_at=updated_at WHERE id=?", [activity.id]
    ).fetchall()
    facilitator.conn.commit()
    path = tmp_path / "t.lokakarya"
    bundle = export_bundle(facilitator, session.id, path)
    assert activity.id in {row["id"] for row in bundle.tables["activities"]}
    fresh = open_store(tmp_path / "fresh", take_backup=False).db
    import_bundle(fresh, path, tmp_path / "backups2")
    assert NoteRepository(fresh).get(kept.id).activity_id == activity.id
    fresh.close()
