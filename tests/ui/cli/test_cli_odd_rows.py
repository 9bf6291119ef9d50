"""The command line on a store an older version left an impossible row in: the session is
still listed, and its report and workbook still come out."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.database import open_store
from tests.report_fixtures import fill_day, sample_session
from tests.storage.test_row_values import spoil
from tests.ui.cli.test_cli import run


@pytest.mark.slow
@pytest.mark.attack("values by meaning")
def test_sessions_report_and_xlsx_survive_an_impossible_row(data_dir: Path, tmp_path: Path):
    opened = open_store(data_dir, take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=6, notes_per_activity=1)
    spoil(opened.db, session)
    opened.db.close()
    listed = run("--data-dir", str(data_dir), "sessions")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [f"{session.id}\t-\t{session.title}"]
    for verb, name in (("report", "laporan.pdf"), ("xlsx", "tabel.xlsx")):
        out = tmp_path / name
        result = run("--data-dir", str(data_dir), verb, session.id, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
