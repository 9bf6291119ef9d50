"""What a phone may be told about a question: its public text and shape, never the correct
answers before the facilitator reveals the results, never anyone's name or code."""

from __future__ import annotations

from facilitation.room.questions import SCORED_KINDS, Question, QuestionKind


def phone_view(question: Question) -> dict[str, object]:
    """A plain, JSON-ready description of the question for the phone page."""
    view: dict[str, object] = {
        "id": question.id,
        "kind": str(question.kind),
        "prompt": question.prompt,
        "state": str(question.state),
        "options": list(question.options),
        "multiple": question.multiple,
        "needs_code": question.needs_code,
        "results_shown": question.results_shown,
    }
    if question.kind is QuestionKind.SCALE:
        view["scale_max"] = question.scale_max
    if question.kind is QuestionKind.WORD_CLOUD:
        view["max_words"] = question.max_words
    if question.kind in SCORED_KINDS and question.results_shown:
        view["correct"] = list(question.correct)
    return view
