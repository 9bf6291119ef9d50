"""Quiz questions from a sheet: headers in either language, letters for the correct options,
and a clear problem for each bad line while the good ones still import."""

from __future__ import annotations

import pytest

from facilitation.room.questions import QuestionKind
from facilitation.room.sheet_import import parse_question_rows


def _parse(*rows: list[object]) -> list:
    return parse_question_rows(list(enumerate(rows, start=1)), "s", "a")


def test_an_indonesian_sheet_with_a_header_imports() -> None:
    lines = _parse(
        ["Pertanyaan", "Pilihan A", "Pilihan B", "Pilihan C", "Kunci", "Jenis"],
        ["Apa itu KKN?", "Korupsi, kolusi, nepotisme", "Kuliah kerja nyata", None, "a", "pre-test"],
        ["Nilai dasar ASN?", "BerAKHLAK", "Panca Prasetya", "Sapta Marga", "A, C", ""],
        [None, None],
    )
    assert [line.problem for line in lines] == ["", ""]
    first, second = (line.question for line in lines)
    assert (first.kind, first.correct, first.options[1]) == (
        QuestionKind.PRE_TEST,
        [0],
        "Kuliah kerja nyata",
    )
    assert (second.kind, second.correct, second.multiple) == (QuestionKind.QUIZ, [0, 2], True)


def test_a_sheet_without_a_header_is_read_by_position() -> None:
    [line] = _parse(["2 + 2?", 3, 4.0, "", "", "", "", "B", "post"])
    assert (line.question.options, line.question.correct) == (["3", "4"], [1])
    assert line.question.kind is QuestionKind.POST_TEST


@pytest.mark.attack("room")
@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (["", "A", "B", "", "", "", "", "A"], "sheet_line_no_question"),
        (["Tanya?", "Satu", "", "", "", "", "", "A"], "sheet_line_few_options"),
        (["Tanya?", "Satu", "Dua", "", "", "", "", ""], "sheet_line_no_correct"),
        (["Tanya?", "Satu", "Dua", "", "", "", "", "D"], "sheet_line_correct_unknown"),
        (["Tanya?", "Satu", "Dua", "", "", "", "", "A", "ujian akhir"], "sheet_line_kind_unknown"),
        (["x" * 5000, "Satu", "Dua", "", "", "", "", "A"], "sheet_line_too_long"),
        (
            ['=HYPERLINK("http://x")\x00', "\x07", "Dua", "", "", "", "", "A"],
            "sheet_line_few_options",
        ),
    ],
)
def test_each_bad_line_says_what_is_wrong_and_the_rest_imports(row, problem) -> None:
    good = ["Siap?", "Ya", "Tidak", "", "", "", "", "A"]
    lines = _parse(good, row, good)
    assert [line.problem for line in lines] == ["", problem, ""]
