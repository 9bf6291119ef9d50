"""Words for domain values: the domain hands out enums and keys, the UI translates them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.activity import ActivityKind, Grouping

translate = QCoreApplication.translate


def activity_kind_label(kind: ActivityKind) -> str:
    labels = {
        ActivityKind.OPENING: translate("ActivityKind", "Opening"),
        ActivityKind.LECTURE: translate("ActivityKind", "Lecture"),
        ActivityKind.SHARING: translate("ActivityKind", "Sharing"),
        ActivityKind.CASE_CLASS: translate("ActivityKind", "Case class"),
        ActivityKind.GROUP_DISCUSSION: translate("ActivityKind", "Working-group discussion"),
        ActivityKind.ROLE_PLAY: translate("ActivityKind", "Role play"),
        ActivityKind.GAME: translate("ActivityKind", "Game / energizer"),
        ActivityKind.MULTIMEDIA: translate("ActivityKind", "Multimedia"),
        ActivityKind.PLENARY: translate("ActivityKind", "Plenary report-back"),
        ActivityKind.REFLECTION: translate("ActivityKind", "Reflection"),
        ActivityKind.BREAK: translate("ActivityKind", "Break"),
        ActivityKind.CLOSING: translate("ActivityKind", "Closing"),
    }
    return labels[ActivityKind(kind)]


def grouping_label(grouping: Grouping) -> str:
    labels = {
        Grouping.WHOLE_ROOM: translate("Grouping", "Whole room"),
        Grouping.GROUPS: translate("Grouping", "Groups"),
        Grouping.PAIRS: translate("Grouping", "Pairs"),
    }
    return labels[Grouping(grouping)]


def validation_message(key: str, details: dict) -> str:
    """A clear sentence for a facilitation.session.ValidationError key."""
    messages = {
        "title_empty": translate("Validation", "Please give the session a title."),
        "title_too_long": translate("Validation", "The title is too long (at most %1 characters)."),
        "text_too_long": translate("Validation", "A field is too long (at most %1 characters)."),
        "text_has_nul": translate("Validation", "The text contains a control character (NUL)."),
        "duplicate_day": translate("Validation", "The same date appears twice in the days list."),
        "day_ends_before_start": translate(
            "Validation", "The day %1 ends before it starts: check its times."
        ),
        "day_required": translate("Validation", "A session needs at least one day."),
    }
    message = messages.get(key, translate("Validation", "The input could not be accepted."))
    value = details.get("limit", details.get("date", ""))
    return message.replace("%1", str(value))


def minutes_label(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return (
            translate("Duration", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
        )
    if hours:
        return translate("Duration", "%1 h").replace("%1", str(hours))
    return translate("Duration", "%1 min").replace("%1", str(rest))
