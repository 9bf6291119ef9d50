"""Role plays, case classes, games and the user's own library items survive a reopen."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from facilitation.bilingual import LibraryItemError
from facilitation.cases import load_cases
from facilitation.method_runs import CastEntry
from facilitation.roleplay import copy_of, load_scenarios
from storage.case_class import CaseClassRepository
from storage.database import open_store
from storage.games import GameRepository
from storage.library_items import LibraryItemRepository
from storage.roleplays import RolePlayRepository

HOSTILE = "<b>Kelompok & 1</b> 😀 \u202eRTL"


def reopen(folder):
    return open_store(folder, take_backup=False).db


def activity_id(session, kind: str) -> str:
    return next(a.id for day in session.days for a in day.activities if a.kind == kind)


def test_role_play_cast_debrief_and_scores_round_trip(data_dir, db, builtin_session):
    scenario = load_scenarios()[0]
    repo = RolePlayRepository(db)
    run = repo.choose_scenario(
        activity_id(builtin_session, "role_play"), scenario.key, scenario.title_in("id"), 2, 8
    )
    repo.set_casting(
        run.id,
        1,
        {
            "p1": CastEntry("p1", HOSTILE, "pemohon"),
            "p2": CastEntry("p2", "Budi", "petugas"),
            "p3": CastEntry("p3", "Citra", "pengamat"),
        },
    )
    repo.set_casting(
        run.id, 1, {"p1": CastEntry("p1", HOSTILE, "petugas"), "p2": CastEntry("p2", "Budi", "")}
    )
    repo.set_debrief(run.id, "Warga merasa <didengar> & tenang")
    repo.set_round_debrief(run.id, 2, "Putaran kedua lebih lancar")
    repo.set_scores(run.id, 1, "p3", "Citra", "pengamat", {"sapa": ("berorientasi_pelayanan", 4)})
    repo.set_scores(run.id, 1, "p3", "Citra", "pengamat", {"sapa": ("berorientasi_pelayanan", 3)})

    again = RolePlayRepository(reopen(data_dir))
    stored = again.for_activity(run.activity_id)
    assert stored.scenario_key == scenario.key and stored.round_count == 2
    assert stored.debrief_notes == "Warga merasa <didengar> & tenang"
    assert again.casting(run.id)[1] == [
        CastEntry("p1", HOSTILE, "petugas"),
        CastEntry("p2", "Budi", ""),
    ]
    rounds = again.rounds(run.id)
    assert sorted(rounds) == [1, 2] and rounds[2].debrief_notes == "Putaran kedua lebih lancar"
    assert rounds[1].minutes == 8
    [score] = again.scores(run.id)
    assert (score.item_key, score.value_key, score.score) == ("sapa", "berorientasi_pelayanan", 3)
    assert again.for_session(builtin_session.id)[0].id == run.id
    # The removed person's row is a tombstone, not gone.
    assert db.execute("SELECT count(*) FROM role_play_casting WHERE deleted_at IS NOT NULL")


def test_bad_input_changes_nothing(db, builtin_session):
    repo = RolePlayRepository(db)
    run = repo.choose_scenario(activity_id(builtin_session, "role_play"), "x", "X", 1, 5)
    with pytest.raises(LibraryItemError):
        repo.set_debrief(run.id, "nul\x00")
    with pytest.raises(ValueError):
        repo.set_scores(run.id, 1, "o", "O", "pengamat", {"a": ("akuntabel", 9)})
    assert repo.get(run.id).debrief_notes == "" and repo.scores(run.id) == []
    games = GameRepository(db)
    play = games.choose_game(activity_id(builtin_session, "game"), "menara_kertas", "Menara", 2)
    with pytest.raises(ValueError):
        games.set_points(play.id, "A", 1, float("nan"))
    assert games.get(play.id).scores == {}


def test_case_assignments_and_answers_round_trip(data_dir, db, builtin_session):
    cases = load_cases()
    repo = CaseClassRepository(db)
    activity = activity_id(builtin_session, "case_class")
    repo.assign(activity, {HOSTILE: (cases[0].key, "A"), "Kelompok 2": (cases[1].key, "B")})
    first = repo.assignments(activity)[0]
    repo.set_answer(first.id, 0, "Jawaban <1> & 🙏\nbaris dua")
    repo.set_answer(first.id, 0, "Jawaban <1> & 🙏\nbaris tiga")
    repo.set_answer(first.id, 2, "x" * 100_000)
    # Giving the second group the same case again keeps its (empty) assignment.
    repo.assign(activity, {"Kelompok 2": (cases[1].key, "B")})

    again = CaseClassRepository(reopen(data_dir))
    stored = again.assignments(activity)
    assert [(a.group_name, a.case_key) for a in stored] == [
        (HOSTILE, cases[0].key),
        ("Kelompok 2", cases[1].key),
    ]
    assert stored[0].answers == {0: "Jawaban <1> & 🙏\nbaris tiga", 2: "x" * 100_000}
    # A different case for a group starts a fresh assignment.
    again.assign(activity, {HOSTILE: (cases[2].key, "C")})
    changed = {a.group_name: a for a in again.assignments(activity)}
    assert changed[HOSTILE].case_key == cases[2].key and changed[HOSTILE].answers == {}
    again.unassign(activity, ["Kelompok 2"])
    assert [a.group_name for a in again.for_session(builtin_session.id)] == [HOSTILE]


def test_game_points_round_trip(data_dir, db, builtin_session):
    repo = GameRepository(db)
    activity = activity_id(builtin_session, "game")
    play = repo.choose_game(activity, "menara_kertas", "Menara kertas", 2)
    repo.set_points(play.id, "Kelompok 1", 1, 45)
    repo.set_points(play.id, "Kelompok 1", 1, 50.5)
    repo.set_points(play.id, HOSTILE, 2, -3)
    repo.set_points(play.id, HOSTILE, 1, 7)
    repo.set_points(play.id, HOSTILE, 1, None)
    repo.set_round_count(play.id, 3)
    stored = GameRepository(reopen(data_dir)).for_activity(activity)
    assert stored.round_count == 3 and stored.game_key == "menara_kertas"
    assert stored.scores == {("Kelompok 1", 1): 50.5, (HOSTILE, 2): -3}


def test_user_scenarios_merge_with_builtins_which_stay_read_only(data_dir, db, builtin_session):
    builtins = load_scenarios()
    repo = LibraryItemRepository(db)
    with pytest.raises(PermissionError):
        repo.save_scenario(builtins[0])
    mine = copy_of(builtins[0], repo.new_key(), {"id": "(salinan)", "en": "(copy)"})
    mine = replace(mine, context={"id": HOSTILE, "en": "Context & <more>"})
    repo.save_scenario(mine)
    with pytest.raises(LibraryItemError):
        repo.save_scenario(replace(mine, title={"id": "", "en": " "}))
    merged = LibraryItemRepository(reopen(data_dir)).scenarios(builtins)
    assert len(merged) == len(builtins) + 1
    stored = merged[-1]
    assert stored.key == mine.key and not stored.builtin and stored.based_on == builtins[0].key
    assert stored.context["id"] == HOSTILE and stored.title["en"].endswith("(copy)")
    assert stored.roles == builtins[0].roles
    repo.move_to_trash(mine.key)
    assert len(repo.scenarios(builtins)) == len(builtins)
    assert len(repo.scenarios(builtins, with_trashed=True)) == len(builtins) + 1


def test_user_cases_are_stored_bilingual(db, builtin_session):
    repo = LibraryItemRepository(db)
    case = replace(load_cases()[0], key=str(uuid.uuid4()), builtin=False)
    case = replace(case, questions={"id": ["Apa <akar> masalahnya?"], "en": ["Root & cause?"]})
    repo.save_case(case)
    stored = repo.cases([])[0]
    assert stored.questions_in("id") == ["Apa <akar> masalahnya?"]
    assert stored.questions_in("en") == ["Root & cause?"]
    with pytest.raises(LibraryItemError):
        repo.save_case(replace(case, questions={"id": [], "en": []}))
