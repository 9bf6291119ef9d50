"""The method library and session templates, shipped as bilingual JSON in resources/library.

Texts are stored per language ({"id": ..., "en": ...}); the caller picks the language, so the
same library serves an Indonesian UI and an English report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path

from facilitation.activity import Activity, ActivityKind, Grouping
from facilitation.resources_path import resource_path
from facilitation.session import ReportLanguage, Session, SessionDay

LIBRARY_DIR = resource_path("library")
LANGUAGES = ("id", "en")


class LibraryError(ValueError):
    """The library files are not what this version expects."""


def _text(value: object, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("id") or "")
    return str(value or "")


def _lines(value: object, lang: str) -> list[str]:
    if isinstance(value, dict):
        value = value.get(lang) or value.get("id") or []
    return [str(line) for line in (value or [])]


@dataclass(frozen=True)
class Method:
    key: str
    kind: ActivityKind
    default_minutes: int
    grouping: Grouping
    title: dict
    description: dict
    instructions: dict
    guiding_questions: dict
    materials: dict

    def title_in(self, lang: str) -> str:
        return _text(self.title, lang)

    def description_in(self, lang: str) -> str:
        return _text(self.description, lang)

    def to_activity(self, lang: str, minutes: int | None = None) -> Activity:
        return Activity(
            title=self.title_in(lang),
            kind=self.kind,
            planned_minutes=self.default_minutes if minutes is None else minutes,
            instructions=_text(self.instructions, lang),
            guiding_questions=_lines(self.guiding_questions, lang),
            materials=_text(self.materials, lang),
            grouping=self.grouping,
            method_key=self.key,
        )


@dataclass(frozen=True)
class TemplateItem:
    method: Method
    minutes: int | None
    overrides: dict
    questions: tuple[dict, ...] = ()  # phones in the room, as facilitation.room.templates reads

    def to_activity(self, lang: str) -> Activity:
        activity = self.method.to_activity(lang, self.minutes)
        changes: dict[str, object] = {}
        if "title" in self.overrides:
            changes["title"] = _text(self.overrides["title"], lang)
        if "instructions" in self.overrides:
            changes["instructions"] = _text(self.overrides["instructions"], lang)
        if "guiding_questions" in self.overrides:
            changes["guiding_questions"] = _lines(self.overrides["guiding_questions"], lang)
        return replace(activity, **changes) if changes else activity


@dataclass(frozen=True)
class Template:
    key: str
    title: dict
    description: dict
    organiser: str
    venue: str
    facilitators: tuple[str, ...]
    objectives: dict
    days: tuple[tuple[time, time, tuple[TemplateItem, ...]], ...]

    def title_in(self, lang: str) -> str:
        return _text(self.title, lang)

    def description_in(self, lang: str) -> str:
        return _text(self.description, lang)

    def instantiate(self, lang: str, first_date: date, with_details: bool = True) -> Session:
        """A new session with this template's agenda; days follow each other from first_date."""
        days = [
            SessionDay(
                date=first_date + timedelta(days=index),
                start=start,
                end=end,
                activities=[item.to_activity(lang) for item in items],
            )
            for index, (start, end, items) in enumerate(self.days)
        ]
        return Session(
            title=self.title_in(lang),
            organiser=self.organiser if with_details else "",
            venue=self.venue if with_details else "",
            days=days,
            facilitators=list(self.facilitators) if with_details else [],
            objectives=_lines(self.objectives, lang),
            report_language=ReportLanguage(lang),
        )


@dataclass(frozen=True)
class Library:
    methods: dict[str, Method]
    templates: dict[str, Template]

    def method(self, key: str) -> Method:
        return self.methods[key]

    def template(self, key: str) -> Template:
        return self.templates[key]


def _parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _parse_method(raw: dict) -> Method:
    return Method(
        key=raw["key"],
        kind=ActivityKind(raw["kind"]),
        default_minutes=int(raw["default_minutes"]),
        grouping=Grouping(raw.get("grouping", Grouping.WHOLE_ROOM)),
        title=raw["title"],
        description=raw.get("description", {}),
        instructions=raw.get("instructions", {}),
        guiding_questions=raw.get("guiding_questions", {}),
        materials=raw.get("materials", {}),
    )


def _parse_template(raw: dict, methods: dict[str, Method]) -> Template:
    days = []
    for raw_day in raw["days"]:
        items = []
        for raw_item in raw_day["activities"]:
            method_key = raw_item["method"]
            if method_key not in methods:
                raise LibraryError(f"template {raw['key']} names unknown method {method_key}")
            overrides = {
                name: raw_item[name]
                for name in ("title", "instructions", "guiding_questions")
                if name in raw_item
            }
            questions = tuple(raw_item.get("questions", ()))
            items.append(
                TemplateItem(methods[method_key], raw_item.get("minutes"), overrides, questions)
            )
        days.append((_parse_time(raw_day["start"]), _parse_time(raw_day["end"]), tuple(items)))
    return Template(
        key=raw["key"],
        title=raw["title"],
        description=raw.get("description", {}),
        organiser=raw.get("organiser", ""),
        venue=raw.get("venue", ""),
        facilitators=tuple(raw.get("facilitators", [])),
        objectives=raw.get("objectives", {}),
        days=tuple(days),
    )


def load_library(directory: Path = LIBRARY_DIR) -> Library:
    try:
        methods_raw = json.loads((directory / "methods.json").read_text(encoding="utf-8"))
        templates_raw = json.loads((directory / "templates.json").read_text(encoding="utf-8"))
        methods = {raw["key"]: _parse_method(raw) for raw in methods_raw["methods"]}
        templates = {
            raw["key"]: _parse_template(raw, methods) for raw in templates_raw["templates"]
        }
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise LibraryError(f"cannot read the method library in {directory}: {error}") from error
    return Library(methods=methods, templates=templates)


SAMPLE_TEMPLATE_KEY = "cerdas_nurani"
