"""Report readers for the methods run in a session: role plays, case classes and games.

Scenario and case texts come from the merged library (built-ins and the facilitator's own,
trashed ones included, so a report still names a role whose scenario was thrown away).
"""

from __future__ import annotations

import sqlite_utils

from facilitation.bilingual import bilingual
from facilitation.documents.report.data import SessionReportData
from facilitation.documents.report.method_data import (
    CaseComparison,
    CastLine,
    GameLine,
    RolePlayLine,
    RoundLine,
    StandingLine,
    ValueMean,
)
from facilitation.method_runs import CaseAssignment
from facilitation.scoring import leaderboard, scores_per_value


def read_role_plays(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from facilitation.roleplay import load_scenarios
    from storage.library_items import LibraryItemRepository
    from storage.roleplays import RolePlayRepository

    repository = RolePlayRepository(db)
    scenarios = {
        s.key: s for s in LibraryItemRepository(db).scenarios(load_scenarios(), with_trashed=True)
    }
    lines = []
    for run in repository.for_session(data.session.id):
        scenario = scenarios.get(run.scenario_key)
        casting = repository.casting(run.id)
        rounds = repository.rounds(run.id)
        round_lines = []
        for number in range(1, run.round_count + 1):
            info = rounds.get(number)
            cast = []
            for entry in casting.get(number, []):
                role = scenario.role(entry.role_key) if scenario else None
                observer = scenario.observer_role(entry.role_key) if scenario else None
                found = role or observer
                name = dict(found.name) if found else {}
                group = entry.group if run.in_groups else ""
                cast.append(CastLine(name, entry.person_name, bool(observer), group))
            # Players first, then observers, then the audience: the order of a casting board;
            # played in groups at once, group by group (in the order they were cast).
            groups = list(dict.fromkeys(c.group for c in cast))
            cast.sort(key=lambda c: (groups.index(c.group), not c.role, c.observer))
            round_lines.append(
                RoundLine(
                    number,
                    info.minutes if info else 0,
                    tuple(cast),
                    info.debrief_notes if info else "",
                )
            )
        values = tuple(
            ValueMean(v.value, v.mean, v.count)
            for v in scores_per_value((s.value_key, s.score) for s in repository.scores(run.id))
        )
        if not (run.debrief_notes or values or any(r.cast or r.debrief for r in round_lines)):
            continue  # chosen but never played: nothing to report
        lines.append(
            RolePlayLine(
                run.activity_id,
                run.scenario_title,
                dict(scenario.context) if scenario else {},
                tuple(round_lines),
                run.debrief_notes,
                values,
            )
        )
    data.role_plays = lines


def read_case_classes(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from facilitation.cases import load_cases
    from storage.case_class import CaseClassRepository
    from storage.library_items import LibraryItemRepository

    cases = {c.key: c for c in LibraryItemRepository(db).cases(load_cases(), with_trashed=True)}
    by_case: dict[tuple[str, str], list[CaseAssignment]] = {}
    for assignment in CaseClassRepository(db).for_session(data.session.id):
        key = (assignment.activity_id, assignment.case_key)
        by_case.setdefault(key, []).append(assignment)
    comparisons = []
    for (activity_id, case_key), assignments in by_case.items():
        if not any(a.answers for a in assignments):
            continue
        case = cases.get(case_key)
        count = max(
            [case.question_count() if case else 0]
            + [index + 1 for a in assignments for index in a.answers]
        )
        questions = tuple(_question(case, index) for index in range(count))
        comparisons.append(
            CaseComparison(
                activity_id,
                assignments[0].case_title,
                questions,
                tuple(a.group_name for a in assignments),
                tuple(
                    tuple(a.answers.get(index, "") for a in assignments) for index in range(count)
                ),
            )
        )
    data.case_classes = comparisons


def _question(case, index: int) -> dict[str, str]:
    if case is None:
        return {}
    texts = {lang: lines[index] for lang, lines in case.questions.items() if index < len(lines)}
    return bilingual(texts) if texts else {}


def read_games(db: sqlite_utils.Database, data: SessionReportData) -> None:
    from storage.games import GameRepository
    from storage.groups import current_groups

    lines = []
    for play in GameRepository(db).for_session(data.session.id):
        if not play.scores:
            continue
        groups = [name for name, _m in current_groups(db, data.session.id, play.activity_id)]
        groups += [group for group, _round in play.scores]
        standings = leaderboard(groups, play.scores, play.round_count)
        lines.append(
            GameLine(
                play.activity_id,
                play.game_title,
                play.round_count,
                tuple(StandingLine(s.rank, s.group, s.total, s.per_round) for s in standings),
            )
        )
    data.games = lines
