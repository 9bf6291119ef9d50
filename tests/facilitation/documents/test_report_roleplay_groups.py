"""A role play played in groups at once reads in the report as each group's cast, not as
dozens of rows of "observer"."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from facilitation.casting import cast_rounds_in_groups, flatten
from facilitation.documents.report.method_data import cast_per_group
from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.spreadsheets import sheet_tables
from facilitation.library import load_library
from facilitation.method_runs import CastEntry
from facilitation.roleplay import load_scenarios
from storage.database import open_store
from storage.report_source import load_report_data
from storage.roleplays import RolePlayRepository
from storage.sample import ensure_sample_session


def test_a_large_room_in_groups_reads_as_each_groups_cast(data_dir: Path):
    db = open_store(data_dir, take_backup=False).db
    session = ensure_sample_session(db, load_library(), "id", date(2022, 3, 23))
    activity = next(a.id for d in session.days for a in d.activities if a.kind == "role_play")
    scenario = load_scenarios()[0]
    plays = RolePlayRepository(db)
    run = plays.choose_scenario(activity, scenario.key, scenario.title_in("id"), 1, 7)
    plays.set_in_groups(run.id, True)
    groups = [(f"Kelompok {g}", [f"p{g}-{i}" for i in range(12)]) for g in range(1, 6)]
    cast, group_of = flatten(
        cast_rounds_in_groups(groups, scenario.role_keys, scenario.observer_keys, 1, 1)[1]
    )
    plays.set_casting(
        run.id, 1, {k: CastEntry(k, f"Orang {k}", role, group_of[k]) for k, role in cast.items()}
    )
    data = load_report_data(db, session.id)
    [line] = data.role_plays[0].rounds
    per_group = cast_per_group(line.cast)
    assert [group for group, _roles in per_group] == [name for name, _m in groups]
    for _group, roles in per_group:
        # Each main role and each observer role once, everyone who played it on its line.
        assert len(roles) <= len(scenario.role_keys) + len(scenario.observer_keys)
        assert sum(len(people) for _line, people in roles) == 12
    buffer = io.BytesIO()
    write_report(data, ReportOptions(lang="id"), buffer)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    section = text[text.index("Putaran 1") :]
    assert all(f"Kelompok {g}" in section for g in range(1, 6))
    assert "Orang p5-11" in section
    observer = scenario.observer_roles[0].name_in("id")
    assert section.count(observer) <= 5 + 1, "one observers' line per group, not one per person"
    sheets = {t.title: t for t in sheet_tables(data, "en", redacted=False)}
    casting = sheets["Casting"]
    assert casting.headers[-1] == "Group" and len(casting.rows) == 60
    db.close()
