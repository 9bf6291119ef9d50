"""Mapping between table rows and domain objects."""

from __future__ import annotations

import json
from datetime import date, time

from facilitation.activity import Activity
from facilitation.session import ReportLanguage, Session, SessionDay
from storage.tolerant import choice, texts


def activity_from_row(row: dict) -> Activity:
    return Activity(
        id=row["id"],
        title=row["title"],
        kind=row["kind"],
        planned_minutes=row["planned_minutes"],
        instructions=row["instructions"],
        guiding_questions=json.loads(row["guiding_questions"]),
        materials=row["materials"],
        grouping=row["grouping"],
        method_key=row["method_key"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def activity_to_row(activity: Activity) -> dict:
    return {
        "id": activity.id,
        "title": activity.title,
        "kind": str(activity.kind),
        "planned_minutes": activity.planned_minutes,
        "instructions": activity.instructions,
        "guiding_questions": json.dumps(activity.guiding_questions, ensure_ascii=False),
        "materials": activity.materials,
        "grouping": str(activity.grouping),
        "method_key": activity.method_key,
    }


def day_from_row(row: dict, activities: list[Activity]) -> SessionDay:
    return SessionDay(
        id=row["id"],
        date=date.fromisoformat(row["day_date"]),
        start=time.fromisoformat(row["start_time"]),
        end=time.fromisoformat(row["end_time"]),
        activities=activities,
    )


def day_to_row(day: SessionDay) -> dict:
    return {
        "id": day.id,
        "day_date": day.date.isoformat(),
        "start_time": day.start.strftime("%H:%M"),
        "end_time": day.end.strftime("%H:%M"),
    }


def session_from_row(row: dict, days: list[SessionDay]) -> Session:
    return Session(
        id=row["id"],
        title=row["title"],
        organiser=row["organiser"],
        venue=row["venue"],
        days=days,
        facilitators=texts(row["facilitators"], "sessions.facilitators"),
        objectives=texts(row["objectives"], "sessions.objectives"),
        report_language=choice(
            ReportLanguage,
            row["report_language"],
            ReportLanguage.INDONESIAN,
            "sessions.report_language",
        ),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def session_to_row(session: Session) -> dict:
    return {
        "id": session.id,
        "title": session.title,
        "organiser": session.organiser,
        "venue": session.venue,
        "facilitators": json.dumps(session.facilitators, ensure_ascii=False),
        "objectives": json.dumps(session.objectives, ensure_ascii=False),
        "report_language": str(session.report_language),
    }


def changed_values(after: dict, before: dict | None) -> dict:
    """The columns an edit changed: what differs between the row the UI read (before) and the
    row it saves (after). Only those are written, so a column someone else changed meanwhile
    (another note-taker's merge, a command-line import) keeps its newer value. Without a
    before, every column is written."""
    if before is None:
        return dict(after)
    return {name: value for name, value in after.items() if before.get(name) != value}
