"""Certificate pages read back: the words in both languages (pypdf), the QR code decoded
back from the PDF's own image, long names and hidden characters, rank/grade from the roster."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitation.certificates import parse_qr
from facilitation.documents.certificates import (
    CertificateBatch,
    CertificatePerson,
    person_file_name,
    save_certificate_files,
    save_certificates,
)
from storage.certificate_source import issue_certificates, person_on_certificate
from storage.certificates import CertificateRegister, VerifyStatus
from tests.jp_fixtures import make_jp_session

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

ISSUED = date(2026, 3, 11)


def _text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _qr_texts(path: Path) -> list[str]:
    found = []
    for page in PdfReader(path).pages:
        for image in page.images:
            picture = Image.open(io.BytesIO(image.data)).convert("L")
            found += [result.text for result in zxingcpp.read_barcodes(picture)]
    return found


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ["SERTIFIKAT", "Diberikan kepada", "Pangkat/Golongan", "jam pelajaran (JP)"]),
        ("en", ["CERTIFICATE", "This is to certify that", "Rank/grade", "lesson hours (JP)"]),
    ],
)
def test_certificates_read_back_in_both_languages(db, tmp_path, lang, words) -> None:
    made = make_jp_session(db)
    batch = issue_certificates(db, made.session.id, lang, ISSUED).batch
    target = tmp_path / "sertifikat.pdf"
    save_certificates(batch, target)
    pages = _text(target)
    assert len(pages) == 2
    first = pages[0]
    for word in [*words, "001/SKP/BPSDM/2026", "Siti Rahmawati, S.Sos.", "197803122005012002"]:
        assert word in first, word
    assert "Pelatihan Budaya Kerja" in first and "Dr. Ir. Hendrik Latuheru" in first
    assert "8 " in first  # 360 minutes of 45 are 8 JP
    assert "Budi Santoso" in pages[1] and "002/SKP/BPSDM/2026" in pages[1]
    box = PdfReader(target).pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape


def test_the_qr_code_decodes_to_the_number_and_a_check_value_that_verifies(db, tmp_path) -> None:
    made = make_jp_session(db)
    batch = issue_certificates(db, made.session.id, "id", ISSUED).batch
    target = tmp_path / "sertifikat.pdf"
    save_certificates(batch, target)
    texts = _qr_texts(target)
    assert len(texts) == 2
    content = parse_qr(texts[0])
    assert (content.number, content.revision) == ("001/SKP/BPSDM/2026", 0)
    result = CertificateRegister(db).verify(content.number, content.check)
    assert result.status == VerifyStatus.VALID
    assert result.entry.name == "Siti Rahmawati, S.Sos."


def test_one_file_per_person(db, tmp_path) -> None:
    made = make_jp_session(db)
    batch = issue_certificates(db, made.session.id, "id", ISSUED).batch
    keep = tmp_path / "catatan.txt"
    keep.write_text("milik pengguna")
    files = save_certificate_files(batch, tmp_path)
    assert [f.name for f in files] == [
        "001-SKP-BPSDM-2026 Siti Rahmawati, S.Sos.pdf",
        "002-SKP-BPSDM-2026 Budi Santoso.pdf",
    ]
    assert all(len(PdfReader(f).pages) == 1 for f in files)
    assert keep.read_text() == "milik pengguna"


def test_rank_grade_comes_from_the_roster_row_when_it_has_one(db) -> None:
    made = make_jp_session(db)
    entry = issue_certificates(db, made.session.id, "id", ISSUED).entries[0]
    row = {"position": "Analis", "institution": "Dinas", "rank_grade": "Penata / III-c"}
    assert person_on_certificate(row, entry, "id").rank_grade == "Penata / III-c"
    assert person_on_certificate({"position": "Analis"}, entry, "id").rank_grade == ""


def _batch(person: CertificatePerson, **extra) -> CertificateBatch:
    values = dict(
        training_title="Pelatihan",
        organiser="BPSDM",
        venue="Ambon",
        days=(date(2026, 3, 10),),
        issuing_institution="Pemerintah Provinsi",
        place="Ambon",
        signed_on=ISSUED,
        signatory_name="Kepala",
        signatory_position="Kepala BPSDM",
        signatory_nip="",
        people=(person,),
    )
    values.update(extra)
    return CertificateBatch(**values)


@pytest.mark.attack("certificates")
def test_a_very_long_name_and_markup_stay_on_one_page(tmp_path) -> None:
    name = "Andi <b>Muhammad</b> &amp; " + "Panjangsekali " * 40
    person = CertificatePerson("001/SKP/X/2026", 2, "ABCD-EFGH", name, jp_text="12")
    target = tmp_path / "long.pdf"
    save_certificates(_batch(person, training_title="<img src='/etc/passwd'/> " * 30), target)
    pages = _text(target)
    assert len(pages) == 1
    assert "<b>Muhammad</b>" in pages[0] and "(Revisi 2)" in pages[0]
    assert "…" in pages[0]


@pytest.mark.attack("certificates")
def test_hidden_characters_in_a_name_do_not_break_the_page(tmp_path) -> None:
    name = "Siti\x00\x07 \u202eRahma\u200b\ufffe"
    person = CertificatePerson("001/SKP/X/2026", 0, "ABCD-EFGH", name, nip="1" * 18)
    target = tmp_path / "hidden.pdf"
    save_certificates(_batch(person), target)
    assert "Siti" in _text(target)[0]


def test_a_file_name_never_leaves_its_folder() -> None:
    person = CertificatePerson("../../001/SKP", 0, "ABCD-EFGH", "a/b\\c:d")
    assert "/" not in person_file_name(person) and "\\" not in person_file_name(person)
