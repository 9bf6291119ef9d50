"""A redacted report, workbook or CSV folder carries no NIP, phone number or e-mail address:
not on the cover, in the signatures, the notes, the work plans, the evaluation, the methods'
results, nor in the PDF's metadata. Names stay, as the redaction rule says."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitation.documents.report.data import (
    AgendaLine,
    AttendanceSummary,
    CommitmentLine,
    EvaluationSummary,
    GroupLine,
    InstitutionCount,
    NoteLine,
    PersonLine,
    ReactionLine,
    ReportDay,
    ScoreLine,
    SessionReportData,
    VoteLine,
    WorkPlanLine,
    redact,
)
from facilitation.documents.report.method_data import (
    CaseComparison,
    CastLine,
    GameLine,
    RolePlayLine,
    RoundLine,
    StandingLine,
)
from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.spreadsheets import sheet_tables, write_csv_folder, write_xlsx
from facilitation.session import Session, SessionDay

NIP = "19880612 201503 1 002"
PHONE = "(0812) 7777 6666"
EMAIL = "budi.santoso+pelatihan@bkd.jatengprov.go.id"
# How each leaks into extracted text: digits only (line breaks and grouping do not matter).
SECRET_DIGITS = ("198806122015031002", "81277776666", "8127777", "77776666")


def _with_pii(what: str) -> str:
    return f"{what} NIP {NIP}, HP {PHONE}, surel {EMAIL}"


def _everything() -> SessionReportData:
    session = Session(
        title=_with_pii("Pelatihan BerAKHLAK"),
        organiser=_with_pii("BKD Provinsi, narahubung Sari"),
        venue=_with_pii("Aula Lt. 3"),
        days=[SessionDay(date(2022, 3, 23))],
        facilitators=[_with_pii("Dra. Sri Lestari"), _with_pii("Agus Widodo")],
        objectives=[_with_pii("Peserta memahami nilai dasar")],
    )
    line = AgendaLine("a1", _with_pii("Diskusi"), "group_discussion", time(8), time(9), 60)
    day = ReportDay(date(2022, 3, 23), time(8, 0), time(16, 0), (line,))
    person = PersonLine(
        1,
        _with_pii("Budi Santoso"),
        nip=NIP.replace(" ", ""),
        position=_with_pii("Analis"),
        institution=_with_pii("Dinas Kominfo"),
        gender="L",
        phone="081277776666",
        email=EMAIL,
        present_days=1,
    )
    attendance = AttendanceSummary(
        (person,), (InstitutionCount(_with_pii("Dinas Kominfo"), 1, 1),), True
    )
    return SessionReportData(
        session=session,
        days=[day],
        attendance=attendance,
        groups=[GroupLine(_with_pii("Kelompok 1"), (_with_pii("Budi"),), _with_pii("Diskusi"))],
        notes=[
            NoteLine(
                _with_pii("Usul"),
                "idea",
                "a1",
                group_label=_with_pii("Kelompok 1"),
                speaker=_with_pii("Budi"),
                tags=(_with_pii("tag"),),
            )
        ],
        work_plans=[
            WorkPlanLine(
                _with_pii("Menyusun SOP"),
                output=_with_pii("Dokumen"),
                outcome_indicator=_with_pii("SOP"),
                target=_with_pii("100%"),
                pic=_with_pii("Budi"),
                institution=_with_pii("Dinas"),
                group_label=_with_pii("Kelompok"),
            )
        ],
        commitments=[CommitmentLine(_with_pii("Saya berjanji"), _with_pii("Budi"))],
        votes=[VoteLine(_with_pii("Pilih"), ((_with_pii("Ya"), 3),))],
        evaluation=EvaluationSummary(
            (ReactionLine("facilitator", _with_pii("Sri"), (0, 0, 1, 2, 3)),),
            (ScoreLine(_with_pii("Budi"), 60.0, 80.0, 100.0),),
        ),
        role_plays=[
            RolePlayLine(
                "a1",
                _with_pii("Skenario"),
                {"id": _with_pii("Konteks"), "en": _with_pii("Context")},
                (RoundLine(1, 10, (CastLine({}, _with_pii("Budi")),), _with_pii("Debrief")),),
                debrief=_with_pii("Debrief"),
            )
        ],
        case_classes=[
            CaseComparison(
                "a1",
                _with_pii("Kasus"),
                ({"id": _with_pii("Tanya"), "en": "Ask"},),
                (_with_pii("Kelompok"),),
                ((_with_pii("Jawab"),),),
            )
        ],
        games=[
            GameLine("a1", _with_pii("Permainan"), 1, (StandingLine(1, _with_pii("Kel"), 5, (5,)),))
        ],
    )


def _leaks(text: str) -> list[str]:
    digits = re.sub(r"\D", "", text)
    found = [secret for secret in SECRET_DIGITS if secret in digits]
    return found + [marker for marker in ("@", "jatengprov") if marker in text]


def _pdf(data: SessionReportData, redact: bool) -> bytes:
    buffer = io.BytesIO()
    write_report(data, ReportOptions(lang="id", redact=redact), buffer)
    return buffer.getvalue()


def test_the_test_data_carries_personal_data_everywhere():
    reader = PdfReader(io.BytesIO(_pdf(_everything(), redact=False)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert _leaks(text) and _leaks(str(reader.metadata))


@pytest.mark.attack("redaction leaks")
def test_a_redacted_report_has_no_personal_data_on_any_page_nor_in_its_metadata():
    reader = PdfReader(io.BytesIO(_pdf(_everything(), redact=True)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert _leaks(text) == []
    metadata = {key: str(value) for key, value in (reader.metadata or {}).items()}
    assert _leaks(" ".join(metadata.values())) == []
    assert "Pelatihan BerAKHLAK" in metadata["/Title"]
    # Names stay: the facilitators sign, the participants are listed.
    assert "Sri Lestari" in text and "Budi Santoso" in text


@pytest.mark.attack("redaction leaks")
def test_redacted_data_has_no_personal_data_in_any_field():
    redacted = redact(_everything())
    assert redacted.redacted
    assert _leaks(repr(redacted)) == []
    assert redacted.session.facilitators[0].startswith("Dra. Sri Lestari NIP")


@pytest.mark.attack("redaction leaks")
def test_a_redacted_workbook_has_no_personal_data_in_any_cell(tmp_path: Path):
    target = tmp_path / "laporan.xlsx"
    write_xlsx(sheet_tables(_everything(), "id", redacted=True), target)
    workbook = load_workbook(target, read_only=True)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert cells and _leaks("\n".join(cells)) == []
    assert _leaks(" ".join(str(v) for v in vars(workbook.properties).values())) == []


@pytest.mark.attack("redaction leaks")
def test_redacted_csv_files_have_no_personal_data(tmp_path: Path):
    written = write_csv_folder(sheet_tables(_everything(), "en", redacted=True), tmp_path)
    assert {p.name for p in written} >= {"notes.csv", "participants.csv", "work_plans.csv"}
    for path in written:
        rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
        assert _leaks("\n".join(",".join(row) for row in rows)) == [], path.name
