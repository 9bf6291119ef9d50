"""The official paperwork of a training, as plain data: the narrative sections of the activity
report (laporan pelaksanaan kegiatan), the facilitators and resource persons with the JP they
taught, and the photos attached to activities.

Section keys, roles and limits live here so the store's writes, a bundle's rows and the
documents obey the same rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.session import MAX_TEXT_LENGTH, Session, ValidationError

DEFAULT_JP_MINUTES = 45
MAX_SECTION_LENGTH = MAX_TEXT_LENGTH  # 20,000 characters: several pages of a report
MAX_CAPTION_LENGTH = 300
MAX_PERSON_FIELD = 300


class ReportSection(StrEnum):
    """The narrative parts of the official report, in the order offices file them."""

    FOREWORD = "foreword"
    BACKGROUND = "background"
    AIMS = "aims"
    TARGETS = "targets"
    EXPECTED_RESULTS = "expected_results"
    ACTIVITIES_METHODS = "activities_methods"
    GROUP_RESULTS = "group_results"
    EVALUATION = "evaluation"
    CONCLUSIONS = "conclusions"
    RECOMMENDATIONS = "recommendations"


class PresenterRole(StrEnum):
    FACILITATOR = "facilitator"
    RESOURCE_PERSON = "resource_person"  # narasumber


@dataclass
class SectionText:
    section: ReportSection
    body: str
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    updated_at: str = ""


@dataclass
class Presenter:
    """A facilitator or resource person and the activities they led."""

    name: str
    role: PresenterRole = PresenterRole.FACILITATOR
    nip: str = ""
    position: str = ""
    institution: str = ""
    activity_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


def validate_section_text(body: str) -> None:
    _check_text(body, MAX_SECTION_LENGTH)


def validate_presenter(presenter: Presenter) -> None:
    if not presenter.name.strip():
        raise ValidationError("name_empty")
    for text in (presenter.name, presenter.nip, presenter.position, presenter.institution):
        _check_text(text, MAX_PERSON_FIELD)


def _check_text(text: str, limit: int) -> None:
    if "\x00" in text:
        raise ValidationError("text_has_nul")
    if len(text) > limit:
        raise ValidationError("text_too_long", limit=limit)


# -- JP (jam pelajaran) ----------------------------------------------------------------------


def jp_minutes(settings: Mapping[str, object] | None) -> int:
    """Minutes in one JP for a session: its `jp_minutes` setting when it has a sensible one,
    else 45. The one place the official documents ask, so it can later read the JP setting."""
    value = (settings or {}).get("jp_minutes")
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 240:
        return value
    return DEFAULT_JP_MINUTES


def jp_taught(
    session: Session, activity_ids: Iterable[str], minutes_per_jp: int = DEFAULT_JP_MINUTES
) -> float:
    """JP taught from the agenda: the planned minutes of the activities led, / minutes per JP,
    to a quarter JP. Activities no longer on the agenda count nothing."""
    wanted = set(activity_ids)
    minutes = sum(
        activity.planned_minutes
        for day in session.days
        for activity in day.activities
        if activity.id in wanted
    )
    return round(minutes / max(1, minutes_per_jp) * 4) / 4


def starting_text(section: ReportSection, session: Session, decisions: Iterable[str] = ()) -> str:
    """What a section's editor offers as a start: the session's objectives for the aims and
    the captured decisions for the conclusions; nothing for the others."""
    if section == ReportSection.AIMS:
        return "\n".join(f"{i}. {text}" for i, text in enumerate(session.objectives, start=1))
    if section in (ReportSection.CONCLUSIONS, ReportSection.GROUP_RESULTS):
        return "\n".join(f"- {text}" for text in decisions)
    return ""
