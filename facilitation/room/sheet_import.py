"""Quiz and pre/post test questions read from a sheet: one line per question with its
options A..F, the correct letter(s) and its kind. Each bad line gets its own problem (the
rest still import); nothing here reads files (storage/roster_files.py does, guarded).

Columns are found by their header (Indonesian or English: "Pertanyaan"/"Question",
"A".."F" or "Pilihan A"/"Option A", "Jawaban"/"Kunci"/"Correct", "Jenis"/"Kind"); a sheet
without a header line is read as question, A..F, correct, kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from facilitation.room.answers import AnswerError, clean_text
from facilitation.room.questions import (
    MAX_OPTION_LENGTH,
    MAX_PROMPT_LENGTH,
    Question,
    QuestionKind,
    validate_question,
)
from facilitation.session import ValidationError

LETTERS = "ABCDEF"
MAX_SHEET_QUESTIONS = 500
_QUESTION = {"question", "pertanyaan", "soal", "prompt"}
_CORRECT = {"correct", "jawaban", "kunci", "jawaban benar", "kunci jawaban", "answer", "benar"}
_KIND = {"kind", "jenis", "tipe", "type"}
_KINDS = {
    "quiz": QuestionKind.QUIZ,
    "kuis": QuestionKind.QUIZ,
    "pre": QuestionKind.PRE_TEST,
    "pretest": QuestionKind.PRE_TEST,
    "pre test": QuestionKind.PRE_TEST,
    "pre_test": QuestionKind.PRE_TEST,
    "post": QuestionKind.POST_TEST,
    "posttest": QuestionKind.POST_TEST,
    "post test": QuestionKind.POST_TEST,
    "post_test": QuestionKind.POST_TEST,
    "poll": QuestionKind.POLL_SINGLE,
    "jajak pendapat": QuestionKind.POLL_SINGLE,
}


@dataclass(frozen=True)
class SheetLine:
    line: int  # as the spreadsheet numbers it
    question: Question | None
    problem: str = ""  # a key the UI words; "" when the line imports
    detail: str = ""


def _key(cell: object) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", str(cell or "")).casefold().split())


def _columns(header: Sequence[object]) -> dict[str, int] | None:
    """Column of each field from a header line, or None when the line is no header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _key(cell)
        if key in _QUESTION:
            found.setdefault("question", index)
        elif key in _CORRECT:
            found.setdefault("correct", index)
        elif key in _KIND:
            found.setdefault("kind", index)
        else:
            words = key.split()
            if words and len(words[-1]) == 1 and words[-1].upper() in LETTERS and len(words) <= 2:
                found.setdefault(words[-1].upper(), index)
    return found if "question" in found else None


_POSITIONAL = {"question": 0, **{letter: 1 + i for i, letter in enumerate(LETTERS)}}
_POSITIONAL |= {"correct": 7, "kind": 8}


def parse_question_rows(
    rows: Sequence[tuple[int, Sequence[object]]], session_id: str, activity_id: str
) -> list[SheetLine]:
    """Every non-empty line after the header as a question or a problem."""
    columns = _POSITIONAL
    body = list(rows)
    for position, (_number, cells) in enumerate(body[:10]):
        header = _columns(cells)
        if header is not None:
            columns, body = header, body[position + 1 :]
            break
    lines: list[SheetLine] = []
    for line, cells in body:
        if not any(str(c or "").strip() for c in cells):
            continue
        if len(lines) >= MAX_SHEET_QUESTIONS:
            lines.append(
                SheetLine(line, None, "sheet_too_many_questions", str(MAX_SHEET_QUESTIONS))
            )
            break
        lines.append(_line(line, cells, columns, session_id, activity_id))
    return lines


def _cell(cells: Sequence[object], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _line(
    line: int, cells: Sequence[object], columns: dict[str, int], session_id: str, activity_id: str
) -> SheetLine:
    try:
        prompt = clean_text(_cell(cells, columns, "question"), MAX_PROMPT_LENGTH)
    except AnswerError as error:
        key = "sheet_line_no_question" if error.key == "answer_empty" else "sheet_line_too_long"
        return SheetLine(line, None, key)
    options: list[str] = []
    letters: list[str] = []
    for letter in LETTERS:
        text = _cell(cells, columns, letter)
        if not text.strip():
            continue
        try:
            options.append(clean_text(text, MAX_OPTION_LENGTH))
        except AnswerError as error:
            if error.key == "answer_empty":
                continue  # only invisible characters: a blank option
            return SheetLine(line, None, "sheet_line_too_long", letter)
        letters.append(letter)
    kind_text = _key(_cell(cells, columns, "kind"))
    kind = _KINDS.get(kind_text, QuestionKind.QUIZ if not kind_text else None)
    if kind is None:
        return SheetLine(line, None, "sheet_line_kind_unknown", kind_text[:40])
    if len(options) < 2:
        return SheetLine(line, None, "sheet_line_few_options")
    correct_text = _cell(cells, columns, "correct").upper()
    marked = [ch for ch in correct_text if ch.isalnum()]
    if any(ch not in letters for ch in marked):
        return SheetLine(line, None, "sheet_line_correct_unknown", correct_text[:20])
    correct = sorted({letters.index(ch) for ch in marked})
    if kind is QuestionKind.POLL_SINGLE and correct:
        kind = QuestionKind.QUIZ  # a poll with a correct answer is a quiz
    question = Question(session_id, activity_id, kind, prompt, options=options, correct=correct)
    try:
        validate_question(question)
    except ValidationError as error:
        problems = {
            "question_too_few_options": "sheet_line_few_options",
            "question_no_correct_answer": "sheet_line_no_correct",
        }
        return SheetLine(line, None, problems.get(error.key, "sheet_line_invalid"), error.key)
    return SheetLine(line, question)
