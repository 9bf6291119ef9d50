"""The official activity report, the berita acara and the honorarium list: what an office
reads in them in both languages, whatever was typed, and nothing personal when redacted."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitation.documents.official.berita_acara import write_berita_acara
from facilitation.documents.official.data import OfficialData, PhotoLine, PresenterLine
from facilitation.documents.official.honorarium import amounts, write_honorarium
from facilitation.documents.official.report_pdf import save_official_report, write_official_report
from facilitation.documents.report.data import AgendaLine, ReportDay, SessionReportData
from facilitation.documents.report.pdf import ReportOptions
from facilitation.official import PresenterRole, ReportSection
from facilitation.session import Session, SessionDay
from storage.database import open_store
from storage.official_source import load_official_data
from tests.facilitation.documents.test_redacted_documents import NIP, _everything, _leaks
from tests.report_fixtures import fill_day, sample_session
from tests.storage.official_helpers import fill_paperwork, small_jpeg

OFFICIAL = "official-report"
HOSTILE = (
    '<img src="/etc/passwd"/> & <font size=40>besar</font>',
    "<b>tebal?</b> &amp; &lt; <para> </para> <br/> ]]>",
)
HIDDEN = "Nama\u200b\u202e\x00\x07\ufeff tersembunyi"


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _official(data: OfficialData, **options) -> bytes:
    buffer = io.BytesIO()
    write_official_report(data, ReportOptions(**options), buffer)
    return buffer.getvalue()


def _minutes(data: OfficialData, **options) -> bytes:
    buffer = io.BytesIO()
    write_berita_acara(data, ReportOptions(**options), buffer)
    return buffer.getvalue()


def _honorarium(data: OfficialData, rate: float = 900_000, **options) -> bytes:
    buffer = io.BytesIO()
    write_honorarium(data, ReportOptions(**options), rate, buffer)
    return buffer.getvalue()


def _bare(title: str = "Pelatihan Budaya Kerja", **changes) -> OfficialData:
    session = Session(
        title=title,
        organiser="BKPSDM Kabupaten Sleman",
        venue="Aula Lt. 2",
        days=[SessionDay(date(2026, 3, 2))],
        facilitators=["Dra. Sri Lestari"],
        objectives=["Memahami nilai BerAKHLAK"],
    )
    line = AgendaLine("a1", "Diskusi kelompok", "group_discussion", time(8), time(9, 30), 90)
    day = ReportDay(date(2026, 3, 2), time(8), time(16), (line,))
    data = OfficialData(
        report=SessionReportData(session=session, days=[day]),
        texts={ReportSection.BACKGROUND: "Latar belakang yang ditulis fasilitator."},
        presenters=[
            PresenterLine(
                "Dra. Sri Lestari",
                PresenterRole.FACILITATOR,
                nip=NIP,
                activities=("Diskusi kelompok",),
                jp=2.0,
            ),
            PresenterLine("Ir. Bambang", PresenterRole.RESOURCE_PERSON, jp=1.5),
        ],
    )
    return replace(data, **changes)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("official")
    opened = open_store(folder / "data", take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=12, notes_per_activity=2)
    fill_paperwork(opened.db, session, folder)
    data = load_official_data(opened.db, session.id)
    opened.db.close()
    return data


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "id",
            (
                "LAPORAN PELAKSANAAN KEGIATAN",
                "LEMBAR PENGESAHAN",
                "KATA PENGANTAR",
                "DAFTAR ISI",
                "BAB I PENDAHULUAN",
                "A. Latar Belakang",
                "BAB II PELAKSANAAN",
                "C. Fasilitator dan Narasumber",
                "BAB III PENUTUP",
                "B. Rekomendasi",
                "Lampiran 1. Daftar Hadir",
                "Lampiran 3. Dokumentasi",
                "Halaman 2 dari",
            ),
        ),
        (
            "en",
            (
                "ACTIVITY IMPLEMENTATION REPORT",
                "APPROVAL PAGE",
                "FOREWORD",
                "CONTENTS",
                "CHAPTER I INTRODUCTION",
                "A. Background",
                "CHAPTER II IMPLEMENTATION",
                "C. Facilitators and Resource Persons",
                "CHAPTER III CLOSING",
                "B. Recommendations",
                "Annex 1. Attendance",
                "Annex 3. Photographs",
                "Page 2 of",
            ),
        ),
    ],
)
def test_the_official_report_has_the_structure_offices_file(stored, lang, words):
    text = _official(stored, lang=lang)
    read = _text(text)
    for word in words:
        assert word in read, word
    assert "Reformasi birokrasi menuntut pelayanan prima." in read
    assert "Peserta menyepakati maklumat pelayanan." in read
    assert "Dra. Sri Lestari, M.Si." in read and "Ir. Bambang Susilo" in read
    assert ("Foto 1." if lang == "id" else "Photo 1.") in read
    assert "Peserta berdiskusi" in read


def test_the_contents_page_gives_each_chapter_its_page(stored):
    pages = PdfReader(io.BytesIO(_official(stored, lang="id"))).pages
    contents = next(p.extract_text() for p in pages if "DAFTAR ISI" in p.extract_text())
    chapter_page = next(
        n
        for n, p in enumerate(pages, start=1)
        if "BAB III PENUTUP" in p.extract_text() and "DAFTAR ISI" not in p.extract_text()
    )
    lines = contents.splitlines()
    at = next(n for n, line in enumerate(lines) if "BAB III PENUTUP" in line)
    # The title, then its dotted leader ending in the page number.
    assert lines[at + 1].rstrip().endswith(f" {chapter_page}")
    assert "DAFTAR ISI" not in "\n".join(lines[1:])


def test_an_unwritten_section_says_so_and_the_aims_fall_back_to_the_objectives():
    read = _text(_official(_bare(texts={}), lang="id"))
    assert "(belum diisi)" in read
    assert "Memahami nilai BerAKHLAK" in read


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_berita_acara_is_one_page_with_the_days_facts(stored, lang):
    pdf = _minutes(stored, lang=lang)
    read = _text(pdf)
    assert _pages(pdf) == 1
    assert (
        "BERITA ACARA PELAKSANAAN KEGIATAN" if lang == "id" else "MINUTES OF THE ACTIVITY"
    ) in read
    assert "Pelatihan Cerdas Nurani" in read and "Wisma Dharmais Pengasih" in read
    assert ("Rabu, 23 Maret 2022" if lang == "id" else "Wednesday, 23 March 2022") in read
    assert ("12 orang" if lang == "id" else "Registered participants\n12") in read
    assert "Dra. Sri Lestari, M.Si." in read


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_honorarium_list_multiplies_jp_by_the_rate_entered(lang):
    data = _bare()
    assert amounts(data, 900_000) == [1_800_000, 1_350_000]
    read = _text(_honorarium(data, lang=lang)).replace("\n", " ")
    assert ("1.800.000" if lang == "id" else "1,800,000") in read
    assert ("3.150.000" if lang == "id" else "3,150,000") in read
    assert ("DAFTAR PENERIMAAN HONORARIUM" if lang == "id" else "HONORARIUM RECEIPT LIST") in read
    assert ("Narasumber" if lang == "id" else "Resource person") in read


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("rate", [-1, 10**12, float("nan")])
def test_a_senseless_rate_is_refused_before_anything_is_drawn(rate, tmp_path):
    with pytest.raises(ValueError):
        _honorarium(_bare(), rate=rate)


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("write", [_official, _minutes, _honorarium], ids=["report", "ba", "hon"])
def test_hostile_markup_prints_literally_in_every_official_document(write):
    data = _bare(
        title=HOSTILE[0],
        texts={ReportSection.BACKGROUND: HOSTILE[1]},
        presenters=[PresenterLine(HOSTILE[1], PresenterRole.FACILITATOR, jp=1)],
    )
    read = _text(write(data))
    assert HOSTILE[0] in read
    assert HOSTILE[1] in read.replace("\n", " ").replace("  ", " ")


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("write", [_official, _minutes, _honorarium], ids=["report", "ba", "hon"])
def test_hidden_characters_never_break_an_official_document(write):
    data = _bare(
        title=HIDDEN,
        texts={ReportSection.CONCLUSIONS: HIDDEN},
        presenters=[PresenterLine(HIDDEN, PresenterRole.FACILITATOR, jp=1)],
        photos=[PhotoLine(HIDDEN, HIDDEN, small_jpeg(), 40, 30)],
    )
    read = _text(write(data))
    assert "tersembunyi" in read


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("with_kop", [False, True], ids=["plain", "letterhead"])
def test_long_names_keep_the_berita_acara_on_one_page(tmp_path, with_kop):
    kop = None
    if with_kop:
        from PIL import Image

        kop = tmp_path / "kop.png"
        Image.new("RGB", (1200, 900), (30, 60, 90)).save(kop)  # a tall letterhead, too
    long = "Pelatihan " + "Penguatan Budaya Kerja Aparatur " * 60
    data = _bare(title=long)
    data.report.session = replace(
        data.report.session, organiser="Badan " * 300, venue="Gedung " * 300
    )
    lines = tuple(
        AgendaLine(f"a{n}", "Sesi panjang " * 40, "lecture", time(8), time(9), 60)
        for n in range(40)
    )
    data.report.days[0] = replace(data.report.days[0], lines=lines)
    presenters = [PresenterLine("Prof. Dr. " + "Nama " * 80, PresenterRole.FACILITATOR)] * 9
    pdf = _minutes(replace(data, presenters=presenters), kop_image=kop)
    assert _pages(pdf) == 1
    assert "kegiatan lainnya" in _text(pdf)  # the rest of the agenda is counted, not dropped


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("write", [_official, _honorarium], ids=["report", "hon"])
def test_a_long_name_wraps_instead_of_running_off_the_page(write):
    name = "Prof. Dr. Raden Mas " + "Hadiningrat" * 30
    data = _bare(presenters=[PresenterLine(name, PresenterRole.FACILITATOR, jp=2)])
    read = _text(write(data)).replace("\n", "")
    assert "Hadiningrat" * 3 in read


def _with_pii_official() -> OfficialData:
    report = _everything()
    pii = f" NIP {NIP}, HP (0812) 7777 6666, surel budi.santoso+pelatihan@bkd.jatengprov.go.id"
    return OfficialData(
        report=report,
        texts={section: f"Teks {section}{pii}" for section in ReportSection},
        presenters=[
            PresenterLine(
                "Dra. Sri Lestari" + pii,
                PresenterRole.FACILITATOR,
                nip="198806122015031002",
                position="Widyaiswara" + pii,
                institution="BPSDM" + pii,
                activities=("Diskusi" + pii,),
                jp=2,
            )
        ],
        photos=[PhotoLine("Diskusi" + pii, "Foto" + pii, small_jpeg(), 40, 30)],
    )


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("write", [_official, _minutes, _honorarium], ids=["report", "ba", "hon"])
def test_a_redacted_official_document_has_no_personal_data_on_any_page_nor_in_metadata(write):
    data = _with_pii_official()
    assert _leaks(_text(write(data, lang="id")))  # the data does carry it
    pdf = write(data, lang="id", redact=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert _leaks(_text(pdf)) == []
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert _leaks(metadata) == []
    assert "Sri Lestari" in _text(pdf)  # names stay


def test_a_failed_build_leaves_no_file(tmp_path: Path):
    target = tmp_path / "laporan.pdf"
    options = ReportOptions(kop_image=tmp_path / "tidak-ada.png")
    with pytest.raises(ValueError):
        save_official_report(_bare(), options, target)
    assert not target.exists()


def test_the_signatory_signs_the_berita_acara_and_the_approval_page():
    from facilitation.documents.official.data import Signatory

    signatory = Signatory("Drs. Hendra Wijaya, M.Si.", "Kepala BKPSDM", "196805051990031004")
    data = replace(_bare(), signatory=signatory)
    for pdf in (_minutes(data), _official(data)):
        text = _text(pdf)
        assert "Hendra Wijaya" in text and "Kepala BKPSDM" in text
        assert "196805051990031004" in text
    redacted = _text(_minutes(data, redact=True))
    assert "Hendra Wijaya" in redacted and "196805051990031004" not in redacted


def test_the_signatory_comes_from_the_certificate_settings(tmp_path):
    from facilitation.certificates import CertificateSettings
    from storage.jp import JpRepository

    opened = open_store(tmp_path)
    session = sample_session(opened.db)
    settings = CertificateSettings(signatory_name="Ir. Made Sukarta", signatory_nip="19700101")
    JpRepository(opened.db).set_certificate_settings(session.id, settings)
    data = load_official_data(opened.db, session.id)
    assert (data.signatory.name, data.signatory.nip) == ("Ir. Made Sukarta", "19700101")
