"""Questions carried by templates and by a copied session (never their answers).

A template's activity may list questions in the library's bilingual JSON:
{"kind": "pre_test", "prompt": {"id": ..., "en": ...}, "options": {"id": [...], "en": [...]},
"correct": [1], "settings": {...}}. A reaction question with "rates_agenda": true rates each
activity of the new session's agenda (not breaks) and each facilitator, as the Plan's "rate
the whole agenda" does. A copied session gets its questions as drafts, with new ids, under the
copy's activities.
"""

from __future__ import annotations

import copy

from facilitation.activity import ActivityKind
from facilitation.library import Template
from facilitation.room.questions import (
    Question,
    QuestionKind,
    QuestionState,
    Target,
    validate_question,
)
from facilitation.session import Session, new_id


def _in(value: object, lang: str) -> object:
    if isinstance(value, dict):
        return value.get(lang, value.get("id", next(iter(value.values()), "")))
    return value


def template_questions(template: Template, session: Session, lang: str) -> list[Question]:
    """The template's questions for a session just made from it (activities in order)."""
    made: list[Question] = []
    for (_start, _end, items), day in zip(template.days, session.days, strict=True):
        for item, activity in zip(items, day.activities, strict=True):
            for position, raw in enumerate(item.questions):
                question = Question(
                    session_id=session.id,
                    activity_id=activity.id,
                    kind=QuestionKind(raw["kind"]),
                    prompt=str(_in(raw["prompt"], lang)),
                    options=list(_in(raw.get("options", []), lang)),  # type: ignore[call-overload]
                    correct=list(raw.get("correct", [])),
                    settings=dict(raw.get("settings", {})),
                    position=position,
                )
                if raw.get("rates_agenda"):
                    _rate_agenda(question, session)
                validate_question(question)
                made.append(question)
    return made


def _rate_agenda(question: Question, session: Session) -> None:
    # Imported here: templates load at start-up, evaluation only when a template is used.
    from facilitation.evaluation import ReactionTarget

    lines = [
        (a.title, Target(str(ReactionTarget.ACTIVITY), a.id))
        for day in session.days
        for a in day.activities
        if a.kind != ActivityKind.BREAK
    ]
    lines += [(n, Target(str(ReactionTarget.FACILITATOR), n)) for n in session.facilitators]
    question.options = [title for title, _target in lines]
    question.targets = [target for _title, target in lines]


def copied_questions(
    questions: list[Question], source: Session, copy_of: Session
) -> list[Question]:
    """The source session's questions for its copy: same activities by place, drafts again."""
    activity_map = {
        old.id: new.id
        for old_day, new_day in zip(source.days, copy_of.days, strict=True)
        for old, new in zip(old_day.activities, new_day.activities, strict=True)
    }
    copies = []
    for question in questions:
        if question.activity_id not in activity_map or question.deleted_at:
            continue
        twin = copy.deepcopy(question)
        twin.id, twin.session_id = new_id(), copy_of.id
        twin.activity_id = activity_map[question.activity_id]
        twin.state, twin.results_shown = QuestionState.DRAFT, False
        twin.created_at = twin.updated_at = ""
        copies.append(twin)
    return copies
