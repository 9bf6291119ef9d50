"""Every person's quiz score in the report and its spreadsheet, in both languages, from the
sample session's own BerAKHLAK quiz: people with a personal code ranked (ties by name), phones
without one listed by number; a redacted report keeps no link between a score and a name."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlite_utils
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitation.documents.report.data import redact
from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.spreadsheets import sheet_tables, write_xlsx
from facilitation.room.questions import QuestionKind, QuestionState
from facilitation.session import Session
from storage.database import open_store
from storage.report_source import load_report_data
from storage.room.store import RoomStore
from tests.fake_clock import FakeClock
from tests.storage.room_helpers import DEVICE_A, DEVICE_B, add_people

PEOPLE = ("Budi Santoso", "Dra. Ani Wulandari", "Citra Lestari")


def _quiz_activity(session: Session) -> str:
    return next(a.id for day in session.days for a in day.activities if a.method_key == "pleno")


@pytest.fixture
def quiz_day(data_dir: Path, library) -> tuple[sqlite_utils.Database, Session]:
    """The sample's quiz answered by three people with their codes and one phone without."""
    from storage.sample import ensure_sample_session
    from tests.conftest import SAMPLE_DAY

    opened = open_store(data_dir, take_backup=False)
    db = opened.db
    session = ensure_sample_session(db, library, "id", SAMPLE_DAY)
    assert session is not None
    # A clock that stands still: everyone answers as the questions open (no one is quicker),
    # so Budi and Ani tie on time too and share their rank.
    store, sid = RoomStore(db, FakeClock()), session.id
    people = add_people(db, session, *PEOPLE)
    codes = store.codes.ensure(sid)
    quiz = store.questions.questions(sid, _quiz_activity(session))
    assert [q.kind for q in quiz] == [QuestionKind.QUIZ] * 5
    for question in quiz:
        question.settings["needs_code"] = True  # the Plan's "ask for the personal code"
        store.questions.save(question)
        store.questions.set_state(sid, question.id, QuestionState.OPEN)
    right = [q.correct[0] for q in quiz]
    wrong = [(c + 1) % len(q.options) for c, q in zip(right, quiz, strict=True)]
    picks = {  # Budi 4, Ani 4 (tie: Ani first by name without her title), Citra 2
        people[0]: right[:4] + wrong[4:],
        people[1]: wrong[:1] + right[1:],
        people[2]: right[:2] + wrong[2:],
    }
    for n, (person, chosen) in enumerate(picks.items()):
        for i, (question, choice) in enumerate(zip(quiz, chosen, strict=True)):
            device = f"{DEVICE_A}{n}"
            store.record_answer(sid, question.id, device, f"ans-{n}-{i:04}", choice, codes[person])
    for question in quiz:  # a phone without a code may not answer a quiz that asks for one
        question.settings["needs_code"] = False
        store.questions.save(question)
    for i, (question, choice) in enumerate(zip(quiz, right, strict=True)):
        store.record_answer(sid, question.id, DEVICE_B, f"anon-{i:04}", choice)
    yield db, session
    db.close()


def _pdf_text(db: sqlite_utils.Database, session: Session, lang: str, redacted: bool) -> str:
    buffer = io.BytesIO()
    data = load_report_data(db, session.id)
    write_report(data, ReportOptions(lang=lang, redact=redacted), buffer)
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_the_report_ranks_every_person_in_indonesian(quiz_day) -> None:
    text = _pdf_text(*quiz_day, "id", redacted=False)
    start = text.index("Skor kuis: Pleno")
    table = text[start : start + 400]
    assert "Peringkat" in table
    ani, budi, citra = (table.index(n) for n in PEOPLE[1::-1] + PEOPLE[2:])
    assert ani < budi < citra
    assert "4 / 5" in table and "2 / 5" in table and "Ponsel 1" in table
    assert "tanpa kode pribadi tidak diberi peringkat" in text


def test_the_report_ranks_every_person_in_english(quiz_day) -> None:
    text = _pdf_text(*quiz_day, "en", redacted=False)
    assert "Quiz scores: Plenary" not in text  # the session's titles stay as written
    table = text[text.index("Quiz scores: Pleno") :][:400]
    assert "Rank" in table and "Dra. Ani Wulandari" in table and "Phone 1" in table
    assert "without a personal code are not ranked" in text


def _check_in(db: sqlite_utils.Database, session: Session, *names: str) -> list[str]:
    """Participants checked in on the quiz's day (new ones for names not in the list yet)."""
    from storage.attendance import AttendanceRepository

    known = dict(db.execute("SELECT name, id FROM participants WHERE session_id=?", [session.id]))
    ids = [known.get(n) or add_people(db, session, n)[0] for n in names]
    quiz = _quiz_activity(session)
    [day] = [d for d in session.days if any(a.id == quiz for a in d.activities)]
    for participant_id in ids:
        AttendanceRepository(db).set_present(participant_id, day.id, True)
    return ids


def test_who_was_there_and_answered_nothing_is_listed_as_not_taking_part(quiz_day) -> None:
    db, session = quiz_day
    _check_in(db, session, "Budi Santoso", "Eko Prasetyo", "Dewi Kusuma")
    scores = load_report_data(db, session.id).room.quiz_scores
    assert [(s.rank, s.name or f"phone {s.phone}", s.took_part) for s in scores] == [
        (1, "Dra. Ani Wulandari", True),
        (1, "Budi Santoso", True),
        (3, "Citra Lestari", True),
        (0, "Dewi Kusuma", False),  # after those who answered, by name
        (0, "Eko Prasetyo", False),
        (0, "phone 1", True),
    ]
    indonesian = _pdf_text(db, session, "id", redacted=False)
    table = indonesian[indonesian.index("Skor kuis: Pleno") :][:500]
    assert table.index("Citra Lestari") < table.index("Dewi Kusuma") < table.index("Ponsel 1")
    assert table.count("tidak ikut") == 2
    english = _pdf_text(db, session, "en", redacted=False)
    assert english[english.index("Quiz scores: Pleno") :][:500].count("did not take part") == 2


def test_the_score_sheet_lists_who_did_not_take_part_in_both_languages(quiz_day) -> None:
    db, session = quiz_day
    _check_in(db, session, "Dewi Kusuma")
    data = load_report_data(db, session.id)
    for lang, words in (("id", "— tidak ikut"), ("en", "— did not take part")):
        [sheet] = [
            t for t in sheet_tables(data, lang, redacted=False) if t.key == "room_quiz_scores"
        ]
        assert sheet.rows[3][1:] == [None, "Dewi Kusuma", words, 0, 5]
        assert sheet.rows[4][2] == ("Ponsel 1" if lang == "id" else "Phone 1")


def test_someone_checked_in_by_mistake_and_taken_off_is_not_listed(quiz_day) -> None:
    db, session = quiz_day
    from storage.attendance import AttendanceRepository

    [dewi] = _check_in(db, session, "Dewi Kusuma")
    for day in session.days:
        AttendanceRepository(db).set_present(dewi, day.id, False)
    names = {s.name for s in load_report_data(db, session.id).room.quiz_scores}
    assert "Dewi Kusuma" not in names


def test_ties_share_a_rank_and_phones_have_none(quiz_day) -> None:
    db, session = quiz_day
    scores = load_report_data(db, session.id).room.quiz_scores
    assert [(s.rank, s.name or f"phone {s.phone}", s.correct) for s in scores] == [
        (1, "Dra. Ani Wulandari", 4),
        (1, "Budi Santoso", 4),
        (3, "Citra Lestari", 2),
        (0, "phone 1", 5),
    ]


def test_the_spreadsheet_lists_every_score(quiz_day) -> None:
    db, session = quiz_day
    data = load_report_data(db, session.id)
    [sheet] = [t for t in sheet_tables(data, "id", redacted=False) if t.key == "room_quiz_scores"]
    assert sheet.headers[:3] == ["Kegiatan", "Peringkat", "Peserta"]
    assert [row[1:] for row in sheet.rows] == [
        [1, "Dra. Ani Wulandari", 4, 5, 5],
        [1, "Budi Santoso", 4, 5, 5],
        [3, "Citra Lestari", 2, 5, 5],
        [None, "Ponsel 1", 5, 5, 5],
    ]
    assert {row[0] for row in sheet.rows} == {"Pleno: Perilaku Kunci Setiap Tempat Tugas"}
    [english] = [t for t in sheet_tables(data, "en", redacted=False) if t.key == "room_quiz_scores"]
    assert english.title == "Quiz scores" and english.rows[3][2] == "Phone 1"


@pytest.mark.attack("redaction leaks")
def test_a_redacted_report_keeps_no_link_between_a_score_and_a_name(quiz_day) -> None:
    db, session = quiz_day
    data = load_report_data(db, session.id)
    cleared = redact(data).room
    assert [(s.rank, s.name, s.person, s.participant_id) for s in cleared.quiz_scores] == [
        (1, "", 1, ""),
        (1, "", 2, ""),
        (3, "", 3, ""),
        (0, "", 0, ""),
    ]
    assert all(a.name == "" for a in cleared.answers)
    tables = {t.key: t for t in sheet_tables(data, "id", redacted=True)}
    cells = {
        str(value)
        for key in ("room_quiz_scores", "room_answers")
        for row in tables[key].rows
        for value in row
    }
    assert not {name for name in PEOPLE} & cells
    assert {"Peserta 1", "Peserta 2", "Peserta 3", "Ponsel 1"} <= cells


@pytest.mark.attack("redaction leaks")
def test_a_redacted_pdf_has_no_name_in_its_quiz_scores(quiz_day) -> None:
    text = _pdf_text(*quiz_day, "id", redacted=True)
    table = text[text.index("Skor kuis: Pleno") :][:300]
    assert "Peserta 1" in table and not any(name in table for name in PEOPLE)


@pytest.mark.attack("spreadsheet injection")
def test_a_name_typed_like_a_formula_stays_text_in_the_score_sheet(quiz_day, tmp_path) -> None:
    db, session = quiz_day
    tricky = '=HYPERLINK("http://contoh.id","klik")'
    with db.conn:
        db.execute("UPDATE participants SET name=? WHERE name=?", [tricky, "Citra Lestari"])
    data = load_report_data(db, session.id)
    [sheet] = [t for t in sheet_tables(data, "id", redacted=False) if t.key == "room_quiz_scores"]
    write_xlsx([sheet], tmp_path / "skor.xlsx")
    cells = load_workbook(tmp_path / "skor.xlsx")["Skor kuis"]
    [cell] = [row[2] for row in cells.iter_rows(min_row=2) if row[2].value == tricky]
    assert cell.data_type == "s" and cell.quotePrefix
