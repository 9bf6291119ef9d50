"""The certificates' letterhead saved once: the agency's address under the institution, the
institution and signatory from the session's (or, for a new session, the last) settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitation.certificates import CertificateSettings
from facilitation.documents.certificates import save_certificates
from facilitation.paperwork import SessionPaperwork
from storage.certificate_source import issue_certificates
from storage.jp import JpRepository
from storage.paperwork import PaperworkRepository
from tests.jp_fixtures import make_jp_session

ISSUED = date(2026, 3, 11)
ADDRESS = "Jl. Pattimura No. 5, Ambon 97124"


def _first_page(batch, tmp_path: Path) -> str:
    target = tmp_path / "sertifikat.pdf"
    save_certificates(batch, target)
    return " ".join(PdfReader(target).pages[0].extract_text().split())


def test_the_saved_address_prints_under_the_institution(db, tmp_path) -> None:
    made = make_jp_session(db)
    JpRepository(db).set_certificate_settings(
        made.session.id, CertificateSettings(institution="BPSDM Provinsi Maluku", org_code="X")
    )
    PaperworkRepository(db).save(made.session.id, SessionPaperwork(0, ADDRESS))
    text = _first_page(issue_certificates(db, made.session.id, "id", ISSUED).batch, tmp_path)
    assert "BPSDM PROVINSI MALUKU" in text and ADDRESS in text
    assert text.index("BPSDM PROVINSI MALUKU") < text.index(ADDRESS) < text.index("SERTIFIKAT")


def test_a_session_without_its_own_address_prints_none(db, tmp_path) -> None:
    """The last used address is offered in the settings dialog, never printed unasked."""
    first = make_jp_session(db)
    PaperworkRepository(db).save(first.session.id, SessionPaperwork(0, ADDRESS))
    second = make_jp_session(db, "Pelatihan kedua")
    text = _first_page(issue_certificates(db, second.session.id, "en", ISSUED).batch, tmp_path)
    assert ADDRESS not in text


@pytest.mark.attack("certificates")
def test_a_long_address_with_markup_stays_in_its_place(db, tmp_path) -> None:
    made = make_jp_session(db)
    address = "<b>Jl.</b> &amp; <font size=60>besar</font> " + "Panjang " * 40
    PaperworkRepository(db).save(made.session.id, SessionPaperwork(0, address[:300]))
    target = tmp_path / "sertifikat.pdf"
    save_certificates(issue_certificates(db, made.session.id, "id", ISSUED).batch, target)
    reader = PdfReader(target)
    assert len(reader.pages) == 2  # one page per person, the address never pushes one over
    text = reader.pages[0].extract_text()
    assert "<b>Jl.</b>" in text and "SERTIFIKAT" in text and "Siti Rahmawati" in text
