"""Evaluation entered from paper: the reaction questionnaire and the pre/post test.

Reaction sheets score each activity and each facilitator on a Likert scale of 1-5; the
note-taker enters, per item, how many sheets gave each score. Pre/post tests give each
participant a score before and after; the gain and the normalised gain (Hake's g: the share
of the possible improvement that was achieved) show what the training changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from statistics import fmean

from facilitation.notes import check_text
from facilitation.session import ValidationError, new_id

LIKERT_SCORES = (1, 2, 3, 4, 5)
SOURCE_PHONES = "phones"  # a record row made from phones in the room (facilitation/room)
SOURCES = ("", SOURCE_PHONES)
MAX_RESPONSES = 100_000
DEFAULT_MAX_SCORE = 100.0


class ReactionTarget(StrEnum):
    ACTIVITY = "activity"
    FACILITATOR = "facilitator"


@dataclass
class ReactionTally:
    """How many reaction sheets gave each score (1..5) to one activity or facilitator."""

    session_id: str
    target_kind: ReactionTarget
    target_key: str  # the activity's id, or the facilitator's name
    target_label: str
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])
    source: str = ""  # "" typed in from paper; SOURCE_PHONES: counted from phones' answers
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.target_kind = ReactionTarget(self.target_kind)

    @property
    def responses(self) -> int:
        return sum(self.counts)

    @property
    def average(self) -> float | None:
        return likert_average(self.counts)


@dataclass
class TestScore:
    """One participant's pre-test and post-test, as marked on paper."""

    __test__ = False  # not a pytest test class, despite the name

    session_id: str
    participant_name: str
    pre: float | None = None
    post: float | None = None
    max_score: float = DEFAULT_MAX_SCORE
    participant_id: str | None = None
    position: int = 0
    source: str = ""  # "" marked on paper; SOURCE_PHONES: scored from phones' answers
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def gain(self) -> float | None:
        return gain(self.pre, self.post)

    @property
    def normalised_gain(self) -> float | None:
        return normalised_gain(self.pre, self.post, self.max_score)


@dataclass(frozen=True)
class TestSummary:
    __test__ = False

    participants: int
    paired: int  # with both a pre and a post score
    mean_pre: float | None
    mean_post: float | None
    mean_gain: float | None
    mean_normalised_gain: float | None
    class_normalised_gain: float | None


def likert_average(counts: Sequence[int]) -> float | None:
    """The mean score of the sheets counted; None when no sheet was counted."""
    if len(counts) != len(LIKERT_SCORES):
        raise ValueError("one count per Likert score expected")
    total = sum(counts)
    if not total:
        return None
    return sum(score * count for score, count in zip(LIKERT_SCORES, counts, strict=True)) / total


def gain(pre: float | None, post: float | None) -> float | None:
    if pre is None or post is None:
        return None
    return post - pre


def normalised_gain(pre: float | None, post: float | None, max_score: float) -> float | None:
    """(post - pre) / (max - pre); undefined when either is missing or pre is already max."""
    if pre is None or post is None or pre >= max_score:
        return None
    return (post - pre) / (max_score - pre)


def summarise(scores: Sequence[TestScore]) -> TestSummary:
    pres = [s.pre for s in scores if s.pre is not None]
    posts = [s.post for s in scores if s.post is not None]
    paired = [s for s in scores if s.pre is not None and s.post is not None]
    gains = [s.gain for s in paired]
    normalised = [g for g in (s.normalised_gain for s in paired) if g is not None]
    class_g = None
    if paired:
        mean_pre = fmean(s.pre for s in paired)
        mean_post = fmean(s.post for s in paired)
        max_score = fmean(s.max_score for s in paired)
        class_g = normalised_gain(mean_pre, mean_post, max_score)
    return TestSummary(
        participants=len(scores),
        paired=len(paired),
        mean_pre=fmean(pres) if pres else None,
        mean_post=fmean(posts) if posts else None,
        mean_gain=fmean(gains) if gains else None,
        mean_normalised_gain=fmean(normalised) if normalised else None,
        class_normalised_gain=class_g,
    )


def validate_tally(tally: ReactionTally) -> None:
    check_text(tally.target_label)
    if len(tally.counts) != len(LIKERT_SCORES):
        raise ValidationError("likert_counts_invalid")
    for count in tally.counts:
        if not isinstance(count, int) or not 0 <= count <= MAX_RESPONSES:
            raise ValidationError("count_out_of_range", limit=MAX_RESPONSES)


def validate_test_score(score: TestScore) -> None:
    check_text(score.participant_name)
    if not score.participant_name.strip():
        raise ValidationError("participant_name_empty")
    if not 0 < score.max_score <= 10_000:
        raise ValidationError("max_score_invalid")
    for value in (score.pre, score.post):
        if value is not None and not 0 <= value <= score.max_score:
            raise ValidationError("score_out_of_range", limit=score.max_score)


def parse_score(text: str) -> float | None:
    """A score as written on paper: '85', '72,5' or '72.5'; empty means not taken."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValidationError("score_invalid", text=text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError("score_invalid", text=text)
    return value
