"""Words for the room's questions in the Plan: kinds, and the problems of a question or of a
sheet's line, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.room.questions import QuestionKind

translate = QCoreApplication.translate


def kind_label(kind: QuestionKind) -> str:
    labels = {
        QuestionKind.POLL_SINGLE: translate("QuestionKind", "Poll (one answer)"),
        QuestionKind.POLL_MULTI: translate("QuestionKind", "Poll (several answers)"),
        QuestionKind.SCALE: translate("QuestionKind", "Scale"),
        QuestionKind.WORD_CLOUD: translate("QuestionKind", "Word cloud"),
        QuestionKind.IDEAS: translate("QuestionKind", "Ideas and questions"),
        QuestionKind.QUIZ: translate("QuestionKind", "Quiz"),
        QuestionKind.PRE_TEST: translate("QuestionKind", "Pre-test"),
        QuestionKind.POST_TEST: translate("QuestionKind", "Post-test"),
        QuestionKind.REACTION: translate("QuestionKind", "Reaction evaluation"),
        QuestionKind.COMMITMENT: translate("QuestionKind", "My commitment"),
    }
    return labels[QuestionKind(kind)]


def question_problem(key: str, detail: str = "") -> str:
    """A clear sentence for a ValidationError of a question or a problem of a sheet's line."""
    messages = {
        "question_prompt_empty": translate("QuestionProblem", "Type the question first."),
        "question_prompt_too_long": translate(
            "QuestionProblem", "The question is too long (at most 500 characters)."
        ),
        "question_too_few_options": translate(
            "QuestionProblem", "Give at least two options, one per line."
        ),
        "question_too_many_options": translate("QuestionProblem", "There are too many options."),
        "question_option_empty": translate("QuestionProblem", "An option is empty."),
        "question_option_too_long": translate(
            "QuestionProblem", "An option is too long (at most 200 characters)."
        ),
        "question_has_no_options": translate(
            "QuestionProblem", "This kind of question has no options."
        ),
        "question_no_correct_answer": translate(
            "QuestionProblem", "Mark the correct answer (e.g. B, or A, C)."
        ),
        "question_correct_unknown": translate(
            "QuestionProblem", "A correct answer names an option that does not exist."
        ),
        "question_not_scored": translate(
            "QuestionProblem", "Only quizzes and tests have correct answers."
        ),
        "question_scale_unknown": translate("QuestionProblem", "A scale goes to 5 or to 10."),
        "question_has_answers": translate(
            "QuestionProblem",
            "Phones have answered this question: its kind and number of options stay as they "
            "are (the wording and the correct answers can still change).",
        ),
        "sheet_line_no_question": translate("QuestionProblem", "The question is empty."),
        "sheet_line_too_long": translate("QuestionProblem", "A cell is too long."),
        "sheet_line_few_options": translate("QuestionProblem", "Fewer than two options."),
        "sheet_line_no_correct": translate(
            "QuestionProblem", "No correct letter given for a quiz or test."
        ),
        "sheet_line_correct_unknown": translate(
            "QuestionProblem", "The correct letter “%1” is not one of the options."
        ),
        "sheet_line_kind_unknown": translate(
            "QuestionProblem", "Unknown kind “%1” (use quiz, pre-test, post-test or poll)."
        ),
        "sheet_too_many_questions": translate(
            "QuestionProblem", "Only the first %1 questions are read."
        ),
    }
    text = messages.get(key) or translate("QuestionProblem", "This line cannot be read.")
    return text.replace("%1", detail)
