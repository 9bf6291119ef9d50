"""The report's section on phones in the room: charts, the word cloud, ranked ideas, quiz
scores and pre/post gain, in both languages; the spreadsheet's sheet of answers, without
device tokens once redacted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlite_utils
from pypdf import PdfReader

from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.report.room_cloud import cloud_drawing, word_sizes
from facilitation.documents.spreadsheets import sheet_tables
from facilitation.room.questions import QuestionKind
from facilitation.room.records import Moderation, PostKind
from facilitation.session import Session
from storage.database import open_store
from storage.report_source import load_report_data
from storage.room.store import RoomStore
from tests.storage.room_helpers import DEVICE_A, DEVICE_B, add_people, open_question


@pytest.fixture
def room_session(data_dir: Path, library) -> tuple[sqlite_utils.Database, Session]:
    from storage.sample import ensure_sample_session
    from tests.conftest import SAMPLE_DAY

    opened = open_store(data_dir, take_backup=False)
    db = opened.db
    session = ensure_sample_session(db, library, "id", SAMPLE_DAY)
    assert session is not None
    store = RoomStore(db)
    sid = session.id
    (budi,) = add_people(db, session, "Budi Santoso")
    code = store.codes.ensure(sid)[budi]
    poll = open_question(store, session, QuestionKind.POLL_SINGLE, prompt="Warna kantor?")
    store.record_answer(sid, poll.id, DEVICE_A, "answer-0001", 1)
    store.record_answer(sid, poll.id, DEVICE_B, "answer-0002", 1)
    scale = open_question(store, session, QuestionKind.SCALE, prompt="Seberapa siap?")
    store.record_answer(sid, scale.id, DEVICE_A, "answer-0003", 4)
    cloud = open_question(store, session, QuestionKind.WORD_CLOUD, prompt="Satu kata")
    store.record_answer(sid, cloud.id, DEVICE_A, "answer-0004", ["Integritas"])
    store.record_answer(sid, cloud.id, DEVICE_B, "answer-0005", ["integritas!", "Rahasia"])
    for post in store.posts(sid, cloud.id, PostKind.WORD):
        status = Moderation.SHOWN if post.norm == "integritas" else Moderation.REJECTED
        store.moderate(sid, post.id, status)
    ideas = open_question(store, session, QuestionKind.IDEAS, prompt="Usul?")
    store.record_answer(sid, ideas.id, DEVICE_A, "answer-0006", "Antrean daring")
    [idea] = store.posts(sid, ideas.id)
    store.moderate(sid, idea.id, Moderation.SHOWN)
    store.upvote(sid, idea.id, DEVICE_B)
    pre = open_question(store, session, QuestionKind.PRE_TEST, prompt="Pre?")
    post = open_question(store, session, QuestionKind.POST_TEST, prompt="Post?")
    store.record_answer(sid, pre.id, DEVICE_A, "answer-0007", 0, code=code)
    store.record_answer(sid, post.id, DEVICE_A, "answer-0008", 1, code=code)
    quiz = open_question(store, session, QuestionKind.QUIZ, prompt="Kuis?")
    store.record_answer(sid, quiz.id, DEVICE_B, "answer-0009", 1)
    yield db, session
    db.close()


def _pdf_text(db: sqlite_utils.Database, session: Session, lang: str, redact: bool = False) -> str:
    buffer = io.BytesIO()
    write_report(load_report_data(db, session.id), ReportOptions(lang=lang, redact=redact), buffer)
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_the_report_shows_the_rooms_results_in_indonesian(room_session) -> None:
    text = _pdf_text(*room_session, "id")
    for expected in (
        "Jawaban Peserta dari Ponsel",
        "Jajak pendapat: Warna kantor?",
        "Rata-rata 4,00 dari 5",
        "integritas",
        "Antrean daring",
        "Skor kuis",
        "Ponsel 1",
        "Pre-test dan post-test per peserta",
        "Budi Santoso",
    ):
        assert expected in text, expected
    assert "rahasia" not in text.casefold()  # a rejected word never prints


def test_the_report_shows_the_rooms_results_in_english(room_session) -> None:
    text = _pdf_text(*room_session, "en")
    assert "Participants' Answers from Phones" in text and "Word cloud: Satu kata" in text
    assert "Pre-test and post-test per person" in text


@pytest.mark.attack("redaction leaks")
def test_a_redacted_spreadsheet_has_no_device_tokens(room_session) -> None:
    db, session = room_session
    data = load_report_data(db, session.id)
    [plain] = [t for t in sheet_tables(data, "id", redacted=False) if t.key == "room_answers"]
    assert DEVICE_A in {row[3] for row in plain.rows}
    [redacted] = [t for t in sheet_tables(data, "id", redacted=True) if t.key == "room_answers"]
    cells = {str(value) for row in redacted.rows for value in row}
    assert not {DEVICE_A, DEVICE_B} & cells
    assert {row[3] for row in redacted.rows} == {"1", "2"}


def test_the_word_cloud_is_deterministic_and_sized_by_count() -> None:
    words = [("integritas", 9), ("jujur", 3), ("adil", 1), ("melayani", 3)]
    sizes = word_sizes(words)
    assert [w for w, _n, _s in sizes] == ["integritas", "jujur", "melayani", "adil"]
    assert sizes[0][2] > sizes[1][2] > sizes[3][2]
    first, again = cloud_drawing(words, 400, "Helvetica"), cloud_drawing(words, 400, "Helvetica")
    assert [(s.x, s.y, s.text) for s in first.contents] == [
        (s.x, s.y, s.text) for s in again.contents
    ]
    assert all(0 <= s.x <= 400 for s in first.contents)


def test_a_question_nobody_answered_is_left_out_of_the_report(room_session) -> None:
    db, session = room_session
    store = RoomStore(db)
    open_question(store, session, QuestionKind.SCALE, prompt="Tidak ada yang menjawab")
    data = load_report_data(db, session.id)
    assert "Tidak ada yang menjawab" not in [line.prompt for line in data.room.questions]
    assert len(data.room.questions) == 7
