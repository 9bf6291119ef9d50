"""The paperwork values typed once: the session's rate and address are its own and travel in
its bundle; the letterhead files stay on this laptop; a new session is offered what was last
used; a bad value or a hostile bundle row changes nothing."""

from __future__ import annotations

import json
import uuid

import pytest

from facilitation.certificates import CertificateError, CertificateSettings
from facilitation.paperwork import LastUsed, LetterheadFiles, PaperworkError, SessionPaperwork
from facilitation.session import Session
from storage.bundle_check import BundleError
from storage.bundles import bundle_contents, import_bundle
from storage.database import open_store
from storage.facts import get_fact, set_fact
from storage.jp import JpRepository
from storage.paperwork import LAST_USED_FACT, PaperworkRepository
from storage.sessions import NotFoundError, SessionRepository
from tests.storage.bundle_helpers import editable, write_bundle
from tests.storage.session_helpers import dump, make_session

LETTERHEAD = CertificateSettings(
    org_code="BPSDM",
    institution="BPSDM Provinsi Jawa Tengah",
    place="Semarang",
    signatory_name="Dr. Hartono, M.Si.",
    signatory_position="Kepala Badan",
    signatory_nip="197001011995031001",
)


def _session(db, title: str = "Pelatihan Pelayanan Publik") -> Session:
    return SessionRepository(db).create(make_session(title))


def test_a_sessions_rate_address_and_files_are_kept(db, tmp_path) -> None:
    session = _session(db)
    repo = PaperworkRepository(db)
    files = LetterheadFiles(str(tmp_path / "kop.png"), str(tmp_path / "logo.png"))
    repo.save(session.id, SessionPaperwork(900_000, "Jl. Pemuda No. 1, Semarang"), files)
    again = PaperworkRepository(db)
    assert again.paperwork(session.id) == SessionPaperwork(900_000, "Jl. Pemuda No. 1, Semarang")
    assert again.files(session.id) == files


def test_a_new_session_is_offered_what_the_last_one_used(db, tmp_path) -> None:
    first, second = _session(db), _session(db, "Pelatihan kedua")
    repo = PaperworkRepository(db)
    files = LetterheadFiles(str(tmp_path / "kop.png"), "")
    repo.save(first.id, SessionPaperwork(750_000, "Jl. Pemuda 1"), files, LETTERHEAD)
    assert repo.own_paperwork(second.id) is None
    assert repo.paperwork(second.id) == SessionPaperwork(750_000, "Jl. Pemuda 1")
    assert repo.files(second.id) == files
    assert repo.certificate_settings(second.id) == LETTERHEAD


def test_a_sessions_own_values_win_over_the_last_used(db) -> None:
    first, second = _session(db), _session(db, "Pelatihan kedua")
    repo = PaperworkRepository(db)
    repo.save(first.id, SessionPaperwork(500_000))
    repo.save(second.id, SessionPaperwork(650_000))
    assert repo.paperwork(first.id).honorarium_rate == 500_000
    JpRepository(db).set_certificate_settings(first.id, CertificateSettings(org_code="A"))
    repo.save(second.id, certificate=CertificateSettings(org_code="B"))
    assert repo.certificate_settings(first.id).org_code == "A"
    assert repo.last_used().certificate.org_code == "B"


def test_saving_touches_the_session_so_a_bundle_merge_sees_it(db) -> None:
    session = _session(db)
    before = SessionRepository(db).get(session.id).updated_at
    PaperworkRepository(db).save(session.id, SessionPaperwork(1))
    assert SessionRepository(db).get(session.id).updated_at >= before


@pytest.mark.attack("values by meaning")
@pytest.mark.parametrize(
    ("paperwork", "files", "certificate"),
    [
        (SessionPaperwork(-1), None, None),
        (SessionPaperwork(10**12), None, None),
        (SessionPaperwork(0, "x" * 301), None, None),
        (SessionPaperwork(0, "Jl.\x00"), None, None),
        (None, LetterheadFiles("https://example.com/logo.png"), None),
        (None, LetterheadFiles("", "x" * 5000), None),
        (SessionPaperwork(5), None, CertificateSettings(number_pattern="no number")),
    ],
    ids=["negative", "huge", "long address", "nul", "url", "long path", "bad pattern"],
)
def test_a_bad_value_is_refused_and_changes_nothing(db, paperwork, files, certificate) -> None:
    session = _session(db)
    before = dump(db)
    with pytest.raises((PaperworkError, CertificateError)):
        PaperworkRepository(db).save(session.id, paperwork, files, certificate)
    assert dump(db) == before


def test_a_session_that_is_gone_saves_nothing(db) -> None:
    before = dump(db)
    with pytest.raises(NotFoundError):
        PaperworkRepository(db).save(str(uuid.uuid4()), SessionPaperwork(5))
    assert dump(db) == before


@pytest.mark.attack("damaged store files")
@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "[1, 2]",
        json.dumps({"paperwork": {"honorarium_rate": -5, "address": 3}}),
        json.dumps({"files": {"kop_path": "x" * 9999}, "certificate": {"org_code": 7}}),
    ],
    ids=["not json", "a list", "wrong types", "too long"],
)
def test_a_damaged_last_used_value_is_only_forgotten(db, stored) -> None:
    set_fact(db, LAST_USED_FACT, stored)
    session = _session(db)
    repo = PaperworkRepository(db)
    assert repo.paperwork(session.id) == SessionPaperwork()
    assert repo.files(session.id) == LetterheadFiles()
    assert repo.certificate_settings(session.id).org_code == ""
    repo.save(session.id, SessionPaperwork(5))
    assert (
        LastUsed.from_json(json.loads(get_fact(db, LAST_USED_FACT))).paperwork.honorarium_rate == 5
    )


def test_a_logo_file_that_is_gone_is_named_not_opened(tmp_path) -> None:
    kop = tmp_path / "kop.png"
    kop.write_bytes(b"\x89PNG")
    files = LetterheadFiles(str(kop), str(tmp_path / "moved" / "logo.png"))
    assert files.missing() == ("logo",)
    assert files.without_missing() == LetterheadFiles(str(kop), "")


# -- bundles ---------------------------------------------------------------------------------


@pytest.fixture
def exported(tmp_path):
    origin = open_store(tmp_path / "origin", take_backup=False).db
    session = _session(origin)
    PaperworkRepository(origin).save(
        session.id,
        SessionPaperwork(900_000, "Jl. Pemuda No. 1"),
        LetterheadFiles(str(tmp_path / "kop.png"), str(tmp_path / "logo.png")),
    )
    bundle = bundle_contents(origin, session.id)
    origin.close()
    receiver = open_store(tmp_path / "receiver", take_backup=False).db
    yield bundle, receiver
    receiver.close()


def _import(db, tmp_path, manifest, tables):
    path = write_bundle(tmp_path / "b.lokakarya", manifest, tables)
    return import_bundle(db, path, tmp_path / "backups")


def test_the_rate_and_address_travel_but_not_the_files(exported, tmp_path) -> None:
    bundle, receiver = exported
    assert "kop.png" not in json.dumps(bundle.tables)
    _import(receiver, tmp_path, *editable(bundle))
    repo = PaperworkRepository(receiver)
    assert repo.own_paperwork(bundle.session_id) == SessionPaperwork(900_000, "Jl. Pemuda No. 1")
    assert repo.files(bundle.session_id) == LetterheadFiles()


def test_a_bundle_from_before_the_paperwork_settings_still_imports(exported, tmp_path) -> None:
    bundle, receiver = exported
    manifest, tables = editable(bundle)
    tables.pop("paperwork_settings")
    _import(receiver, tmp_path, manifest, tables)
    assert PaperworkRepository(receiver).own_paperwork(bundle.session_id) is None


@pytest.mark.attack("values by meaning")
@pytest.mark.parametrize(
    ("column", "value"),
    [("honorarium_rate", -1), ("honorarium_rate", "900000"), ("address", "x" * 1000)],
    ids=["negative rate", "rate as text", "long address"],
)
def test_an_impossible_paperwork_row_is_refused(exported, tmp_path, column, value) -> None:
    bundle, receiver = exported
    manifest, tables = editable(bundle)
    tables["paperwork_settings"][0][column] = value
    before = dump(receiver)
    with pytest.raises(BundleError):
        _import(receiver, tmp_path, manifest, tables)
    assert dump(receiver) == before
