"""Role plays played in groups at once: the mode and each cast row's group are stored,
travel in bundles, and a bundle written before groups existed still imports."""

from __future__ import annotations

import json
import zipfile

from facilitation.method_runs import CastEntry
from facilitation.roleplay import load_scenarios
from storage.bundles import export_bundle, import_bundle
from storage.database import open_store
from storage.groups import current_group_members
from storage.roleplays import RolePlayRepository


def _activity(session) -> str:
    return next(a.id for day in session.days for a in day.activities if a.kind == "role_play")


def _played_in_groups(db, session) -> str:
    scenario = load_scenarios()[0]
    repo = RolePlayRepository(db)
    run = repo.choose_scenario(_activity(session), scenario.key, scenario.title_in("id"), 1, 8)
    repo.set_in_groups(run.id, True)
    repo.set_casting(
        run.id,
        1,
        {
            "p1": CastEntry("p1", "Ani", "pemohon", "Kelompok 1"),
            "p2": CastEntry("p2", "Budi", "pemohon", "Kelompok 2"),
        },
    )
    return run.id


def test_groups_at_once_and_each_cast_rows_group_survive_a_reopen(data_dir, db, builtin_session):
    run_id = _played_in_groups(db, builtin_session)
    again = RolePlayRepository(open_store(data_dir, take_backup=False).db)
    assert again.get(run_id).in_groups
    assert [e.group for e in again.casting(run_id)[1]] == ["Kelompok 1", "Kelompok 2"]
    again.set_in_groups(run_id, False)
    assert not again.get(run_id).in_groups


def test_a_bundle_carries_the_groups_of_a_role_play(tmp_path, db, builtin_session):
    run_id = _played_in_groups(db, builtin_session)
    bundle = tmp_path / "sesi.lokakarya"
    export_bundle(db, builtin_session.id, bundle)
    other = open_store(tmp_path / "other").db
    import_bundle(other, bundle, tmp_path / "backups")
    repo = RolePlayRepository(other)
    assert repo.get(run_id).in_groups
    assert {e.person_key: e.group for e in repo.casting(run_id)[1]} == {
        "p1": "Kelompok 1",
        "p2": "Kelompok 2",
    }


def test_a_bundle_from_before_groups_at_once_still_imports(tmp_path, db, builtin_session):
    run_id = _played_in_groups(db, builtin_session)
    bundle = tmp_path / "lama.lokakarya"
    export_bundle(db, builtin_session.id, bundle)
    with zipfile.ZipFile(bundle) as archive:
        manifest, data = archive.read("manifest.json"), json.loads(archive.read("data.json"))
    for row in data["tables"]["role_plays"]:
        del row["in_groups"]
    for row in data["tables"]["role_play_casting"]:
        del row["group_name"]
    old = tmp_path / "older.lokakarya"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("data.json", json.dumps(data))
    other = open_store(tmp_path / "other").db
    import_bundle(other, old, tmp_path / "backups")
    repo = RolePlayRepository(other)
    assert not repo.get(run_id).in_groups
    assert {e.group for e in repo.casting(run_id)[1]} == {""}


def test_no_groups_formed_means_no_members(db, builtin_session):
    assert current_group_members(db, builtin_session.id, _activity(builtin_session)) == []
