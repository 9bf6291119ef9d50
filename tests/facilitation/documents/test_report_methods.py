"""Role plays, case answers and game scores in the session report PDF and the spreadsheets."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitation.cases import load_cases
from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.spreadsheets import sheet_tables, write_csv_folder, write_xlsx
from facilitation.library import load_library
from facilitation.method_runs import CastEntry
from facilitation.roleplay import load_scenarios
from storage.case_class import CaseClassRepository
from storage.database import open_store
from storage.games import GameRepository
from storage.report_source import load_report_data
from storage.roleplays import RolePlayRepository
from storage.sample import ensure_sample_session

HOSTILE = "<b>Tim & 1</b> 😀"
PHONE = "0812-3456-7890"


def _activity(session, kind: str) -> str:
    return next(a.id for day in session.days for a in day.activities if a.kind == kind)


@pytest.fixture
def played(data_dir: Path):
    opened = open_store(data_dir, take_backup=False)
    db = opened.db
    session = ensure_sample_session(db, load_library(), "id", date(2022, 3, 23))
    scenario = load_scenarios()[0]
    observer = scenario.observer_roles[0]
    item = observer.checklist[0]
    plays = RolePlayRepository(db)
    run = plays.choose_scenario(
        _activity(session, "role_play"), scenario.key, scenario.title_in("id"), 2, 7
    )
    first, second = scenario.roles[0], scenario.roles[1]
    plays.set_casting(
        run.id,
        1,
        {
            "a": CastEntry("a", "Siti Rahmawati", first.key),
            "b": CastEntry("b", HOSTILE, second.key),
            "c": CastEntry("c", "Citra Dewi", observer.key),
        },
    )
    plays.set_casting(
        run.id,
        2,
        {"a": CastEntry("a", "Siti Rahmawati", second.key), "b": CastEntry("b", HOSTILE, "")},
    )
    plays.set_round_debrief(run.id, 1, f"Petugas menyapa ramah; telp {PHONE}")
    plays.set_debrief(run.id, "Refleksi umum <penting> & jelas")
    plays.set_scores(run.id, 1, "c", "Citra Dewi", observer.key, {item.key: (item.value, 3)})
    cases = CaseClassRepository(db)
    case = load_cases()[0]
    activity = _activity(session, "case_class")
    cases.assign(activity, {"Kelompok 1": (case.key, "K"), HOSTILE: (case.key, "K")})
    one, two = cases.assignments(activity)
    cases.set_answer(one.id, 0, "Jawaban satu & dua")
    cases.set_answer(two.id, 0, "Jawaban <tiga> 🙏")
    cases.set_answer(two.id, 1, "Jawaban kedua")
    games = GameRepository(db)
    play = games.choose_game(_activity(session, "game"), "menara_kertas", "Menara kertas", 2)
    games.set_points(play.id, "Kelompok 1", 1, 40)
    games.set_points(play.id, "Kelompok 1", 2, 15)
    games.set_points(play.id, HOSTILE, 1, 70.5)
    yield load_report_data(db, session.id), scenario, case
    db.close()


def _pdf_text(data, **options) -> str:
    buffer = io.BytesIO()
    write_report(data, ReportOptions(**options), buffer)
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_role_play_cases_and_games_are_in_the_report_in_both_languages(played):
    data, scenario, case = played
    assert [r.number for r in data.role_plays[0].rounds] == [1, 2]
    text = _pdf_text(data, lang="id")
    for expected in (
        "Bermain Peran",
        "Putaran 1 (7 menit)",
        scenario.roles[0].name_in("id"),
        "Siti Rahmawati",
        "<b>Tim & 1</b>",  # pypdf cannot read the emoji back; the rest must be literal
        "Penonton",  # round 2: the second person watches
        "Refleksi umum <penting> & jelas",
        PHONE,
        "Skor pengamat per nilai",
        "Kelas Kasus: Jawaban Kelompok",
        case.questions_in("id")[0][:14],
        "Jawaban <tiga>",
        "Permainan: Perolehan Skor",
        "70,5",
    ):
        assert expected in text, expected
    # Both groups' answers to question 1 sit in its row, side by side, before question 2.
    questions = case.questions_in("id")
    assert (
        text.index(questions[0][:14])
        < text.index("Jawaban satu & dua")
        < text.index("Jawaban <tiga>")
        < text.index(questions[1][:14])
    )
    # The leaderboard: the higher total first.
    board = text[text.index("Permainan: Perolehan Skor") :]
    assert board.index("70,5") < board.index("Kelompok 1") < board.index("55")
    english = _pdf_text(data, lang="en")
    for expected in (
        "Role Plays",
        "Round 2 (7 minutes)",
        scenario.roles[1].name_in("en"),
        "Audience",
        "Case Class: Groups' Answers",
        case.questions_in("en")[0][:14],
        "Games: Scores",
        "70.5",
    ):
        assert expected in english, expected


def test_redaction_scrubs_debrief_notes(played):
    data, _scenario, _case = played
    text = _pdf_text(data, lang="id", redact=True)
    assert PHONE not in text and "Petugas menyapa ramah" in text


def test_spreadsheet_has_casting_answers_side_by_side_and_leaderboard(played, tmp_path):
    data, scenario, case = played
    tables = sheet_tables(data, "en", redacted=False)
    target = tmp_path / "session.xlsx"
    write_xlsx(tables, target)
    workbook = load_workbook(target, read_only=True)
    sheets = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}
    casting = sheets["Casting"]
    assert casting[0][2:] == ("Round", "Minutes", "Role", "Played by")
    assert (1, 7, scenario.roles[0].name_in("en"), "Siti Rahmawati") in [r[2:] for r in casting]
    assert (2, 7, "Audience", HOSTILE) in [r[2:] for r in casting]
    debrief = sheets["Debrief"]
    assert any(r[2] == 1 and PHONE in r[3] for r in debrief[1:])
    assert any(r[3] == "Refleksi umum <penting> & jelas" for r in debrief[1:])
    scores = sheets["Observer scores"]
    assert scores[1][3] == 3 and scores[1][4] == 1
    answers = sheets["Case answers"]
    assert answers[0][4:] == ("Kelompok 1", HOSTILE)
    assert answers[1][2:] == (
        1,
        case.questions_in("en")[0],
        "Jawaban satu & dua",
        "Jawaban <tiga> 🙏",
    )
    assert answers[2][4:] == (None, "Jawaban kedua")
    games = sheets["Games"]
    assert games[0][2:] == ("Rank", "Group", "R1", "R2", "Total")
    assert games[1][2:] == (1, HOSTILE, 70.5, None, 70.5)
    assert games[2][2:] == (2, "Kelompok 1", 40, 15, 55)
    redacted = sheet_tables(data, "en", redacted=True)
    written = write_csv_folder(redacted, tmp_path / "csv")
    debrief_csv = next(p for p in written if p.name == "role_play_debrief.csv")
    assert PHONE not in debrief_csv.read_text("utf-8-sig")
    assert {p.name for p in written} >= {"role_play_casting.csv", "case_answers.csv", "games.csv"}
