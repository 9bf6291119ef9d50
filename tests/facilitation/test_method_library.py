"""The shipped role-play, case and game libraries: complete in both languages."""

from __future__ import annotations

from facilitation.cases import CaseTheme, load_cases
from facilitation.core_values import CoreValue
from facilitation.games import load_games
from facilitation.roleplay import load_scenarios, scenario_problem


def test_scenarios_are_complete_in_both_languages():
    scenarios = load_scenarios()
    assert len(scenarios) >= 6
    for scenario in scenarios:
        assert scenario_problem(scenario) is None, scenario.key
        for lang in ("id", "en"):
            assert scenario.title[lang] and scenario.context[lang]
            assert scenario.debrief_questions[lang]
            for role in scenario.roles:
                assert role.name[lang] and role.public_brief[lang] and role.private_brief[lang]
        assert scenario.observer_roles
        for observer in scenario.observer_roles:
            for item in observer.checklist:
                assert CoreValue(item.value) and item.text["id"] and item.text["en"]


def test_cases_cover_service_integrity_accountability_and_change():
    cases = load_cases()
    assert len(cases) >= 6
    assert {case.theme for case in cases} == set(CaseTheme)
    for case in cases:
        assert len(case.questions["id"]) == len(case.questions["en"]) >= 3
        assert case.narrative["id"] and case.narrative["en"]
        assert all(CoreValue(value) for value in case.values)


def test_games_have_instructions_timing_and_scoring():
    games = load_games()
    assert len(games) >= 5
    for game in games:
        assert game.minutes > 0 and game.rounds >= 1
        for lang in ("id", "en"):
            assert game.title[lang] and game.instructions[lang] and game.scoring[lang]
