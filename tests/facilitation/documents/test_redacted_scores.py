"""A redacted report links no score to a person in any table: the quiz scores, the pre/post
tests from phones and from paper, the phones' answers; people there are "Peserta N", one
number per person across the tables, and no NIP is anywhere in the PDF or the workbook.
(Names stay in the attendance list and the JP table, as facilitation/redaction.py says.)"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import sqlite_utils
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitation.documents.report.data import redact
from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.report.room_sections import room_text
from facilitation.documents.report.text import tr
from facilitation.documents.spreadsheets import sheet_tables, write_xlsx
from facilitation.evaluation import TestScore
from facilitation.room.questions import Question, QuestionKind, QuestionState
from facilitation.session import Session
from storage.evaluation import EvaluationRepository
from storage.report_source import load_report_data
from storage.room.store import RoomStore
from tests.facilitation.documents.test_report_quiz_scores import (  # noqa: F401 (a fixture)
    PEOPLE,
    _check_in,
    _quiz_activity,
    quiz_day,
)
from tests.storage.room_helpers import DEVICE_A

ON_PAPER_ONLY = "Fajar Nugroho"  # a pre/post test typed from a paper sheet, no participant
ALL_NAMES = (*PEOPLE, "Dewi Kusuma", ON_PAPER_ONLY)
NIPS = {name: f"19880612201503100{n}" for n, name in enumerate(ALL_NAMES[:4])}
# Sheets whose purpose is to name people (the attendance record, the JP register).
NAMED_SHEETS = {"participants", "attendance", "groups", "jp", "jp_register"}


@pytest.fixture
def scored_day(quiz_day) -> tuple[sqlite_utils.Database, Session]:  # noqa: F811
    """The quiz day, plus NIPs, Dewi checked in without answering, a pre/post test on the
    phones (Budi, Ani) and one on paper (Citra, and Fajar who is on no list)."""
    db, session = quiz_day
    people = _check_in(db, session, *PEOPLE, "Dewi Kusuma")
    with db.conn:
        for name, nip in NIPS.items():
            db.execute("UPDATE participants SET nip=? WHERE name=?", [nip, name])
    store, sid = RoomStore(db), session.id
    codes = store.codes.ensure(sid)
    for kind, picks in ((QuestionKind.PRE_TEST, (0, 1)), (QuestionKind.POST_TEST, (1, 1))):
        question = Question(
            session_id=sid,
            activity_id=_quiz_activity(session),
            kind=kind,
            prompt=f"Soal {kind}",
            options=["A", "B"],
            correct=[1],
        )
        store.questions.save(question)
        store.questions.set_state(sid, question.id, QuestionState.OPEN)
        for n, (person, choice) in enumerate(zip(people[:2], picks, strict=True)):
            device, client = f"{DEVICE_A}{n}", f"{kind}-{n}"
            store.record_answer(sid, question.id, device, client, choice, codes[person])
    scores = EvaluationRepository(db)
    scores.save_score(TestScore(sid, "Citra Lestari", 50, 70, participant_id=people[2]))
    scores.save_score(TestScore(sid, ON_PAPER_ONLY, 40, 90))
    return db, session


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _pdf_text(db: sqlite_utils.Database, session: Session, lang: str) -> str:
    buffer = io.BytesIO()
    write_report(load_report_data(db, session.id), ReportOptions(lang=lang, redact=True), buffer)
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_one_person_has_one_number_in_every_table(scored_day) -> None:
    db, session = scored_day
    data = load_report_data(db, session.id)
    ids = dict(db.execute("SELECT name, id FROM participants WHERE session_id=?", [session.id]))
    number_of = {  # the unredacted lines in the same order as the redacted ones
        line.participant_id: cleared.person
        for line, cleared in zip(data.room.quiz_scores, redact(data).room.quiz_scores, strict=True)
        if line.participant_id
    }
    cleared = redact(data)
    gains = {g.person for g in cleared.room.gains}
    assert gains == {number_of[ids["Budi Santoso"]], number_of[ids["Dra. Ani Wulandari"]]}
    paper = {s.person for s in cleared.evaluation.scores}
    assert number_of[ids["Citra Lestari"]] in paper
    assert len(paper) == 2 and max(paper) == len(number_of) + 1  # Fajar: the next number
    assert all(not s.name for s in cleared.evaluation.scores)
    assert all(not g.name for g in cleared.room.gains)


@pytest.mark.attack("redaction leaks")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_redacted_pdf_names_nobody_next_to_a_score(scored_day, lang: str) -> None:
    text = _pdf_text(*scored_day, lang)
    start = text.index(room_text(lang, "room"))
    end = text.find(tr(lang, "evaluation"), start)
    room = text[start : end if end > 0 else len(text)]
    assert "Peserta 1" in room or "Participant 1" in room
    for name in ALL_NAMES:
        assert name not in room, name
    for nip in NIPS.values():
        assert nip not in _digits(text)
    person = "Peserta" if lang == "id" else "Participant"
    gains = room[room.index(room_text(lang, "gain_title")) :]
    assert re.search(rf"{person} \d", gains)


@pytest.mark.attack("redaction leaks")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_redacted_workbook_names_nobody_next_to_a_score(scored_day, tmp_path: Path, lang) -> None:
    db, session = scored_day
    tables = sheet_tables(load_report_data(db, session.id), lang, redacted=True)
    write_xlsx(tables, tmp_path / "laporan.xlsx")
    workbook = load_workbook(tmp_path / "laporan.xlsx", read_only=True)
    titles = {t.key: t.title for t in tables}
    assert {"evaluation", "room_quiz_scores", "room_answers"} <= set(titles)
    for key, title in titles.items():
        cells = [
            str(value)
            for row in workbook[title[:31]].iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
        assert not any(nip in _digits(c) for c in cells for nip in NIPS.values()), key
        if key not in NAMED_SHEETS:
            assert not [c for c in cells for name in ALL_NAMES if name in c], key
    person = "Peserta" if lang == "id" else "Participant"
    scores = [
        str(row[0]) for row in workbook[titles["evaluation"][:31]].iter_rows(values_only=True)
    ]
    assert sum(1 for c in scores if c.startswith(f"{person} ")) == 2
