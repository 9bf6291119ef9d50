"""The backup thinning policy: which backups are kept over days, weeks, months and years, and
that thinning a folder deletes exactly the others."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from storage.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_RECENT,
    KEEP_WEEKLY,
    Backup,
    backups_to_keep,
    thin,
)
from storage.database import DB_FILENAME


def backup_name(moment: datetime, reason: str = "startup") -> str:
    return f"lokakarya-{moment:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"


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
