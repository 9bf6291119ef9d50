"""Of two people with as many right answers, the quicker ranks first: each question's
openings are kept in its settings, an answer took the time from the latest opening before it.
Without known openings (an older store or bundle) ties stay by name, sharing their rank."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.room.leaderboard import standings
from facilitation.room.questions import Question, QuestionKind
from facilitation.room.records import Answer
from facilitation.room.timing import (
    MAX_OPENINGS,
    OPENED,
    answering_times,
    opened_again,
    openings,
    seconds_to_answer,
)

NAMES = {"p-budi": "Budi Santoso", "p-ani": "Dra. Ani Wulandari", "p-citra": "Citra Lestari"}


def _stamp(minute: int, second: int = 0) -> str:
    return f"2026-03-02T01:{minute:02}:{second:02}.000000+00:00"


def _quiz(count: int = 2, opened: list[str] | None = None) -> list[Question]:
    questions = []
    for n in range(count):
        question = Question("s1", "a1", QuestionKind.QUIZ, f"Soal {n}", ["A", "B", "C"], [1])
        if opened is not None:
            question.settings = {OPENED: opened}
        questions.append(question)
    return questions


def _answer(question: Question, person: str, choice: int, at: str) -> Answer:
    return Answer("s1", question.id, f"{person}-device", f"{person}-{question.id}", [choice],
                  at, person)  # fmt: skip


def test_the_quicker_of_two_with_as_many_right_answers_ranks_first() -> None:
    quiz = _quiz(opened=[_stamp(0)])
    answers = [  # Budi and Ani both right twice; Ani took 10 + 20 s, Budi 15 + 25 s
        _answer(quiz[0], "p-ani", 1, _stamp(0, 10)),
        _answer(quiz[1], "p-ani", 1, _stamp(0, 20)),
        _answer(quiz[0], "p-budi", 1, _stamp(0, 15)),
        _answer(quiz[1], "p-budi", 1, _stamp(0, 25)),
        _answer(quiz[0], "p-citra", 0, _stamp(0, 1)),  # quickest, but wrong
    ]
    ranked = standings(quiz, answers, NAMES)
    assert [(s.rank, s.name, s.correct, s.seconds) for s in ranked] == [
        (1, "Dra. Ani Wulandari", 2, 30.0),
        (2, "Budi Santoso", 2, 40.0),
        (3, "Citra Lestari", 0, 1.0),
    ]


def test_as_quick_and_as_right_share_the_rank_listed_by_name() -> None:
    quiz = _quiz(1, opened=[_stamp(0)])
    answers = [_answer(quiz[0], p, 1, _stamp(0, 12)) for p in ("p-budi", "p-ani")]
    ranked = standings(quiz, answers, NAMES)
    assert [(s.rank, s.name) for s in ranked] == [(1, "Dra. Ani Wulandari"), (1, "Budi Santoso")]


def test_without_known_openings_ties_stay_by_name() -> None:
    quiz = _quiz(1)  # opened by an older version: no openings in the settings
    answers = [
        _answer(quiz[0], "p-budi", 1, _stamp(0, 5)),
        _answer(quiz[0], "p-ani", 1, _stamp(9, 0)),
    ]
    ranked = standings(quiz, answers, NAMES)
    assert [(s.rank, s.name, s.seconds) for s in ranked] == [
        (1, "Dra. Ani Wulandari", None),
        (1, "Budi Santoso", None),
    ]


def test_a_question_opened_again_counts_from_its_latest_opening() -> None:
    opened = openings(_quiz(1, opened=[_stamp(30), _stamp(0)])[0])
    assert seconds_to_answer(opened, _stamp(0, 40)) == 40.0  # during the first opening
    assert seconds_to_answer(opened, _stamp(30, 5)) == 5.0  # after the second
    assert seconds_to_answer(opened, "2026-03-02T00:59:00+00:00") is None  # before any


def test_only_the_last_openings_are_kept() -> None:
    settings_ = {"needs_code": True}
    for minute in range(MAX_OPENINGS + 3):
        settings_ = opened_again(settings_, _stamp(minute))
    assert settings_["needs_code"] is True
    assert settings_[OPENED] == [_stamp(m) for m in range(3, MAX_OPENINGS + 3)]


@pytest.mark.attack("room")
@pytest.mark.parametrize(
    "opened",
    [
        "2026-03-02T01:00:00Z",  # not a list
        [5, None, {"a": 1}, "kemarin", "9" * 5000],  # nothing readable
        ["2026-03-02T01:00:00"] * 500,  # far too many: only the first few are read
    ],
    ids=["text", "garbage", "flood"],
)
def test_openings_a_bundle_garbled_are_read_or_ignored(opened: object) -> None:
    quiz = _quiz(1)
    quiz[0].settings = {OPENED: opened}
    answers = [_answer(quiz[0], p, 1, _stamp(0, 12)) for p in ("p-budi", "p-ani")]
    ranked = standings(quiz, answers, NAMES)
    assert [s.name for s in ranked] == ["Dra. Ani Wulandari", "Budi Santoso"]
    assert len(openings(quiz[0])) <= MAX_OPENINGS


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1), st.integers(0, 59)), min_size=1, max_size=8))
def test_ranks_follow_right_answers_then_time(picks: list[tuple[int, int]]) -> None:
    quiz = _quiz(1, opened=[_stamp(0)])
    names = {f"p{n}": f"Peserta {n:02}" for n in range(len(picks))}
    answers = [
        _answer(quiz[0], f"p{n}", choice, _stamp(1, second))
        for n, (choice, second) in enumerate(picks)
    ]
    ranked = standings(quiz, answers, names)
    times = answering_times(quiz, answers)
    for before, after in zip(ranked, ranked[1:], strict=False):
        assert (-before.correct, before.seconds) <= (-after.correct, after.seconds)
        same = (before.correct, before.seconds) == (after.correct, after.seconds)
        assert (before.rank == after.rank) == same
    assert all(s.seconds == times[s.participant_id] for s in ranked)
