"""Votes counted in the room and entered from paper: show of hands or dot votes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.notes import check_text
from facilitation.session import ValidationError, new_id

MAX_COUNT = 100_000


class VoteMethod(StrEnum):
    SHOW_OF_HANDS = "show_of_hands"
    DOT_VOTE = "dot_vote"


@dataclass
class VoteOption:
    label: str
    count: int = 0
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass
class Vote:
    session_id: str
    question: str
    method: VoteMethod = VoteMethod.SHOW_OF_HANDS
    options: list[VoteOption] = field(default_factory=list)
    activity_id: str | None = None
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.method = VoteMethod(self.method)

    @property
    def total(self) -> int:
        return sum(option.count for option in self.options)


@dataclass(frozen=True)
class OptionResult:
    label: str
    count: int
    share: float  # 0..1 of all hands or dots


def options_from_lines(text: str) -> list[VoteOption]:
    """One option per non-empty line, as the facilitator wrote them on the flipchart."""
    labels = [" ".join(line.split()) for line in text.splitlines()]
    return [VoteOption(label, position=i) for i, label in enumerate(x for x in labels if x)]


def validate_vote(vote: Vote) -> None:
    if not vote.question.strip():
        raise ValidationError("vote_question_empty")
    check_text(vote.question, 2000)
    if not vote.options:
        raise ValidationError("vote_needs_options")
    seen: set[str] = set()
    for option in vote.options:
        check_text(option.label)
        if not option.label.strip():
            raise ValidationError("vote_option_empty")
        if option.label.casefold() in seen:
            raise ValidationError("vote_option_repeated", label=option.label)
        seen.add(option.label.casefold())
        validate_count(option.count)


def validate_count(count: int) -> None:
    if not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
        raise ValidationError("count_out_of_range", limit=MAX_COUNT)


def results(vote: Vote) -> list[OptionResult]:
    """Options by count, most first; ties keep the order they were listed in."""
    total = vote.total
    ranked = sorted(vote.options, key=lambda option: (-option.count, option.position))
    return [
        OptionResult(option.label, option.count, option.count / total if total else 0.0)
        for option in ranked
    ]
