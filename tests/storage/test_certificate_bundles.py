"""JP settings and the certificate register in bundles: they travel, an earlier bundle
without them still imports, and a hostile row is refused with nothing changed."""

from __future__ import annotations

from datetime import date

import pytest

from storage.bundle_check import BundleError
from storage.bundles import bundle_contents, import_bundle
from storage.certificate_source import issue_certificates
from storage.certificates import CertificateRegister
from storage.database import open_store
from storage.jp import JpRepository
from tests.jp_fixtures import make_jp_session
from tests.storage.bundle_helpers import editable, write_bundle
from tests.storage.session_helpers import dump


@pytest.fixture
def two_laptops(tmp_path):
    """A bundle of a session with certificates issued, and another laptop with its own."""
    origin = open_store(tmp_path / "origin", take_backup=False).db
    made = make_jp_session(origin)
    JpRepository(origin).set_counts(made.session.days[0].activities[0].id, True)
    issue_certificates(origin, made.session.id, "id", date(2026, 3, 11))
    bundle = bundle_contents(origin, made.session.id)
    origin.close()
    receiver = open_store(tmp_path / "receiver", take_backup=False).db
    theirs = make_jp_session(receiver, "Pelatihan lain")
    issue_certificates(receiver, theirs.session.id, "id", date(2026, 3, 11))
    yield bundle, receiver, theirs
    receiver.close()


def _import(db, tmp_path, manifest, tables):
    path = write_bundle(tmp_path / "b.lokakarya", manifest, tables)
    return import_bundle(db, path, tmp_path / "backups")


def test_settings_decisions_and_register_travel(two_laptops, tmp_path) -> None:
    bundle, receiver, _theirs = two_laptops
    _import(receiver, tmp_path, *editable(bundle))
    session_id = bundle.session_id
    assert JpRepository(receiver).certificate_settings(session_id).org_code == "BPSDM"
    assert len(JpRepository(receiver).rules(session_id).decisions) == 1
    numbers = [e.number for e in CertificateRegister(receiver).entries()]
    # Both laptops numbered from 001: the register keeps both, told apart by their check.
    assert sorted(numbers) == ["001/SKP/BPSDM/2026"] * 2 + ["002/SKP/BPSDM/2026"] * 2


def test_a_bundle_from_before_jp_still_imports(two_laptops, tmp_path) -> None:
    bundle, receiver, _theirs = two_laptops
    manifest, tables = editable(bundle)
    for table in ("jp_settings", "activity_jp", "certificate_settings", "certificate_register"):
        tables.pop(table, None)
    _import(receiver, tmp_path, manifest, tables)
    assert JpRepository(receiver).rules(bundle.session_id).jp_minutes == 45


def _refused(receiver, tmp_path, manifest, tables) -> BundleError:
    before = dump(receiver)
    with pytest.raises(BundleError) as error:
        _import(receiver, tmp_path, manifest, tables)
    assert dump(receiver) == before
    return error.value


@pytest.mark.attack("certificates")
@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("revision", -1),
        ("no", 0),
        ("number", ""),
        ("number", "x" * 1000),
        ("check_value", ""),
        ("issued_on", "2026-02-30"),
    ],
)
def test_an_impossible_register_row_is_refused(two_laptops, tmp_path, column, value) -> None:
    bundle, receiver, _theirs = two_laptops
    manifest, tables = editable(bundle)
    tables["certificate_register"][0][column] = value
    _refused(receiver, tmp_path, manifest, tables)


@pytest.mark.attack("certificates")
def test_a_register_row_naming_another_sessions_participant_is_refused(
    two_laptops, tmp_path
) -> None:
    bundle, receiver, theirs = two_laptops
    manifest, tables = editable(bundle)
    tables["certificate_register"][0]["participant_id"] = theirs.people[0].id
    assert _refused(receiver, tmp_path, manifest, tables).key == "foreign_parent"


@pytest.mark.attack("certificates")
def test_a_register_row_with_another_sessions_entry_id_is_refused(two_laptops, tmp_path) -> None:
    bundle, receiver, theirs = two_laptops
    manifest, tables = editable(bundle)
    tables["certificate_register"][0]["id"] = (
        CertificateRegister(receiver).entries(theirs.session.id)[0].id
    )
    assert _refused(receiver, tmp_path, manifest, tables).key == "foreign_session"


@pytest.mark.attack("jp")
@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("jp_settings", "jp_minutes", 0),
        ("jp_settings", "min_attendance_percent", 101),
        ("activity_jp", "counts", 2),
        ("certificate_settings", "org_code", "x" * 500),
    ],
)
def test_impossible_jp_rows_are_refused(two_laptops, tmp_path, table, column, value) -> None:
    bundle, receiver, _theirs = two_laptops
    manifest, tables = editable(bundle)
    if not tables.get(table):
        tables[table] = [
            {
                "id": "a2b9c0de-0000-4000-8000-000000000001",
                "session_id": bundle.session_id,
                "created_at": "2026-03-10T01:00:00.000000+00:00",
                "updated_at": "2026-03-10T01:00:00.000000+00:00",
                "jp_minutes": 45,
                "min_attendance_percent": 80,
            }
        ]
    tables[table][0][column] = value
    _refused(receiver, tmp_path, manifest, tables)


@pytest.mark.attack("jp")
def test_a_jp_decision_for_another_sessions_activity_is_refused(two_laptops, tmp_path) -> None:
    bundle, receiver, theirs = two_laptops
    manifest, tables = editable(bundle)
    tables["activity_jp"][0]["activity_id"] = theirs.session.days[0].activities[0].id
    assert _refused(receiver, tmp_path, manifest, tables).key == "foreign_parent"


def test_issuing_after_a_merge_never_reuses_a_number(two_laptops, tmp_path) -> None:
    bundle, receiver, _theirs = two_laptops
    _import(receiver, tmp_path, *editable(bundle))
    third = make_jp_session(receiver, "Pelatihan ketiga")
    issued = issue_certificates(receiver, third.session.id, "id", date(2026, 3, 11)).entries
    assert [e.number for e in issued] == ["003/SKP/BPSDM/2026", "004/SKP/BPSDM/2026"]


@pytest.mark.attack("certificates")
def test_a_redacted_bundle_carries_no_nip_of_the_register(two_laptops, tmp_path) -> None:
    bundle, receiver, _theirs = two_laptops
    from storage.database import open_store as reopen

    origin = reopen(tmp_path / "origin", take_backup=False).db
    redacted = bundle_contents(origin, bundle.session_id, redact=True)
    origin.close()
    assert all("nip" not in row for row in redacted.tables["certificate_register"])
    _import(receiver, tmp_path, *editable(redacted))
    entries = CertificateRegister(receiver).entries(bundle.session_id)
    assert entries and all(entry.nip == "" for entry in entries)
