"""Per-person quiz scores: people with a personal code ranked by right answers, ties sharing a
rank and listed by name, phones without a code counted but never named, and the wall's short
names (first name and initial, never a number)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.room.leaderboard import (
    anonymous_phones,
    quiz_questions,
    standings,
    wall_name,
    wall_names,
)
from facilitation.room.questions import Question, QuestionKind
from facilitation.room.records import Answer

NAMES = {"p-budi": "Budi Santoso", "p-ani": "Dra. Ani Wulandari", "p-citra": "Citra Lestari"}


def _quiz(count: int = 3, activity: str = "a1") -> list[Question]:
    return [
        Question("s1", activity, QuestionKind.QUIZ, f"Soal {n}", ["A", "B", "C"], [1])
        for n in range(count)
    ]


def _answer(
    question: Question, device: str, choice: int, person: str | None, at: str = "08:00:00"
) -> Answer:
    return Answer("s1", question.id, device, f"answer-{device}-{question.id}", [choice],
                  f"2026-03-02T{at}Z", person)  # fmt: skip


def _answers(quiz: list[Question], who: dict[str, list[int]]) -> list[Answer]:
    """who: participant id (or "phone:<token>") -> the option chosen per question."""
    made = []
    for key, choices in who.items():
        person = None if key.startswith("phone:") else key
        device = key.removeprefix("phone:") + "-device"
        made += [_answer(q, device, c, person) for q, c in zip(quiz, choices, strict=False)]
    return made


def test_people_are_ranked_by_right_answers() -> None:
    quiz = _quiz()
    answers = _answers(quiz, {"p-budi": [1, 1, 0], "p-ani": [1, 1, 1], "p-citra": [0, 0, 0]})
    ranked = standings(quiz, answers, NAMES)
    assert [(s.rank, s.name, s.correct, s.out_of) for s in ranked] == [
        (1, "Dra. Ani Wulandari", 3, 3),
        (2, "Budi Santoso", 2, 3),
        (3, "Citra Lestari", 0, 3),
    ]


def test_a_tie_shares_the_rank_and_is_listed_by_name_without_titles() -> None:
    quiz = _quiz()
    answers = _answers(quiz, {"p-citra": [1, 1, 0], "p-budi": [1, 0, 1], "p-ani": [0, 1, 1]})
    ranked = standings(quiz, answers, NAMES)
    # "Dra. Ani" sorts with the As: nobody types the title to find her.
    assert [(s.rank, s.name) for s in ranked] == [
        (1, "Dra. Ani Wulandari"),
        (1, "Budi Santoso"),
        (1, "Citra Lestari"),
    ]
    # Citra changes her answer a minute later (received later: the ids' order is random)
    answers += [_answer(quiz[2], "citra-device", 1, "p-citra", at="08:01:00")]
    from storage.room.store import current

    ranked = standings(quiz, current(answers), NAMES)
    assert [(s.rank, s.name) for s in ranked][:2] == [
        (1, "Citra Lestari"),
        (2, "Dra. Ani Wulandari"),
    ]
    assert ranked[2].rank == 2


@pytest.mark.attack("room")
def test_phones_without_a_code_are_counted_but_not_ranked() -> None:
    quiz = _quiz()
    answers = _answers(quiz, {"p-budi": [1, 0, 0], "phone:anon1": [1, 1, 1], "phone:anon2": [0]})
    ranked = standings(quiz, answers, NAMES)
    assert [s.name for s in ranked] == ["Budi Santoso"]  # the perfect phone is nobody's
    assert anonymous_phones(quiz, answers) == 2


@pytest.mark.attack("room")
def test_someone_taken_off_the_list_leaves_the_ranking() -> None:
    quiz = _quiz()
    answers = _answers(quiz, {"p-budi": [1, 1, 1], "p-gone": [1, 1, 1]})
    assert [s.participant_id for s in standings(quiz, answers, NAMES)] == ["p-budi"]
    assert anonymous_phones(quiz, answers) == 0  # linked, so not an anonymous phone either


def test_one_quiz_is_one_activitys_quiz_questions() -> None:
    first, other = _quiz(2, "a1"), _quiz(1, "a2")
    poll = Question("s1", "a1", QuestionKind.POLL_SINGLE, "Warna?", ["A", "B"])
    pre = Question("s1", "a1", QuestionKind.PRE_TEST, "Pre?", ["A", "B"], [0])
    trashed = _quiz(1, "a1")[0]
    trashed.deleted_at = "2026-03-02T09:00:00Z"
    everything = [*first, *other, poll, pre, trashed]
    assert quiz_questions(everything, "a1") == first
    answers = _answers(everything, {"p-budi": [1, 1, 1, 0, 0, 1]})
    [budi] = standings(quiz_questions(everything, "a1"), answers, NAMES)
    assert (budi.correct, budi.answered, budi.out_of) == (2, 2, 2)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Budi Santoso", "Budi S."),
        ("Dr. H. Ahmad Saputra, S.E., M.Si.", "Ahmad S."),
        ("Sukarno", "Sukarno"),
        ("siti nur aisyah", "siti A."),
    ],
)
def test_the_wall_shows_the_first_name_and_an_initial(name: str, shown: str) -> None:
    assert wall_name(name) == shown


@pytest.mark.attack("redaction leaks")
@pytest.mark.parametrize(
    "name",
    ["Budi 198806122015031002", "198806122015031002 Budi", "Budi, 0812-7777-6666", "Budi b@x.id"],
)
def test_a_nip_or_phone_typed_into_a_name_never_reaches_the_wall(name: str) -> None:
    assert wall_name(name) == "Budi"


@pytest.mark.attack("room")
def test_a_name_of_digits_and_marks_only_is_a_question_mark() -> None:
    assert wall_name("198806122015031002") == "?"
    assert wall_name("  ") == "?"


def test_two_people_who_would_look_alike_are_told_apart() -> None:
    quiz = _quiz(1)
    names = {"p1": "Budi Santoso", "p2": "Budi Setiawan", "p3": "Ani Wulandari"}
    answers = _answers(quiz, {"p1": [1], "p2": [1], "p3": [1]})
    shown = wall_names(standings(quiz, answers, names))
    assert shown == {"p1": "Budi Santoso", "p2": "Budi Setiawan", "p3": "Ani W."}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 2), min_size=0, max_size=4), min_size=1, max_size=8))
def test_ranks_follow_the_scores_whatever_was_answered(choices: list[list[int]]) -> None:
    quiz = _quiz(4)
    people = {f"p{n}": f"Peserta {chr(ord('A') + n)} Nama" for n in range(len(choices))}
    answers = _answers(quiz, {f"p{n}": c for n, c in enumerate(choices)})
    ranked = standings(quiz, answers, people)
    assert len(ranked) == sum(1 for c in choices if c)
    for before, after in zip(ranked, ranked[1:], strict=False):
        assert before.correct >= after.correct
        assert (before.rank == after.rank) == (before.correct == after.correct)
        assert after.rank <= ranked.index(after) + 1
    assert all(s.rank == 1 for s in ranked if s.correct == ranked[0].correct)
