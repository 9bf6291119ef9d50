"""The shipped method library and session templates (resources/library) load and fit their days."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from facilitation.activity import ActivityKind, Grouping
from facilitation.agenda import schedule
from facilitation.library import (
    LANGUAGES,
    LIBRARY_DIR,
    SAMPLE_TEMPLATE_KEY,
    Library,
)

TEMPLATE_KEYS = {
    "cerdas_nurani",
    "budaya_kerja_workshop",
    "bimtek_kbk",
    "internalisasi_berakhlak",
}
FIRST_DATE = date(2024, 7, 18)
MAX_SPARE_MINUTES = 30


def _raw(name: str) -> dict:
    return json.loads((LIBRARY_DIR / name).read_text(encoding="utf-8"))


def test_library_loads(library: Library) -> None:
    assert library.methods
    assert library.templates


@pytest.mark.parametrize("name", ["methods.json", "templates.json"])
def test_files_declare_format_1(name: str) -> None:
    assert _raw(name)["format"] == 1


def test_method_keys_are_unique_ascii_snake_case() -> None:
    keys = [raw["key"] for raw in _raw("methods.json")["methods"]]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", key), key


def test_template_keys_are_unique() -> None:
    keys = [raw["key"] for raw in _raw("templates.json")["templates"]]
    assert len(keys) == len(set(keys))


def test_every_activity_kind_has_a_method(library: Library) -> None:
    covered = {method.kind for method in library.methods.values()}
    assert covered == set(ActivityKind)


def test_methods_have_texts_in_both_languages(library: Library) -> None:
    for method in library.methods.values():
        for lang in LANGUAGES:
            assert method.title.get(lang, "").strip(), (method.key, lang)
            assert method.description.get(lang, "").strip(), (method.key, lang)
            assert method.instructions.get(lang, "").strip(), (method.key, lang)
            assert method.materials.get(lang, "").strip(), (method.key, lang)
        assert method.default_minutes > 0
        assert isinstance(method.grouping, Grouping)


def test_guiding_questions_match_across_languages(library: Library) -> None:
    for method in library.methods.values():
        questions = method.guiding_questions
        assert len(questions["id"]) == len(questions["en"]), method.key
    for template in library.templates.values():
        for _start, _end, items in template.days:
            for item in items:
                if "guiding_questions" in item.overrides:
                    questions = item.overrides["guiding_questions"]
                    assert len(questions["id"]) == len(questions["en"]), template.key


def test_templates_have_texts_in_both_languages(library: Library) -> None:
    for template in library.templates.values():
        for lang in LANGUAGES:
            assert template.title.get(lang, "").strip(), (template.key, lang)
            assert template.description.get(lang, "").strip(), (template.key, lang)
            assert template.objectives.get(lang), (template.key, lang)
        assert len(template.objectives["id"]) == len(template.objectives["en"])
        assert template.organiser and template.venue and template.days


def test_the_four_templates_exist(library: Library) -> None:
    assert set(library.templates) >= TEMPLATE_KEYS
    assert SAMPLE_TEMPLATE_KEY in library.templates


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_day_fits(library: Library, lang: str) -> None:
    for template in library.templates.values():
        session = template.instantiate(lang, FIRST_DATE)
        for day in session.days:
            plan = schedule(day.start, day.end, day.activities)
            assert not plan.overruns, (template.key, lang, plan.overrun_minutes)
            assert plan.spare_minutes <= MAX_SPARE_MINUTES, (
                template.key,
                plan.spare_minutes,
            )


def test_instantiating_in_both_languages_gives_the_same_agenda(
    library: Library,
) -> None:
    for template in library.templates.values():
        indonesian = template.instantiate("id", FIRST_DATE)
        english = template.instantiate("en", FIRST_DATE)
        assert len(indonesian.days) == len(english.days)
        assert len(indonesian.objectives) == len(english.objectives)
        for id_day, en_day in zip(indonesian.days, english.days, strict=True):
            assert (id_day.start, id_day.end) == (en_day.start, en_day.end)
            assert len(id_day.activities) == len(en_day.activities)
            for id_activity, en_activity in zip(id_day.activities, en_day.activities, strict=True):
                assert id_activity.planned_minutes == en_activity.planned_minutes
                assert id_activity.kind == en_activity.kind
                assert id_activity.method_key == en_activity.method_key
                assert id_activity.title and en_activity.title


def test_templates_use_their_signature_methods(library: Library) -> None:
    def method_keys(key: str) -> set[str]:
        return {item.method.key for _s, _e, items in library.template(key).days for item in items}

    assert "pembentukan_kbk" in method_keys("bimtek_kbk")
    assert {"penyusunan_rencana_kerja", "pleno"} <= method_keys("budaya_kerja_workshop")
    assert {"kelas_kasus", "refleksi"} <= method_keys("internalisasi_berakhlak")
    cerdas_nurani_kinds = {
        item.method.kind
        for _s, _e, items in library.template("cerdas_nurani").days
        for item in items
    }
    assert {
        ActivityKind.LECTURE,
        ActivityKind.SHARING,
        ActivityKind.CASE_CLASS,
        ActivityKind.GROUP_DISCUSSION,
        ActivityKind.MULTIMEDIA,
        ActivityKind.GAME,
        ActivityKind.ROLE_PLAY,
    } <= cerdas_nurani_kinds
