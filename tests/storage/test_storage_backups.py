"""Backups: copies through the backup API, the thinning policy, finding and restoring one."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.session import Session, SessionDay
from storage import backups
from storage.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_RECENT,
    KEEP_WEEKLY,
    Backup,
    BackupError,
    backups_to_keep,
    list_backups,
    newest_good_backup,
    take_backup,
    thin,
)
from storage.database import DB_FILENAME, open_store, restore_backup
from storage.sessions import SessionRepository


def backup_name(moment: datetime, reason: str = "startup") -> str:
    return f"lokakarya-{moment:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"


def add_session(db, title: str, activities: int = 2) -> Session:
    return SessionRepository(db).create(
        Session(
            title=title,
            organiser="Org 🌱",
            days=[
                SessionDay(
                    date=date(2025, 2, 3),
                    activities=[
                        Activity(
                            title=f"{title} {i}",
                            kind=ActivityKind.SHARING,
                            planned_minutes=10 + i,
                        )
                        for i in range(activities)
                    ],
                )
            ],
        )
    )


def rows(conn) -> dict[str, list[tuple]]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}


def session_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM sessions"))
    finally:
        conn.close()


def garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(range(100))
    path.write_bytes(bytes(data))


# -- taking a backup -----------------------------------------------------------------------


def test_take_backup_copies_every_row_into_a_readable_file(opened_store):
    for n in range(3):
        add_session(opened_store.db, f"Sesi {n} <b>&</b>")
    moment = datetime(2025, 2, 3, 14, 15, 16, 171819)
    path = take_backup(opened_store.db.conn, opened_store.backup_dir, "manual", now=moment)

    assert path == opened_store.backup_dir / "lokakarya-20250203-141516-171819-manual.sqlite3"
    assert list_backups(opened_store.backup_dir) == [Backup(moment, path)]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert (
            conn.execute("PRAGMA user_version").fetchone()
            == opened_store.db.execute("PRAGMA user_version").fetchone()
        )
        assert rows(conn) == rows(opened_store.db.conn)
        assert len(rows(conn)["activities"]) == 6
    finally:
        conn.close()


def test_backup_includes_writes_still_in_the_wal(opened_store):
    opened_store.db.execute("PRAGMA wal_autocheckpoint=0")  # keep everything in the WAL
    add_session(opened_store.db, "Hanya di WAL")
    wal = Path(str(opened_store.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    path = take_backup(opened_store.db.conn, opened_store.backup_dir, "manual")
    assert session_titles(path) == ["Hanya di WAL"]


def test_backup_folder_holds_only_finished_backups(opened_store):
    add_session(opened_store.db, "Satu")
    start = datetime(2025, 1, 1, 9)
    made = [
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "startup", now=start + timedelta(days=n)
        )
        for n in range(3)
    ]
    # Checking the backups must not leave journal files behind either.
    assert newest_good_backup(opened_store.backup_dir) == made[-1]
    assert sorted(p.name for p in opened_store.backup_dir.iterdir()) == sorted(p.name for p in made)


def test_a_failed_backup_leaves_nothing_under_a_backup_name(opened_store, monkeypatch):
    add_session(opened_store.db, "Satu")
    earlier = take_backup(
        opened_store.db.conn, opened_store.backup_dir, "startup", now=datetime(2025, 1, 1)
    )

    def disk_full(_path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_fsync_file", disk_full)
    with pytest.raises(OSError):
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "manual", now=datetime(2025, 1, 2)
        )
    assert list_backups(opened_store.backup_dir) == [Backup(datetime(2025, 1, 1), earlier)]
    assert [p.name for p in opened_store.backup_dir.iterdir()] == [earlier.name]
    # The live store is unaffected and still writable.
    add_session(opened_store.db, "Dua")
    assert opened_store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_list_backups_reads_times_from_names_newest_first(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    moments = [
        datetime(2024, 5, d, h, m, s, us)
        for d, h, m, s, us in [
            (1, 0, 0, 0, 0),
            (1, 0, 0, 0, 1),
            (30, 23, 59, 59, 999999),
            (2, 12, 0, 0, 5),
        ]
    ]
    for moment in moments:
        (folder / backup_name(moment, "manual")).write_bytes(b"")
    assert [b.taken_at for b in list_backups(folder)] == sorted(moments, reverse=True)
    assert list_backups(tmp_path / "missing") == []


# -- the thinning policy -------------------------------------------------------------------


def synthetic(moments) -> list[Backup]:
    return [Backup(m, Path("/nowhere") / backup_name(m)) for m in moments]


def expected_keep(all_backups: list[Backup]) -> set[Backup]:
    """The policy, computed independently: newest N overall, plus the newest backup of each
    of the most recent 12 days, 10 ISO weeks and 9 months."""
    by_time = sorted(all_backups, key=lambda b: b.taken_at)
    keep = set(by_time[-KEEP_RECENT:])
    periods = [
        (KEEP_DAILY, lambda m: m.date()),
        (KEEP_WEEKLY, lambda m: (m.isocalendar().year, m.isocalendar().week)),
        (KEEP_MONTHLY, lambda m: (m.year, m.month)),
    ]
    for count, period_of in periods:
        newest_in: dict = {}
        for backup in by_time:  # later ones overwrite earlier ones
            newest_in[period_of(backup.taken_at)] = backup
        for period in sorted(newest_in)[-count:]:
            keep.add(newest_in[period])
    return keep


def daily_moments(first: date, last: date, hour: int = 12) -> list[datetime]:
    days = (last - first).days + 1
    return [datetime.combine(first + timedelta(days=n), time(hour)) for n in range(days)]


def test_policy_constants_are_the_documented_ones():
    assert (KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY) == (5, 12, 10, 9)


def test_two_years_of_daily_backups_keep_a_known_set():
    all_backups = synthetic(daily_moments(date(2023, 1, 1), date(2024, 12, 31)))
    kept_dates = sorted(b.taken_at.date() for b in backups_to_keep(all_backups))
    december = [date(2024, 12, d) for d in (1, 8, 15, *range(20, 32))]
    # 2024-12-31 is a Tuesday in ISO week 2025-W01; earlier weeks end on Sundays.
    weekly = [date(2024, 11, d) for d in (3, 10, 17, 24)]
    monthly = [
        date(2024, m, d)
        for m, d in ((4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30))
    ]
    assert kept_dates == sorted({*december, *weekly, *monthly})
    assert len(kept_dates) == 27


@pytest.mark.parametrize("seed", range(3))
def test_two_years_of_irregular_backups_match_the_policy(seed):
    rng = random.Random(seed)
    moments = []
    day = date(2023, 3, 1)
    while day <= date(2025, 2, 28):
        for _ in range(rng.choice([0, 1, 1, 1, 2, 3])):  # some days none, some several
            moments.append(
                datetime.combine(day, time(rng.randrange(24), rng.randrange(60)))
                + timedelta(microseconds=rng.randrange(10**6))
            )
        day += timedelta(days=1)
    all_backups = synthetic(moments)
    rng.shuffle(all_backups)
    kept = backups_to_keep(all_backups)
    assert kept == expected_keep(all_backups)
    assert kept <= set(all_backups)


def test_the_same_week_or_month_in_different_years_are_different_periods():
    # Daily backups only during ISO week 10 (early March) of each of 12 years.
    moments = [
        datetime.combine(date.fromisocalendar(year, 10, weekday), time(18))
        for year in range(2014, 2026)
        for weekday in range(1, 8)
    ]
    kept = backups_to_keep(synthetic(moments))
    assert kept == expected_keep(synthetic(moments))
    sundays = {
        datetime.combine(date.fromisocalendar(y, 10, 7), time(18)) for y in range(2016, 2026)
    }
    # The newest of each of the last 10 weeks: one per year for 10 years (9 months only cover 9).
    kept_moments = {b.taken_at for b in kept}
    assert sundays <= kept_moments
    assert datetime.combine(date.fromisocalendar(2015, 10, 7), time(18)) not in kept_moments

    # Daily backups only during March of each of 12 years: 10 weeks reach back ~3 years,
    # 9 months reach back 9 years.
    moments = [
        datetime.combine(date(year, 3, day), time(18))
        for year in range(2014, 2026)
        for day in range(1, 32)
    ]
    kept = backups_to_keep(synthetic(moments))
    assert kept == expected_keep(synthetic(moments))
    kept_moments = {b.taken_at for b in kept}
    assert {datetime(y, 3, 31, 18) for y in range(2017, 2026)} <= kept_moments
    assert datetime(2016, 3, 31, 18) not in kept_moments


@pytest.mark.parametrize("count", [0, 1, 4, 5])
def test_few_backups_are_all_kept_when_recent(count):
    moments = [datetime(2025, 1, 1, 8) + timedelta(minutes=n) for n in range(count)]
    assert backups_to_keep(synthetic(moments)) == set(synthetic(moments))


def test_many_backups_on_one_day_keep_only_the_newest_five():
    moments = [datetime(2025, 1, 1, 8) + timedelta(minutes=n) for n in range(20)]
    kept = backups_to_keep(synthetic(moments))
    assert sorted(b.taken_at for b in kept) == moments[-5:]


def test_thin_deletes_exactly_what_the_policy_drops_and_nothing_else(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    moments = daily_moments(date(2023, 1, 1), date(2024, 12, 31), hour=3)
    for moment in moments:
        (folder / backup_name(moment)).write_bytes(b"backup")
    others = {
        "notes.txt": b"jangan dihapus",
        DB_FILENAME: b"not a backup",
        "lokakarya-20230101-030000-000000-startup.sqlite3.part": b"half",
        "lokakarya-20230102-030000-000000-Startup.sqlite3": b"other naming",
        "lokakarya-20230103-030000-000000-startup.sqlite3-wal": b"side file",
        "lokakarya-20230104-030000-startup.sqlite3": b"no microseconds",
        "copy of lokakarya-20230105-030000-000000-startup.sqlite3": b"user copy",
        "lokakarya-20230106-030000-000000-startup.sqlite3.bak": b"user copy",
    }
    for name, content in others.items():
        (folder / name).write_bytes(content)
    (folder / "sub").mkdir()
    (folder / "sub" / backup_name(moments[0])).write_bytes(b"nested")

    expected = expected_keep(synthetic(moments))
    removed = thin(folder, datetime(2025, 1, 1))

    remaining = {p.name for p in folder.iterdir()}
    assert remaining == {p.path.name for p in expected} | set(others) | {"sub"}
    assert sorted(p.name for p in removed) == sorted(
        backup_name(m) for m in moments if backup_name(m) not in {b.path.name for b in expected}
    )
    for name, content in others.items():
        assert (folder / name).read_bytes() == content
    assert (folder / "sub" / backup_name(moments[0])).read_bytes() == b"nested"
    assert thin(folder) == []  # thinning again removes nothing more


def test_take_backup_thins_old_backups(opened_store):
    add_session(opened_store.db, "Satu")
    start = datetime(2024, 1, 1, 8)
    for n in range(40):
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "startup", now=start + timedelta(days=n)
        )
    kept = list_backups(opened_store.backup_dir)
    assert set(kept) == expected_keep(kept)
    assert len(kept) < 40
    assert kept[0].taken_at == start + timedelta(days=39)


# -- newest good backup and restore --------------------------------------------------------


def test_newest_good_backup_skips_a_garbled_one(opened_store):
    add_session(opened_store.db, "Satu")
    made = [
        take_backup(
            opened_store.db.conn, opened_store.backup_dir, "startup", now=datetime(2025, 1, d)
        )
        for d in (1, 2, 3)
    ]
    assert newest_good_backup(opened_store.backup_dir) == made[2]
    garble(made[2])
    assert newest_good_backup(opened_store.backup_dir) == made[1]
    made[1].write_bytes(made[1].read_bytes()[:1000])  # truncated
    assert newest_good_backup(opened_store.backup_dir) == made[0]
    made[0].write_bytes(b"")
    made[0].unlink()
    assert newest_good_backup(opened_store.backup_dir) is None
    assert newest_good_backup(opened_store.path.parent / "no-such-folder") is None


def test_restore_backup_quarantines_the_current_file_and_restores_the_data(tmp_path):
    data_dir = tmp_path / "data"
    opened = open_store(data_dir, take_backup=False)
    add_session(opened.db, "Sebelum backup")
    backup = take_backup(opened.db.conn, opened.backup_dir, "manual")
    add_session(opened.db, "Sesudah backup")
    opened.db.close()
    current = (data_dir / DB_FILENAME).read_bytes()

    aside = restore_backup(data_dir, backup)

    assert aside is not None and aside.parent == data_dir / "quarantine"
    assert aside.read_bytes() == current  # moved aside, not deleted
    assert session_titles(aside) == ["Sebelum backup", "Sesudah backup"]
    assert backup.exists()

    reopened = open_store(data_dir)
    try:
        assert reopened.quarantined is None
        assert [s.title for s in SessionRepository(reopened.db).list()] == ["Sebelum backup"]
        assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert reopened.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        reopened.db.close()


def test_restore_backup_without_a_current_file(tmp_path):
    source = open_store(tmp_path / "old", take_backup=False)
    add_session(source.db, "Dari laptop lama")
    backup = take_backup(source.db.conn, source.backup_dir, "manual")
    source.db.close()

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert restore_backup(data_dir, backup) is None
    opened = open_store(data_dir, take_backup=False)
    try:
        assert [s.title for s in SessionRepository(opened.db).list()] == ["Dari laptop lama"]
    finally:
        opened.db.close()


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(tmp_path):
    data_dir = tmp_path / "data"
    opened = open_store(data_dir, take_backup=False)
    add_session(opened.db, "Tetap")
    backup = take_backup(opened.db.conn, opened.backup_dir, "manual")
    opened.db.close()
    garble(backup)
    current = (data_dir / DB_FILENAME).read_bytes()

    with pytest.raises(BackupError, match="backup_damaged"):
        restore_backup(data_dir, backup)
    assert (data_dir / DB_FILENAME).read_bytes() == current
    assert not (data_dir / "quarantine").exists()
