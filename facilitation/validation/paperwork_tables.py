"""The map for the paperwork's tables (JP settings, certificates and their register, the
official report's texts, presenters and photos, the session's honorarium rate and address)
and the room's (phones: room_tables), see tables."""

from __future__ import annotations

from collections.abc import Callable

from facilitation.validation.rules import Day, Id, Number, Rule, Text
from facilitation.validation.tables import FLAG, KEY, OWNED

MAX_REVISION = 10_000
MAX_CHECK_LENGTH = 20
MAX_JP_TOTAL_MINUTES = 10_000_000


def _jp_tables() -> dict[str, dict[str, Rule]]:
    """JP settings and the facilitator's per-activity decisions."""
    from facilitation.jp import MAX_JP_MINUTES, MAX_PERCENT, MIN_JP_MINUTES

    return {
        "jp_settings": {
            **OWNED,
            "jp_minutes": Number(MIN_JP_MINUTES, MAX_JP_MINUTES),
            "min_attendance_percent": Number(0, MAX_PERCENT),
        },
        "activity_jp": {**OWNED, "activity_id": Id(), "counts": FLAG},
    }


def _certificate_tables() -> dict[str, dict[str, Rule]]:
    """Certificate settings and the register of issued numbers."""
    from facilitation.certificates import (
        MAX_NO,
        MAX_NUMBER_LENGTH,
        MAX_ORG_LENGTH,
        MAX_PATTERN_LENGTH,
    )
    from facilitation.participants import MAX_FIELD_LENGTH, MAX_NAME_LENGTH

    signatory = ("institution", "place", "signatory_name", "signatory_position", "signatory_nip")
    return {
        "certificate_settings": {
            **OWNED,
            "number_pattern": Text(MAX_PATTERN_LENGTH),
            "org_code": Text(MAX_ORG_LENGTH),
            **{name: Text(MAX_FIELD_LENGTH) for name in signatory},
        },
        "certificate_register": {
            **OWNED,
            "participant_id": Id(),
            "number": Text(MAX_NUMBER_LENGTH, non_blank=True),
            "no": Number(1, MAX_NO),
            "revision": Number(0, MAX_REVISION),
            "check_value": Text(MAX_CHECK_LENGTH, non_blank=True),
            "name": Text(MAX_NAME_LENGTH),
            "nip": Text(MAX_FIELD_LENGTH),
            "jp_minutes": Number(0, MAX_JP_TOTAL_MINUTES),
            "jp_text": Text(MAX_CHECK_LENGTH),
            "issued_on": Day(),
            "issuer": KEY,
        },
    }


def _session_paperwork_tables() -> dict[str, dict[str, Rule]]:
    """The session's honorarium rate and agency address (facilitation/paperwork.py)."""
    from facilitation.paperwork import MAX_ADDRESS_LENGTH, MAX_RATE

    return {
        "paperwork_settings": {
            **OWNED,
            "honorarium_rate": Number(0, MAX_RATE),
            "address": Text(MAX_ADDRESS_LENGTH),
        }
    }


def _official_tables() -> dict[str, dict[str, Rule]]:
    """The official report's texts, presenters and photos (official_rules)."""
    from facilitation.validation.official_rules import OFFICIAL_RULES

    return OFFICIAL_RULES


def _room_tables() -> dict[str, dict[str, Rule]]:
    """Questions, answers, posts, upvotes and personal codes of phones in the room."""
    from facilitation.validation.room_tables import ROOM_RULES

    return ROOM_RULES


ROOM_TABLES = ("room_questions", "room_answers", "room_posts", "room_upvotes", "room_codes")

BUILDERS: tuple[tuple[Callable[[], dict[str, dict[str, Rule]]], tuple[str, ...]], ...] = (
    (_jp_tables, ("jp_settings", "activity_jp")),
    (_certificate_tables, ("certificate_settings", "certificate_register")),
    (
        _official_tables,
        ("report_texts", "presenters", "presenter_activities", "activity_photos"),
    ),
    (_room_tables, ROOM_TABLES),
    (_session_paperwork_tables, ("paperwork_settings",)),
)
