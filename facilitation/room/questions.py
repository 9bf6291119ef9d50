"""Questions prepared in the Plan and put to the room: their kinds, states and shapes.

A question belongs to an activity. Choice kinds (polls, quizzes, pre/post tests) list their
options; scored kinds also name the correct options. A reaction question lists what is
rated (activities and facilitators), each rated 1-5. Settings are a small dict whose keys
depend on the kind (scale_max, max_words, needs_code...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.session import ValidationError, new_id

MAX_PROMPT_LENGTH = 500
MAX_OPTION_LENGTH = 200
MAX_OPTIONS = 12
MIN_OPTIONS = 2
MAX_WORDS_PER_ANSWER = 5
MAX_QUESTIONS_PER_ACTIVITY = 200
SCALE_MAXIMA = (5, 10)
REACTION_SCORES = (1, 2, 3, 4, 5)


class QuestionKind(StrEnum):
    POLL_SINGLE = "poll_single"  # one answer
    POLL_MULTI = "poll_multi"  # several answers
    SCALE = "scale"  # 1-5 or 1-10
    WORD_CLOUD = "word_cloud"
    IDEAS = "ideas"  # ideas and questions, upvoted, moderated
    QUIZ = "quiz"  # correct answers, scored
    PRE_TEST = "pre_test"  # scored, linked to a person by a personal code
    POST_TEST = "post_test"
    REACTION = "reaction"  # 1-5 per activity and per facilitator
    COMMITMENT = "commitment"  # "my commitment": one text


CHOICE_KINDS = frozenset(
    {
        QuestionKind.POLL_SINGLE,
        QuestionKind.POLL_MULTI,
        QuestionKind.QUIZ,
        QuestionKind.PRE_TEST,
        QuestionKind.POST_TEST,
    }
)
SCORED_KINDS = frozenset({QuestionKind.QUIZ, QuestionKind.PRE_TEST, QuestionKind.POST_TEST})
TEST_KINDS = frozenset({QuestionKind.PRE_TEST, QuestionKind.POST_TEST})
POST_KINDS = frozenset({QuestionKind.IDEAS, QuestionKind.WORD_CLOUD})  # moderated posts


class QuestionState(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


@dataclass
class Target:
    """What one line of a reaction question rates: an activity (by id) or a facilitator."""

    kind: str  # facilitation.evaluation.ReactionTarget values
    key: str


@dataclass
class Question:
    session_id: str
    activity_id: str
    kind: QuestionKind
    prompt: str
    options: list[str] = field(default_factory=list)
    correct: list[int] = field(default_factory=list)  # option indexes, scored kinds only
    settings: dict[str, object] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)  # reaction only, one per option
    position: int = 0
    state: QuestionState = QuestionState.DRAFT
    results_shown: bool = False
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.kind = QuestionKind(self.kind)
        self.state = QuestionState(self.state)

    @property
    def is_open(self) -> bool:
        return self.state is QuestionState.OPEN and self.deleted_at is None

    @property
    def multiple(self) -> bool:
        """May a phone pick several options?"""
        if self.kind is QuestionKind.POLL_MULTI:
            return True
        return self.kind in SCORED_KINDS and len(self.correct) > 1

    @property
    def scale_max(self) -> int:
        value = self.settings.get("scale_max", 5)
        return value if value in SCALE_MAXIMA else 5  # type: ignore[return-value]

    @property
    def max_words(self) -> int:
        value = self.settings.get("max_words", 3)
        if isinstance(value, int) and not isinstance(value, bool):
            return max(1, min(MAX_WORDS_PER_ANSWER, value))
        return 3

    @property
    def needs_code(self) -> bool:
        """Must the phone give a personal code? Always for pre/post tests; for a reaction or
        a commitment when the organiser wants answers linked to people."""
        if self.kind in TEST_KINDS:
            return True
        return bool(self.settings.get("needs_code", False))


def validate_question(question: Question) -> None:
    """Refuse a question the room could not answer; ValidationError(key) names the problem."""
    prompt = question.prompt.strip()
    if not prompt:
        raise ValidationError("question_prompt_empty")
    if len(question.prompt) > MAX_PROMPT_LENGTH:
        raise ValidationError("question_prompt_too_long")
    options = question.options
    if question.kind in CHOICE_KINDS or question.kind is QuestionKind.REACTION:
        if not MIN_OPTIONS - (question.kind is QuestionKind.REACTION) <= len(options):
            raise ValidationError("question_too_few_options")
        if len(options) > MAX_OPTIONS * (4 if question.kind is QuestionKind.REACTION else 1):
            raise ValidationError("question_too_many_options")
        for option in options:
            if not isinstance(option, str) or not option.strip():
                raise ValidationError("question_option_empty")
            if len(option) > MAX_OPTION_LENGTH:
                raise ValidationError("question_option_too_long")
    elif options:
        raise ValidationError("question_has_no_options")
    if question.kind in SCORED_KINDS:
        if not question.correct:
            raise ValidationError("question_no_correct_answer")
        if len(set(question.correct)) != len(question.correct) or any(
            not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(options)
            for i in question.correct
        ):
            raise ValidationError("question_correct_unknown")
    elif question.correct:
        raise ValidationError("question_not_scored")
    if question.kind is QuestionKind.REACTION and len(question.targets) not in (0, len(options)):
        raise ValidationError("question_targets_mismatch")
    if question.kind is QuestionKind.SCALE and question.settings.get("scale_max", 5) not in (
        SCALE_MAXIMA
    ):
        raise ValidationError("question_scale_unknown")


def option_letter(index: int) -> str:
    """A, B, C... as printed on a quiz sheet and typed in an XLSX column."""
    return chr(ord("A") + index)
