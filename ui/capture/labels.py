"""Words for the capture area's domain values (note kinds, statuses, vote methods) and its
validation messages. The domain hands out enums and keys; these functions translate them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitation.evaluation import SOURCE_PHONES, ReactionTarget
from facilitation.notes import NoteKind
from facilitation.session import ValidationError
from facilitation.tallies import VoteMethod
from facilitation.workplans import CommitmentOwner, WorkPlanStatus

translate = QCoreApplication.translate


def note_kind_label(kind: NoteKind) -> str:
    labels = {
        NoteKind.IDEA: translate("NoteKind", "Idea"),
        NoteKind.INSIGHT: translate("NoteKind", "Insight"),
        NoteKind.DECISION: translate("NoteKind", "Decision"),
        NoteKind.ACTION: translate("NoteKind", "Action"),
        NoteKind.COMMITMENT: translate("NoteKind", "Commitment"),
        NoteKind.QUESTION: translate("NoteKind", "Question"),
        NoteKind.QUOTE: translate("NoteKind", "Quote"),
        NoteKind.OBSTACLE: translate("NoteKind", "Obstacle"),
    }
    return labels[NoteKind(kind)]


def work_plan_status_label(status: WorkPlanStatus) -> str:
    labels = {
        WorkPlanStatus.PLANNED: translate("WorkPlanStatus", "Planned"),
        WorkPlanStatus.IN_PROGRESS: translate("WorkPlanStatus", "In progress"),
        WorkPlanStatus.DONE: translate("WorkPlanStatus", "Done"),
        WorkPlanStatus.DROPPED: translate("WorkPlanStatus", "Dropped"),
    }
    return labels[WorkPlanStatus(status)]


def commitment_owner_label(owner: CommitmentOwner) -> str:
    labels = {
        CommitmentOwner.GROUP: translate("CommitmentOwner", "Group"),
        CommitmentOwner.PARTICIPANT: translate("CommitmentOwner", "Participant"),
    }
    return labels[CommitmentOwner(owner)]


def vote_method_label(method: VoteMethod) -> str:
    labels = {
        VoteMethod.SHOW_OF_HANDS: translate("VoteMethod", "Show of hands"),
        VoteMethod.DOT_VOTE: translate("VoteMethod", "Dot vote"),
    }
    return labels[VoteMethod(method)]


def reaction_target_label(target: ReactionTarget) -> str:
    labels = {
        ReactionTarget.ACTIVITY: translate("ReactionTarget", "Activity"),
        ReactionTarget.FACILITATOR: translate("ReactionTarget", "Facilitator"),
    }
    return labels[ReactionTarget(target)]


def marked_source(text: str, source: str) -> str:
    """A record row's text, marked when the row was made from phones in the room."""
    if source == SOURCE_PHONES:
        return translate("RecordSource", "%1 (from phones)").replace("%1", text)
    return text


def refuse_phone_rows(apply: Callable[[Any, object], None]) -> Callable[[Any, object], None]:
    """A Column setter that refuses rows made from phones (they follow the phones' answers)."""

    def guarded(record: object, value: object) -> None:
        if getattr(record, "source", "") == SOURCE_PHONES:
            raise ValidationError("row_from_phones")
        apply(record, value)

    return guarded


def capture_message(key: str, details: dict) -> str:
    """A clear sentence for a ValidationError raised by the capture domain."""
    messages = {
        "note_empty": translate("CaptureValidation", "The note is empty: type something first."),
        "note_too_long": translate(
            "CaptureValidation",
            "The note is too long (%1 bytes; at most %2). Split it into several notes.",
        ),
        "text_has_nul": translate(
            "CaptureValidation", "The text contains a NUL control character; remove it."
        ),
        "text_has_lone_surrogate": translate(
            "CaptureValidation",
            "The text contains a broken character (a lone surrogate); retype or remove it.",
        ),
        "text_too_long": translate("CaptureValidation", "The text is too long (at most %1)."),
        "too_many_tags": translate("CaptureValidation", "Too many tags (at most %1)."),
        "deadline_invalid": translate(
            "CaptureValidation", "“%1” is not a date: type e.g. 31/08/2025 or 2025-08-31."
        ),
        "vote_question_empty": translate("CaptureValidation", "Type the question first."),
        "vote_needs_options": translate("CaptureValidation", "List the options, one per line."),
        "vote_option_empty": translate("CaptureValidation", "An option is empty."),
        "vote_option_repeated": translate("CaptureValidation", "The option “%1” appears twice."),
        "count_out_of_range": translate(
            "CaptureValidation", "A count must be a whole number from 0 to %1."
        ),
        "participant_name_empty": translate("CaptureValidation", "Type the participant's name."),
        "row_from_phones": translate(
            "CaptureValidation",
            "This row comes from the answers on phones in the room and follows them; "
            "it cannot be edited here.",
        ),
        "max_score_invalid": translate("CaptureValidation", "The maximum score is not valid."),
        "score_out_of_range": translate("CaptureValidation", "A score must be between 0 and %1."),
        "score_invalid": translate(
            "CaptureValidation", "“%1” is not a score: type a number such as 75 or 72,5."
        ),
    }
    message = messages.get(key, translate("CaptureValidation", "The input could not be accepted."))
    if key == "note_too_long":
        return message.replace("%1", f"{details.get('size', 0):,}").replace(
            "%2", f"{details.get('limit', 0):,}"
        )
    value = details.get("limit", details.get("text", details.get("label", "")))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return message.replace("%1", str(value))
