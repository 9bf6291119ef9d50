"""Role-play scenarios (*bermain peran*): the library shipped in resources/library/roleplays.json
and the ones facilitators write themselves.

A scenario has a context everyone hears, roles with a public brief (read aloud) and a private
brief (on the role card only), observer roles with a checklist tied to the BerAKHLAK values,
a number of rounds and debrief questions. Texts are bilingual; see facilitation.bilingual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from facilitation.bilingual import (
    LANGUAGES,
    LibraryItemError,
    bilingual,
    bilingual_lines,
    text_in,
    text_problem,
)
from facilitation.core_values import CoreValue
from facilitation.resources_path import resource_path

LIBRARY_FILE = resource_path("library", "roleplays.json")
MAX_ROUNDS = 12
MAX_ROUND_MINUTES = 240
SCORE_MIN, SCORE_MAX = 1, 4  # observer scale: not yet, partly, mostly, fully


@dataclass(frozen=True)
class Role:
    key: str
    name: dict[str, str]
    public_brief: dict[str, str]
    private_brief: dict[str, str]

    def name_in(self, lang: str) -> str:
        return text_in(self.name, lang)


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    value: str  # a CoreValue key
    text: dict[str, str]


@dataclass(frozen=True)
class ObserverRole:
    key: str
    name: dict[str, str]
    brief: dict[str, str]
    checklist: tuple[ChecklistItem, ...]

    def name_in(self, lang: str) -> str:
        return text_in(self.name, lang)


@dataclass(frozen=True)
class Scenario:
    key: str
    title: dict[str, str]
    context: dict[str, str]
    roles: tuple[Role, ...]
    observer_roles: tuple[ObserverRole, ...] = ()
    rounds: int = 1
    round_minutes: int = 10
    debrief_questions: dict[str, list[str]] = field(default_factory=dict)
    values: tuple[str, ...] = ()
    builtin: bool = False
    based_on: str | None = None

    def title_in(self, lang: str) -> str:
        return text_in(self.title, lang)

    def role(self, key: str) -> Role | None:
        return next((role for role in self.roles if role.key == key), None)

    def observer_role(self, key: str) -> ObserverRole | None:
        return next((role for role in self.observer_roles if role.key == key), None)

    @property
    def role_keys(self) -> list[str]:
        return [role.key for role in self.roles]

    @property
    def observer_keys(self) -> list[str]:
        return [role.key for role in self.observer_roles]


def scenario_from_dict(raw: dict, builtin: bool = False, key: str | None = None) -> Scenario:
    """Read a scenario from the library file's (or the store's) JSON shape."""
    return Scenario(
        key=key or str(raw["key"]),
        title=bilingual(raw["title"]),
        context=bilingual(raw.get("context", "")),
        roles=tuple(
            Role(
                key=str(role["key"]),
                name=bilingual(role["name"]),
                public_brief=bilingual(role.get("public_brief", "")),
                private_brief=bilingual(role.get("private_brief", "")),
            )
            for role in raw.get("roles", [])
        ),
        observer_roles=tuple(
            ObserverRole(
                key=str(observer["key"]),
                name=bilingual(observer["name"]),
                brief=bilingual(observer.get("brief", "")),
                checklist=tuple(
                    ChecklistItem(str(item["key"]), str(item["value"]), bilingual(item["text"]))
                    for item in observer.get("checklist", [])
                ),
            )
            for observer in raw.get("observer_roles", [])
        ),
        rounds=int(raw.get("rounds", 1)),
        round_minutes=int(raw.get("round_minutes", 10)),
        debrief_questions=bilingual_lines(raw.get("debrief_questions", {})),
        values=tuple(str(value) for value in raw.get("values", [])),
        builtin=builtin,
        based_on=raw.get("based_on"),
    )


def scenario_to_dict(scenario: Scenario) -> dict:
    return {
        "key": scenario.key,
        "title": scenario.title,
        "context": scenario.context,
        "roles": [
            {
                "key": role.key,
                "name": role.name,
                "public_brief": role.public_brief,
                "private_brief": role.private_brief,
            }
            for role in scenario.roles
        ],
        "observer_roles": [
            {
                "key": observer.key,
                "name": observer.name,
                "brief": observer.brief,
                "checklist": [
                    {"key": item.key, "value": item.value, "text": item.text}
                    for item in observer.checklist
                ],
            }
            for observer in scenario.observer_roles
        ],
        "rounds": scenario.rounds,
        "round_minutes": scenario.round_minutes,
        "debrief_questions": scenario.debrief_questions,
        "values": list(scenario.values),
        "based_on": scenario.based_on,
    }


def scenario_problem(scenario: Scenario) -> str | None:
    """Why the scenario cannot be stored (a key the UI words), or None."""
    if not any(scenario.title.get(lang, "").strip() for lang in LANGUAGES):
        return "title_empty"
    if not scenario.roles:
        return "no_roles"
    if not 1 <= scenario.rounds <= MAX_ROUNDS:
        return "rounds_out_of_range"
    if not 1 <= scenario.round_minutes <= MAX_ROUND_MINUTES:
        return "minutes_out_of_range"
    keys = scenario.role_keys + scenario.observer_keys
    if len(set(keys)) != len(keys):
        return "duplicate_role"
    for value in scenario.values:
        if value not in CoreValue.__members__.values():
            return "unknown_value"
    for text in _texts(scenario_to_dict(scenario)):
        problem = text_problem(text)
        if problem:
            return problem
    return None


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    return []


def validate_scenario(scenario: Scenario) -> None:
    problem = scenario_problem(scenario)
    if problem:
        raise LibraryItemError(problem)


def copy_of(scenario: Scenario, new_key: str, copy_suffix: dict[str, str]) -> Scenario:
    """An editable copy of a (built-in) scenario under a new key."""
    title = {lang: f"{scenario.title.get(lang, '')} {copy_suffix[lang]}" for lang in LANGUAGES}
    return replace(scenario, key=new_key, title=title, builtin=False, based_on=scenario.key)


def load_scenarios(path: Path = LIBRARY_FILE) -> list[Scenario]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [scenario_from_dict(item, builtin=True) for item in raw["scenarios"]]
