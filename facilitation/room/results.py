"""Results the projector, the Run page and the report show: counts per option, a scale's
average and spread, the word cloud, ranked ideas and collected commitments.

Only current answers count (one per device per question: a replaced answer is not passed in).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean, pstdev

from facilitation.room.questions import Question
from facilitation.room.records import Answer, Moderation, Post
from facilitation.room.words import normalise_word


@dataclass(frozen=True)
class ChoiceResult:
    counts: tuple[int, ...]  # per option
    responses: int  # devices that answered

    def share(self, index: int) -> float:
        return self.counts[index] / self.responses if self.responses else 0.0


@dataclass(frozen=True)
class ScaleResult:
    distribution: tuple[int, ...]  # how many gave 1, 2, ... scale_max
    responses: int
    average: float | None
    spread: float | None  # population standard deviation


@dataclass(frozen=True)
class CloudWord:
    norm: str
    text: str
    count: int
    status: Moderation


def choice_result(question: Question, answers: Iterable[Answer]) -> ChoiceResult:
    counts = [0] * len(question.options)
    responses = 0
    for answer in answers:
        chosen = [i for i in _as_list(answer.value) if 0 <= i < len(counts)]
        if chosen:
            responses += 1
        for index in chosen:
            counts[index] += 1
    return ChoiceResult(tuple(counts), responses)


def scale_result(question: Question, answers: Iterable[Answer]) -> ScaleResult:
    return scale_of([a.value for a in answers if isinstance(a.value, int)], question.scale_max)


def scale_of(values: Sequence[int], top: int) -> ScaleResult:
    kept = [v for v in values if 1 <= v <= top]
    distribution = tuple(kept.count(score) for score in range(1, top + 1))
    if not kept:
        return ScaleResult(distribution, 0, None, None)
    return ScaleResult(distribution, len(kept), fmean(kept), pstdev(kept))


def reaction_results(question: Question, answers: Iterable[Answer]) -> list[ScaleResult]:
    """One 1-5 scale per rated line (activity or facilitator)."""
    per_line: list[list[int]] = [[] for _ in question.options]
    for answer in answers:
        for index, score in enumerate(_as_list(answer.value)[: len(per_line)]):
            if isinstance(score, int):
                per_line[index].append(score)
    return [scale_of(scores, 5) for scores in per_line]


def word_counts(answers: Iterable[Answer]) -> Counter[str]:
    """How many devices wrote each normalised word (a device counts once per word)."""
    counts: Counter[str] = Counter()
    for answer in answers:
        norms = {normalise_word(w) for w in _as_list(answer.value) if isinstance(w, str)}
        counts.update(n for n in norms if n)
    return counts


def word_cloud(
    answers: Iterable[Answer], posts: Iterable[Post], shown_only: bool = True
) -> list[CloudWord]:
    """The cloud's words, most frequent first; a word shows once moderated as shown (a word
    not yet in the moderation queue is pending)."""
    counts = word_counts(answers)
    by_norm = {post.norm: post for post in posts}
    words = []
    for norm, count in counts.items():
        post = by_norm.get(norm)
        status = post.status if post else Moderation.PENDING
        if shown_only and status is not Moderation.SHOWN:
            continue
        words.append(CloudWord(norm, post.text if post else norm, count, status))
    return sorted(words, key=lambda w: (-w.count, w.norm))


def ranked_ideas(posts: Iterable[Post], shown_only: bool = True) -> list[Post]:
    """Ideas and questions, most upvoted first, then oldest first."""
    kept = [p for p in posts if not shown_only or p.status is Moderation.SHOWN]
    return sorted(kept, key=lambda p: (-p.upvotes, p.created_at, p.id))


def commitments(answers: Iterable[Answer]) -> list[str]:
    return [a.value for a in sorted(answers, key=_received) if isinstance(a.value, str)]


def _received(answer: Answer) -> str:
    return answer.received_at


def _as_list(value: object) -> list:
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []
