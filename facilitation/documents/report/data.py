"""Everything a session report or export shows, gathered once into plain data.

storage/report_source.py fills it from whatever tables the store has; the PDF, XLSX and CSV
writers only read it. A section whose list is empty (or whose value is None) is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from facilitation.documents.report.jp_data import JpSummary, redact_jp
from facilitation.documents.report.method_data import CaseComparison, GameLine, RolePlayLine
from facilitation.documents.report.room_data import RoomSummary
from facilitation.redaction import PersonNumbers, scrub_everywhere
from facilitation.session import Session


@dataclass(frozen=True)
class AgendaLine:
    activity_id: str
    title: str
    kind: str
    planned_start: time
    planned_end: time
    planned_minutes: int
    # From the run's timer log, when the activity was run with the timer.
    outcome: str | None = None  # "done", "skipped", "running", "not_started"
    actual_start: datetime | None = None  # aware
    actual_end: datetime | None = None
    actual_minutes: int | None = None

    @property
    def difference(self) -> int | None:
        if self.actual_minutes is None:
            return None
        return self.actual_minutes - self.planned_minutes


@dataclass(frozen=True)
class ReportDay:
    date: date
    start: time
    end: time
    lines: tuple[AgendaLine, ...]


@dataclass(frozen=True)
class PersonLine:
    number: int
    name: str
    nip: str = ""
    position: str = ""
    institution: str = ""
    gender: str = ""
    phone: str = ""
    email: str = ""
    present_days: int | None = None  # None: attendance was not taken


@dataclass(frozen=True)
class InstitutionCount:
    institution: str
    registered: int
    present: int | None


@dataclass(frozen=True)
class AttendanceSummary:
    people: tuple[PersonLine, ...]
    by_institution: tuple[InstitutionCount, ...]
    taken: bool  # whether anyone was checked in at all

    @property
    def registered(self) -> int:
        return len(self.people)

    @property
    def present(self) -> int | None:
        if not self.taken:
            return None
        return sum(1 for person in self.people if person.present_days)


@dataclass(frozen=True)
class GroupLine:
    name: str
    members: tuple[str, ...]
    formation: str = ""  # which grouping (e.g. the activity it was formed for)


@dataclass(frozen=True)
class NoteLine:
    text: str
    kind: str
    activity_id: str | None
    group_label: str = ""
    speaker: str = ""
    tags: tuple[str, ...] = ()
    starred: bool = False
    created_at: str = ""


@dataclass(frozen=True)
class WorkPlanLine:
    action: str
    output: str = ""
    outcome_indicator: str = ""
    target: str = ""
    pic: str = ""
    deadline: date | None = None
    institution: str = ""
    group_label: str = ""
    status: str = "planned"


@dataclass(frozen=True)
class CommitmentLine:
    text: str
    owner_label: str = ""


@dataclass(frozen=True)
class VoteLine:
    question: str
    options: tuple[tuple[str, int], ...]  # (label, count), most votes first

    @property
    def total(self) -> int:
        return sum(count for _label, count in self.options)


@dataclass(frozen=True)
class ReactionLine:
    target_kind: str
    label: str
    counts: tuple[int, int, int, int, int]

    @property
    def responses(self) -> int:
        return sum(self.counts)

    @property
    def average(self) -> float | None:
        total = self.responses
        if not total:
            return None
        return sum(score * n for score, n in zip(range(1, 6), self.counts, strict=True)) / total


@dataclass(frozen=True)
class ScoreLine:
    name: str  # "" once redacted
    pre: float | None
    post: float | None
    max_score: float
    participant_id: str = ""  # "" for a name typed on the sheet only
    person: int = 0  # the person's number in a redacted report (1, 2, ...)


@dataclass(frozen=True)
class EvaluationSummary:
    reactions: tuple[ReactionLine, ...] = ()
    scores: tuple[ScoreLine, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.reactions or self.scores)


@dataclass
class SessionReportData:
    session: Session
    days: list[ReportDay]
    attendance: AttendanceSummary | None = None
    groups: list[GroupLine] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)
    work_plans: list[WorkPlanLine] = field(default_factory=list)
    commitments: list[CommitmentLine] = field(default_factory=list)
    votes: list[VoteLine] = field(default_factory=list)
    evaluation: EvaluationSummary | None = None
    role_plays: list[RolePlayLine] = field(default_factory=list)
    case_classes: list[CaseComparison] = field(default_factory=list)
    games: list[GameLine] = field(default_factory=list)
    jp: JpSummary | None = None
    room: RoomSummary | None = None  # phones in the room
    redacted: bool = False

    @property
    def has_actuals(self) -> bool:
        return any(line.outcome for day in self.days for line in day.lines)

    @property
    def activity_titles(self) -> dict[str, str]:
        return {line.activity_id: line.title for day in self.days for line in day.lines}

    def notes_by_activity(self) -> list[tuple[str | None, list[tuple[str, list[NoteLine]]]]]:
        """Notes in agenda order, then per group (whole room first), starred first within a
        kind and otherwise in the order they were taken. Notes of activities no longer on the
        agenda come last, with the general notes."""
        order = {line.activity_id: i for i, line in enumerate(_all_lines(self.days))}
        by_activity: dict[str | None, list[NoteLine]] = {}
        for note in self.notes:
            key = note.activity_id if note.activity_id in order else None
            by_activity.setdefault(key, []).append(note)
        result = []
        for key in sorted(by_activity, key=lambda k: order.get(k, len(order))):
            groups: dict[str, list[NoteLine]] = {}
            for note in by_activity[key]:
                groups.setdefault(note.group_label, []).append(note)
            ordered_groups = []
            for label in sorted(groups, key=lambda g: (g != "", g.casefold())):
                notes = sorted(
                    groups[label], key=lambda n: (_kind_rank(n.kind), not n.starred, n.created_at)
                )
                ordered_groups.append((label, notes))
            result.append((key, ordered_groups))
        return result


# Decisions and actions are what an office reads first; quotes and questions last.
KIND_ORDER = (
    "decision",
    "action",
    "commitment",
    "idea",
    "insight",
    "obstacle",
    "question",
    "quote",
)


def _kind_rank(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def _all_lines(days: list[ReportDay]) -> list[AgendaLine]:
    return [line for day in days for line in day.lines]


# -- redaction ------------------------------------------------------------------------------


def redact(data: SessionReportData) -> SessionReportData:
    """A copy without personal data (facilitation/redaction.py has the rule): the NIP, phone
    and e-mail columns emptied, every other text scrubbed, the session's own details too;
    scores (the room's and the paper pre/post tests) by person number, not by name."""
    attendance = data.attendance
    if attendance is not None:
        people = tuple(replace(p, nip="", phone="", email="") for p in attendance.people)
        attendance = replace(attendance, people=people)
    numbers = PersonNumbers()  # one "Peserta N" per person, the room's tables first
    room = data.room.without_people(numbers) if data.room else data.room
    evaluation = data.evaluation
    if evaluation is not None:
        scores = tuple(
            replace(
                s,
                name="",
                participant_id="",
                person=numbers.of(s.participant_id or f"name:{s.name}"),
            )
            for s in evaluation.scores
        )
        evaluation = replace(evaluation, scores=scores)
    cleared = replace(
        data, attendance=attendance, jp=redact_jp(data.jp), room=room, evaluation=evaluation
    )
    return replace(scrub_everywhere(cleared), redacted=True)
