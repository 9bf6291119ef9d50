"""The command line: documented options, the sessions listing, clear errors with exit code 2."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from facilitation.library import load_library
from storage.database import DB_FILENAME, open_store
from storage.sample import ensure_sample_session

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )


@pytest.mark.slow
def test_help_documents_the_options() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--data-dir", "--lang", "sessions"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--lang", "id"],
        ["--data-dir", "/tmp/x", "--lang", "en"],
        ["--lang=en", "--data-dir=/tmp/y"],
        ["--data-dir", "/tmp/a", "--data-dir", "/tmp/b"],
        ["--lang", "en", "sessions", "--data-dir", "/tmp/z"],
        ["report", "Pelatihan", "--out", "/tmp/r.pdf", "--lang", "en"],
    ],
)
def test_the_quick_read_of_the_app_options_agrees_with_argparse(argv: list[str]) -> None:
    """main reads `--data-dir`/`--lang` itself to start faster: same answers as argparse."""
    from main import build_parser, parse_arguments

    assert vars(parse_arguments(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--lang"], ["--lang", "fr"], ["--data-dir"], ["--data"]])
def test_the_quick_read_leaves_mistakes_and_abbreviations_to_argparse(argv, capsys) -> None:
    from main import parse_arguments
    from ui.command_line import _gui_options

    assert _gui_options(argv) is None
    if argv == ["--data"]:  # argparse accepts an unambiguous abbreviation
        with pytest.raises(SystemExit):
            parse_arguments(argv)  # expected one argument
    else:
        with pytest.raises(SystemExit) as stopped:
            parse_arguments(argv)
        assert stopped.value.code == 2


@pytest.mark.slow
def test_sessions_lists_id_date_and_title(data_dir: Path) -> None:
    opened = open_store(data_dir)
    session = ensure_sample_session(opened.db, load_library(), "id", date(2022, 3, 23))
    opened.db.close()
    result = run("--data-dir", str(data_dir), "sessions")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{session.id}\t2022-03-23\t{session.title}"]


@pytest.mark.slow
def test_sessions_on_an_empty_folder_prints_nothing(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "new"), "sessions")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.slow
@pytest.mark.parametrize("args", [["bogus"], ["--lang", "fr", "sessions"], ["--nope"]])
def test_usage_errors_are_one_line_with_exit_code_2(args: list[str], tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_damaged_store_is_reported_and_left_alone(data_dir: Path) -> None:
    damaged = data_dir / DB_FILENAME
    damaged.write_bytes(b"this is not a database" * 100)
    result = run("--data-dir", str(data_dir), "--lang", "en", "sessions")
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert damaged.read_bytes() == b"this is not a database" * 100


@pytest.mark.slow
def test_the_message_comes_in_indonesian_with_lang_id(data_dir: Path) -> None:
    (data_dir / DB_FILENAME).write_bytes(b"\x00garbage" * 200)
    result = run("--data-dir", str(data_dir), "--lang", "id", "sessions")
    assert result.returncode == 2
    assert "rusak" in result.stderr


@pytest.mark.slow
def test_a_store_from_a_newer_version_is_refused(data_dir: Path) -> None:
    opened = open_store(data_dir)
    opened.db.execute("PRAGMA user_version = 999")
    opened.db.close()
    before = (data_dir / DB_FILENAME).read_bytes()
    result = run("--data-dir", str(data_dir), "--lang", "en", "sessions")
    assert result.returncode == 2 and "newer" in result.stderr
    assert (data_dir / DB_FILENAME).read_bytes() == before
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 999


@pytest.mark.slow
def test_data_dir_may_follow_the_command(data_dir: Path) -> None:
    opened = open_store(data_dir)
    session = ensure_sample_session(opened.db, load_library(), "en", date(2022, 3, 23))
    opened.db.close()
    result = run("sessions", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(session.id)


def test_empty_trash_asks_for_yes_then_deletes_the_trashed_sessions(data_dir: Path, capsys):
    from main import parse_arguments
    from storage.sessions import SessionRepository
    from ui.cli.commands import empty_the_trash

    with pytest.raises(SystemExit) as stopped:
        parse_arguments(["empty-trash"])
    assert stopped.value.code == 2
    opened = open_store(data_dir)
    sessions = SessionRepository(opened.db)
    kept = ensure_sample_session(opened.db, load_library(), "id", date(2022, 3, 23))
    sessions.move_to_trash(sessions.duplicate(kept.id, "Salinan").id)
    opened.db.close()
    args = parse_arguments(["--data-dir", str(data_dir), "empty-trash", "--yes"])
    assert (args.command, args.yes) == ("empty-trash", True)
    assert empty_the_trash(data_dir) == 0  # in this process: no app of its own, no log file
    assert "1 sessions deleted for good." in capsys.readouterr().out
    opened = open_store(data_dir, take_backup=False)
    try:
        assert [s.id for s in SessionRepository(opened.db).list()] == [kept.id]
        assert SessionRepository(opened.db).list(in_trash=True) == []
    finally:
        opened.db.close()
