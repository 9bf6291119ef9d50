"""The official paperwork in the store: section texts, presenters and photos are saved one
transaction per edit, travel in bundles, and a bundle cannot slip a foreign or broken one in."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from facilitation.official import Presenter, ReportSection
from facilitation.photos import MAX_PHOTOS_PER_SESSION, Photo, PhotoError
from facilitation.session import ValidationError
from facilitation.validation import RowValueError
from storage.bundle_check import BundleError
from storage.bundles import bundle_contents, export_bundle, import_bundle
from storage.database import open_store
from storage.migrations import LATEST_VERSION, schema_version
from storage.official import OfficialRepository
from storage.official_source import captured_decisions, load_official_data
from storage.sessions import NotFoundError
from tests.report_fixtures import fill_day, sample_session
from tests.storage.bundle_helpers import editable, rows_outside, write_bundle
from tests.storage.official_helpers import fill_paperwork, small_jpeg
from tests.storage.test_bundles import dump

PHOTOS = "photos"
OFFICIAL = "official-report"


@pytest.fixture
def filled(db, tmp_path):
    session = sample_session(db)
    fill_day(db, session, people=6, notes_per_activity=2)
    fill_paperwork(db, session, tmp_path)
    return session


def test_the_paperwork_tables_arrive_with_the_latest_migration(db):
    assert schema_version(db) == LATEST_VERSION
    for table in ("report_texts", "presenters", "presenter_activities", "activity_photos"):
        assert table in db.table_names()


def test_a_section_text_is_saved_replaced_and_read_back(db, builtin_session):
    repository = OfficialRepository(db)
    repository.set_section_text(builtin_session.id, ReportSection.AIMS, "Tujuan pertama")
    repository.set_section_text(builtin_session.id, ReportSection.AIMS, "Tujuan kedua")
    assert repository.section_texts(builtin_session.id) == {ReportSection.AIMS: "Tujuan kedua"}
    assert db.execute("SELECT count(*) FROM report_texts").fetchone()[0] == 1


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("body", ["a\x00b", "x" * 20_001])
def test_an_impossible_section_text_changes_nothing(db, builtin_session, body):
    repository = OfficialRepository(db)
    repository.set_section_text(builtin_session.id, ReportSection.AIMS, "tetap")
    with pytest.raises(ValidationError):
        repository.set_section_text(builtin_session.id, ReportSection.AIMS, body)
    assert repository.section_texts(builtin_session.id)[ReportSection.AIMS] == "tetap"


def test_presenters_keep_their_activities_and_jp_comes_from_the_agenda(db, filled):
    data = load_official_data(db, filled.id)
    first, second = data.presenters
    activities = [a for day in filled.days for a in day.activities]
    minutes = activities[2].planned_minutes + activities[3].planned_minutes
    assert first.activities == (activities[2].title, activities[3].title)
    assert first.jp == round(minutes / 45 * 4) / 4
    assert second.role == "resource_person"
    assert data.photos[0].caption == "Peserta berdiskusi"


def test_jp_taught_follows_the_sessions_jp_minutes(db, filled):
    from storage.jp import JpRepository

    JpRepository(db).set_settings(filled.id, jp_minutes=40, min_attendance_percent=80)
    first = load_official_data(db, filled.id).presenters[0]
    activities = [a for day in filled.days for a in day.activities]
    minutes = activities[2].planned_minutes + activities[3].planned_minutes
    assert first.jp == round(minutes / 40 * 4) / 4


def test_a_presenter_edit_drops_and_revives_links_in_one_go(db, filled):
    repository = OfficialRepository(db)
    presenter = repository.presenters(filled.id)[0]
    kept = presenter.activity_ids[:1]
    presenter.activity_ids = kept
    repository.save_presenter(filled.id, presenter)
    assert repository.presenters(filled.id)[0].activity_ids == kept
    presenter.activity_ids = [*kept, "not-an-activity-of-this-session"]
    repository.save_presenter(filled.id, presenter)
    assert repository.presenters(filled.id)[0].activity_ids == kept
    repository.remove_presenter(presenter.id)
    assert [p.name for p in repository.presenters(filled.id)] == ["Ir. Bambang Susilo"]
    repository.save_presenter(filled.id, presenter)  # redo after undo brings it back
    assert len(repository.presenters(filled.id)) == 2


@pytest.mark.attack(OFFICIAL)
def test_a_nameless_presenter_is_refused(db, builtin_session):
    with pytest.raises(ValidationError):
        OfficialRepository(db).save_presenter(builtin_session.id, Presenter(name="  "))
    assert OfficialRepository(db).presenters(builtin_session.id) == []


def test_captured_decisions_are_offered_for_the_conclusions(db, filled):
    from facilitation.notes import Note, NoteKind
    from storage.notes import NoteRepository

    notes = NoteRepository(db)
    for text in ("Maklumat pelayanan disepakati", "Survei kepuasan tiap bulan"):
        notes.add(Note(session_id=filled.id, activity_id=None, text=text, kind=NoteKind.DECISION))
    notes.add(Note(session_id=filled.id, activity_id=None, text="Ide", kind=NoteKind.IDEA))
    assert captured_decisions(db, filled.id) == [
        "Maklumat pelayanan disepakati",
        "Survei kepuasan tiap bulan",
    ]


@pytest.mark.attack(PHOTOS)
def test_a_photo_under_another_sessions_activity_is_refused(db, filled):
    from storage.sessions import SessionRepository

    other = SessionRepository(db).duplicate(filled.id, "Salinan")
    foreign = other.days[0].activities[0].id
    with pytest.raises(NotFoundError):
        OfficialRepository(db).add_photo(filled.id, Photo(foreign, small_jpeg(), 40, 30))


@pytest.mark.attack(PHOTOS)
def test_a_photo_that_is_no_jpeg_is_refused_by_the_store(db, filled):
    activity = filled.days[0].activities[0].id
    with pytest.raises(RowValueError):
        OfficialRepository(db).add_photo(filled.id, Photo(activity, b"\x89PNG\r\n\x1a\n", 4, 4))
    assert len(OfficialRepository(db).photos(filled.id)) == 1


@pytest.mark.attack(PHOTOS)
def test_a_session_keeps_at_most_its_photo_limit(db, filled):
    repository = OfficialRepository(db)
    activity = filled.days[0].activities[0].id
    for _ in range(MAX_PHOTOS_PER_SESSION - 1):
        repository.add_photo(filled.id, Photo(activity, small_jpeg(), 40, 30))
    with pytest.raises(PhotoError) as error:
        repository.add_photo(filled.id, Photo(activity, small_jpeg(), 40, 30))
    assert error.value.key == "too_many_photos"
    assert len(repository.photos(filled.id)) == MAX_PHOTOS_PER_SESSION


def test_photos_can_be_captioned_removed_and_brought_back(db, filled):
    repository = OfficialRepository(db)
    photo = repository.photos(filled.id)[0]
    repository.set_caption(photo.id, "Pleno")
    repository.remove_photo(photo.id)
    assert repository.photos(filled.id) == []
    repository.add_photo(filled.id, photo)
    assert repository.photos(filled.id)[0].caption == "Pleno"


def test_the_paperwork_travels_in_a_bundle_to_another_laptop(db, filled, tmp_path):
    path = tmp_path / "s.lokakarya"
    export_bundle(db, filled.id, path)
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        import_bundle(other.db, path, tmp_path / "backups")
        there = load_official_data(other.db, filled.id)
        here = load_official_data(db, filled.id)
        assert there.texts == here.texts
        assert there.presenters == here.presenters
        assert [p.jpeg for p in there.photos] == [p.jpeg for p in here.photos]
    finally:
        other.db.close()


def test_a_redacted_bundle_leaves_out_the_presenters_nip(db, filled, tmp_path):
    bundle = bundle_contents(db, filled.id, redact=True)
    assert all(not row.get("nip") for row in bundle.tables["presenters"])


def test_a_bundle_of_the_version_before_still_imports(db, filled, tmp_path):
    bundle = bundle_contents(db, filled.id)
    manifest, tables = editable(bundle)
    for table in ("report_texts", "presenters", "presenter_activities", "activity_photos"):
        tables.pop(table)
    path = write_bundle(tmp_path / "old.lokakarya", manifest, tables)
    other = open_store(tmp_path / "other", take_backup=False)
    try:
        import_bundle(other.db, path, tmp_path / "backups")
        assert load_official_data(other.db, filled.id).presenters == []
    finally:
        other.db.close()


@pytest.fixture
def two_sessions(tmp_path):
    """A bundle of one session, and a laptop that holds another session with paperwork."""
    origin = open_store(tmp_path / "origin", take_backup=False)
    mine = sample_session(origin.db)
    fill_day(origin.db, mine, people=3, notes_per_activity=1)
    fill_paperwork(origin.db, mine, tmp_path)
    bundle = bundle_contents(origin.db, mine.id)
    origin.db.close()
    laptop = open_store(tmp_path / "laptop", take_backup=False)
    theirs = sample_session(laptop.db, "en")
    fill_paperwork(laptop.db, theirs, tmp_path)
    their_bundle = bundle_contents(laptop.db, theirs.id)
    yield laptop.db, bundle, their_bundle
    laptop.db.close()


def _refused(db, tmp_path, manifest, tables, key: str) -> BundleError:
    path = write_bundle(tmp_path / "hostile.lokakarya", manifest, tables)
    before = dump(db)
    with pytest.raises(BundleError) as error:
        import_bundle(db, path, tmp_path / "backups")
    assert error.value.key == key, error.value
    assert dump(db) == before
    return error.value


@pytest.mark.attack(PHOTOS)
def test_a_bundled_photo_hung_under_another_sessions_activity_is_refused(two_sessions, tmp_path):
    db, bundle, theirs = two_sessions
    manifest, tables = editable(bundle)
    tables["activity_photos"][0]["activity_id"] = theirs.tables["activities"][0]["id"]
    _refused(db, tmp_path, manifest, tables, "foreign_parent")


@pytest.mark.attack(OFFICIAL)
def test_a_bundled_presenter_link_to_another_sessions_activity_is_refused(two_sessions, tmp_path):
    db, bundle, theirs = two_sessions
    manifest, tables = editable(bundle)
    tables["presenter_activities"][0]["activity_id"] = theirs.tables["activities"][0]["id"]
    _refused(db, tmp_path, manifest, tables, "foreign_parent")


@pytest.mark.attack(OFFICIAL)
def test_a_bundled_section_text_cannot_take_over_another_sessions_row(two_sessions, tmp_path):
    db, bundle, theirs = two_sessions
    manifest, tables = editable(bundle)
    tables["report_texts"][0]["id"] = theirs.tables["report_texts"][0]["id"]
    _refused(db, tmp_path, manifest, tables, "foreign_session")


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("report_texts", "section", "lampiran_rahasia"),
        ("report_texts", "body", "x" * 20_001),
        ("presenters", "role", "bupati"),
        ("presenters", "name", "   "),
    ],
)
def test_a_bundled_paperwork_row_with_an_impossible_value_is_refused(
    two_sessions, tmp_path, table, column, value
):
    db, bundle, _theirs = two_sessions
    manifest, tables = editable(bundle)
    tables[table][0][column] = value
    before = rows_outside(db, bundle.session_id)
    error = _refused(db, tmp_path, manifest, tables, "value_refused")
    assert f"{table}.{column}" in error.detail or table in error.detail
    assert rows_outside(db, bundle.session_id) == before


@pytest.mark.attack(PHOTOS)
@pytest.mark.parametrize(
    "payload",
    [
        base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64).decode(),  # a PNG, not our JPEG
        base64.b64encode(b"\xff\xd8\xff" + b"\0" * 64).decode(),  # a JPEG header, no picture
        "not base64 at all!",
        "A" * 600_000,  # larger than any photo the app keeps
    ],
    ids=["png", "broken-jpeg", "not-base64", "oversized"],
)
def test_a_bundled_photo_that_is_no_photo_we_keep_is_refused(two_sessions, tmp_path, payload):
    db, bundle, _theirs = two_sessions
    manifest, tables = editable(bundle)
    tables["activity_photos"][0]["jpeg"] = payload
    _refused(db, tmp_path, manifest, tables, "value_refused")


@pytest.mark.attack(PHOTOS)
def test_a_bundled_photo_larger_than_the_app_makes_is_refused(two_sessions, tmp_path):
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (2400, 20)).save(buffer, "JPEG")
    db, bundle, _theirs = two_sessions
    manifest, tables = editable(bundle)
    tables["activity_photos"][0]["jpeg"] = base64.b64encode(buffer.getvalue()).decode()
    _refused(db, tmp_path, manifest, tables, "value_refused")


def test_the_saved_photo_file_is_only_read(db, builtin_session, tmp_path):
    from tests.storage.official_helpers import photo_file

    source = photo_file(tmp_path)
    before = source.read_bytes()
    from facilitation.photos import shrink_photo

    shrink_photo(source)
    assert source.read_bytes() == before and Path(source).exists()
