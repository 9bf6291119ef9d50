"""Gathering a session's report data from whatever the store holds.

Each section has one small reader that uses its area's repository. A reader runs only when the
tables it needs exist (stores of this version always have them; the check keeps the report
working on a store where an area has not landed yet). A new area adds one reader and one
line in SECTION_READERS.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from facilitation.agenda import plan_day
from facilitation.documents.report.data import (
    AgendaLine,
    AttendanceSummary,
    CommitmentLine,
    EvaluationSummary,
    GroupLine,
    InstitutionCount,
    NoteLine,
    PersonLine,
    ReactionLine,
    ReportDay,
    ScoreLine,
    SessionReportData,
    VoteLine,
    WorkPlanLine,
)
from facilitation.session import Session
from storage.jp_report import read_jp
from storage.report_methods import read_case_classes, read_games, read_role_plays
from storage.room.report import read_room
from storage.sessions import SessionRepository

log = logging.getLogger(__name__)


def _planned_days(session: Session) -> list[ReportDay]:
    days = []
    for day in session.days:
        plan = plan_day(day)
        lines = tuple(
            AgendaLine(
                activity_id=item.activity.id,
                title=item.activity.title,
                kind=str(item.activity.kind),
                planned_start=item.start,
                planned_end=item.end,
                planned_minutes=item.activity.planned_minutes,
            )
            for item in plan.items
        )
        days.append(ReportDay(day.date, day.start, day.end, lines))
    return days


def _with_actuals(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from dataclasses import replace

    from facilitation.run_log import ActivityOutcome, actual_timings
    from storage.run_state import RunRepository

    timings = actual_timings(RunRepository(db).events(data.session.id))
    if not timings:
        return
    days = []
    for day in data.days:
        lines = []
        for line in day.lines:
            timing = timings.get(line.activity_id)
            if timing is None:
                lines.append(replace(line, outcome=str(ActivityOutcome.NOT_STARTED)))
                continue
            wall = timing.wall_seconds
            minutes = round(wall / 60) if wall is not None else None
            if minutes is None and timing.outcome == ActivityOutcome.SKIPPED:
                minutes = 0
            lines.append(
                replace(
                    line,
                    outcome=str(timing.outcome),
                    actual_start=timing.started,
                    actual_end=timing.ended,
                    actual_minutes=minutes,
                )
            )
        days.append(replace(day, lines=tuple(lines)))
    data.days = days


def _attendance(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from storage.attendance import AttendanceRepository
    from storage.participants import ParticipantRepository

    participants = ParticipantRepository(db).list(data.session.id)
    if not participants:
        return
    attendance = AttendanceRepository(db)
    days_present: dict[str, int] = {}
    for day in data.session.days:
        for participant_id in attendance.present_ids(day.id):
            days_present[participant_id] = days_present.get(participant_id, 0) + 1
    taken = bool(days_present)
    people = tuple(
        PersonLine(
            number=p.number or index,
            name=p.name,
            nip=p.nip,
            position=p.position,
            institution=p.institution,
            gender=str(p.gender),
            phone=p.phone,
            email=p.email,
            present_days=days_present.get(p.id, 0) if taken else None,
        )
        for index, p in enumerate(participants, start=1)
    )
    counts: dict[str, list[int]] = {}
    for person in people:
        entry = counts.setdefault(person.institution.strip(), [0, 0])
        entry[0] += 1
        entry[1] += 1 if person.present_days else 0
    by_institution = tuple(
        InstitutionCount(name, registered, present if taken else None)
        for name, (registered, present) in sorted(
            counts.items(), key=lambda item: (-item[1][0], item[0].casefold())
        )
    )
    data.attendance = AttendanceSummary(people, by_institution, taken)


def _groups(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from storage.groups import GroupRepository
    from storage.participants import ParticipantRepository

    names = {p.id: p.name for p in ParticipantRepository(db).list(data.session.id)}
    titles = data.activity_titles
    lines = []
    for formation in GroupRepository(db).history(data.session.id):
        label = titles.get(formation.activity_id, "") if formation.activity_id else ""
        for group in formation.groups:
            members = tuple(names[m] for m in group.member_ids if m in names)
            lines.append(GroupLine(group.name, members, label))
    data.groups = lines


def _notes(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from storage.notes import NoteRepository

    data.notes = [
        NoteLine(
            text=note.text,
            kind=str(note.kind),
            activity_id=note.activity_id,
            group_label=note.group_label,
            speaker=note.speaker,
            tags=tuple(note.tags),
            starred=note.starred,
            created_at=note.created_at,
        )
        for note in NoteRepository(db).for_session(data.session.id)
    ]


def _work_plans(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from storage.workplans import CommitmentRepository, WorkPlanRepository

    data.work_plans = [
        WorkPlanLine(
            action=item.action,
            output=item.output,
            outcome_indicator=item.outcome_indicator,
            target=item.target,
            pic=item.pic,
            deadline=item.deadline,
            institution=item.institution,
            group_label=item.group_label,
            status=str(item.status),
        )
        for item in WorkPlanRepository(db).items(data.session.id)
        if any((item.action, item.output, item.outcome_indicator, item.target, item.pic))
    ]
    data.commitments = [
        CommitmentLine(c.text, c.owner_label)
        for c in CommitmentRepository(db).commitments(data.session.id)
        if c.text.strip()
    ]


def _votes(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from facilitation.tallies import results
    from storage.tallies import TallyRepository

    data.votes = [
        VoteLine(vote.question, tuple((r.label, r.count) for r in results(vote)))
        for vote in TallyRepository(db).votes(data.session.id)
        if vote.options
    ]


def _evaluation(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from storage.evaluation import EvaluationRepository

    repository = EvaluationRepository(db)
    reactions = tuple(
        ReactionLine(str(t.target_kind), t.target_label or t.target_key, tuple(t.counts))
        for t in repository.tallies(data.session.id)
        if t.responses
    )
    scores = tuple(
        ScoreLine(s.participant_name, s.pre, s.post, s.max_score, s.participant_id or "")
        for s in repository.scores(data.session.id)
    )
    summary = EvaluationSummary(reactions, scores)
    data.evaluation = summary if summary else None


@dataclass(frozen=True)
class SectionReader:
    name: str
    tables: tuple[str, ...]
    read: Callable[[sqlite_utils.Database, SessionReportData], None]


SECTION_READERS = (
    SectionReader("actuals", ("run_events",), _with_actuals),
    SectionReader("attendance", ("participants", "attendance"), _attendance),
    SectionReader(
        "groups",
        ("participants", "group_formations", "participant_groups", "group_members"),
        _groups,
    ),
    SectionReader("notes", ("notes",), _notes),
    SectionReader("work_plans", ("work_plan_items", "commitments"), _work_plans),
    SectionReader("votes", ("votes", "vote_options"), _votes),
    SectionReader("evaluation", ("reaction_tallies", "test_scores"), _evaluation),
    SectionReader(
        "role_plays",
        ("role_plays", "role_play_rounds", "role_play_casting", "observer_scores"),
        read_role_plays,
    ),
    SectionReader("case_classes", ("case_assignments", "case_answers"), read_case_classes),
    SectionReader("games", ("game_plays", "game_scores"), read_games),
    SectionReader("jp", ("jp_settings", "activity_jp", "certificate_register"), read_jp),
    SectionReader(
        "room", ("room_questions", "room_answers", "room_posts", "room_upvotes"), read_room
    ),
)


def load_report_data(db: sqlite_utils.Database, session_id: str) -> SessionReportData:
    """Everything the report shows about one session; sections without data stay empty."""
    session = SessionRepository(db).get(session_id)
    data = SessionReportData(session=session, days=_planned_days(session))
    tables = set(db.table_names())
    for reader in SECTION_READERS:
        if not set(reader.tables) <= tables:
            log.info("report: no %s tables in this store, section left out", reader.name)
            continue
        try:
            reader.read(db, data)
        except ImportError:
            log.warning("report: %s repository not available, section left out", reader.name)
        except (ValueError, TypeError, KeyError):
            # A row an older version left impossible: the rest of the report still comes out.
            log.exception("report: %s holds an unreadable row, section left out", reader.name)
    return data
