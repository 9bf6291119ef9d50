"""Cases for the case class (*kelas kasus*): a short story from public service work, guiding
questions for the groups and the BerAKHLAK values it touches. Built-ins ship in
resources/library/cases.json; facilitators can add and edit their own (stored in the store).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from facilitation.bilingual import (
    LANGUAGES,
    LibraryItemError,
    bilingual,
    bilingual_lines,
    lines_in,
    text_in,
    text_problem,
)
from facilitation.core_values import CoreValue
from facilitation.resources_path import resource_path

LIBRARY_FILE = resource_path("library", "cases.json")
MAX_QUESTIONS = 20


class CaseTheme(StrEnum):
    SERVICE = "service"
    INTEGRITY = "integrity"
    ACCOUNTABILITY = "accountability"
    CHANGE = "change"


@dataclass(frozen=True)
class Case:
    key: str
    title: dict[str, str]
    theme: CaseTheme
    narrative: dict[str, str]
    questions: dict[str, list[str]] = field(default_factory=dict)
    values: tuple[str, ...] = ()
    builtin: bool = False
    based_on: str | None = None

    def title_in(self, lang: str) -> str:
        return text_in(self.title, lang)

    def questions_in(self, lang: str) -> list[str]:
        return lines_in(self.questions, lang)

    def question_count(self) -> int:
        return max((len(lines) for lines in self.questions.values()), default=0)


def case_from_dict(raw: dict, builtin: bool = False, key: str | None = None) -> Case:
    return Case(
        key=key or str(raw["key"]),
        title=bilingual(raw["title"]),
        theme=CaseTheme(raw.get("theme", CaseTheme.SERVICE)),
        narrative=bilingual(raw.get("narrative", "")),
        questions=bilingual_lines(raw.get("questions", {})),
        values=tuple(str(value) for value in raw.get("values", [])),
        builtin=builtin,
        based_on=raw.get("based_on"),
    )


def case_to_dict(case: Case) -> dict:
    return {
        "key": case.key,
        "title": case.title,
        "theme": str(case.theme),
        "narrative": case.narrative,
        "questions": case.questions,
        "values": list(case.values),
        "based_on": case.based_on,
    }


def case_problem(case: Case) -> str | None:
    if not any(case.title.get(lang, "").strip() for lang in LANGUAGES):
        return "title_empty"
    if not any(case.questions.get(lang) for lang in LANGUAGES):
        return "no_questions"
    if case.question_count() > MAX_QUESTIONS:
        return "too_many_questions"
    for value in case.values:
        if value not in CoreValue.__members__.values():
            return "unknown_value"
    texts = [*case.title.values(), *case.narrative.values()]
    texts += [line for lines in case.questions.values() for line in lines]
    for text in texts:
        problem = text_problem(text)
        if problem:
            return problem
    return None


def validate_case(case: Case) -> None:
    problem = case_problem(case)
    if problem:
        raise LibraryItemError(problem)


def copy_of(case: Case, new_key: str, copy_suffix: dict[str, str]) -> Case:
    title = {lang: f"{case.title.get(lang, '')} {copy_suffix[lang]}" for lang in LANGUAGES}
    return replace(case, key=new_key, title=title, builtin=False, based_on=case.key)


def load_cases(path: Path = LIBRARY_FILE) -> list[Case]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [case_from_dict(item, builtin=True) for item in raw["cases"]]
