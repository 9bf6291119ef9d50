"""The room's answers as rows of the existing record: pre/post test scores per person, reaction
tallies per activity and facilitator, and commitments, each marked as coming from phones.

Pure: given the questions and current answers, the rows the record should hold. Their ids
are made from what they stand for, so computing them again gives the same rows (the store
only writes what changed), and two laptops make the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from facilitation.evaluation import SOURCE_PHONES, ReactionTally, ReactionTarget, TestScore
from facilitation.room.questions import Question, QuestionKind
from facilitation.room.records import Answer, stored_id
from facilitation.room.results import reaction_results
from facilitation.room.scoring import pre_post
from facilitation.workplans import Commitment, CommitmentOwner

PERCENT = 100.0


def phone_scores(
    session_id: str,
    questions: Iterable[Question],
    answers: Iterable[Answer],
    names: Mapping[str, str],
) -> list[TestScore]:
    """One pre/post row per person who answered with a code, in percent of each test."""
    rows = []
    for person in pre_post(list(questions), list(answers)):
        if person.participant_id not in names:
            continue  # a participant since trashed
        rows.append(
            TestScore(
                session_id=session_id,
                participant_name=names[person.participant_id],
                pre=_percent(person.pre, person.pre_out_of),
                post=_percent(person.post, person.post_out_of),
                max_score=PERCENT,
                participant_id=person.participant_id,
                source=SOURCE_PHONES,
                id=stored_id(session_id, "record", "test", person.participant_id),
            )
        )
    return rows


def _percent(correct: int | None, out_of: int) -> float | None:
    if correct is None or not out_of:
        return None
    return round(PERCENT * correct / out_of, 1)


def phone_tallies(
    session_id: str, questions: Iterable[Question], answers: Iterable[Answer]
) -> list[ReactionTally]:
    """How many phones gave each score to each rated line; lines naming the same activity or
    facilitator (in several questions) are counted together."""
    by_question: dict[str, list[Answer]] = {}
    for answer in answers:
        by_question.setdefault(answer.question_id, []).append(answer)
    tallies: dict[tuple[str, str], ReactionTally] = {}
    for question in questions:
        if question.kind is not QuestionKind.REACTION:
            continue
        lines = reaction_results(question, by_question.get(question.id, []))
        for index, (label, result) in enumerate(zip(question.options, lines, strict=True)):
            if index < len(question.targets) and question.targets[index].key:
                target = question.targets[index]
                kind, key = ReactionTarget(target.kind), target.key
            else:  # a line of its own: shown after the agenda's rows, under its label
                kind, key = ReactionTarget.ACTIVITY, f"{question.id}/{index}"
            tally = tallies.get((kind, key))
            if tally is None:
                tally = tallies[(kind, key)] = ReactionTally(
                    session_id,
                    kind,
                    key,
                    label,
                    source=SOURCE_PHONES,
                    id=stored_id(session_id, "record", "reaction", str(kind), key),
                )
            tally.counts = [a + b for a, b in zip(tally.counts, result.distribution, strict=True)]
    return [t for t in tallies.values() if t.responses]


def phone_commitments(
    session_id: str,
    questions: Iterable[Question],
    answers: Iterable[Answer],
    names: Mapping[str, str],
) -> list[Commitment]:
    """Each phone's (or, with a code, each person's) commitment, in the order received."""
    asked = {q.id for q in questions if q.kind is QuestionKind.COMMITMENT}
    rows = []
    for answer in sorted(answers, key=lambda a: (a.received_at, a.id)):
        if answer.question_id not in asked or not isinstance(answer.value, str):
            continue
        who = answer.participant_id if answer.participant_id in names else None
        rows.append(
            Commitment(
                session_id=session_id,
                text=answer.value,
                owner_kind=CommitmentOwner.PARTICIPANT,
                owner_label=names[who] if who else "",
                owner_id=who,
                source=SOURCE_PHONES,
                id=stored_id(
                    session_id,
                    "record",
                    "commitment",
                    answer.question_id,
                    who or answer.device_token,
                ),
            )
        )
    return rows
