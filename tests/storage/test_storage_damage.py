"""A damaged store is moved aside into quarantine/, never deleted, and a fresh one is opened."""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from facilitation.activity import Activity, ActivityKind
from facilitation.session import Session, SessionDay
from storage.backups import list_backups, take_backup
from storage.database import DB_FILENAME, open_store, restore_backup
from storage.health import is_healthy
from storage.migrations import LATEST_VERSION
from storage.sessions import SessionRepository

pytestmark = pytest.mark.attack("damaged store files")

SESSIONS = 40
USER_VERSION_BYTES = range(60, 64)


@dataclass(frozen=True)
class Base:
    """A data folder with a populated store and one healthy startup backup."""

    folder: Path
    data: bytes
    backup_name: str
    counts: dict[str, int]

    @property
    def page_size(self) -> int:
        size = int.from_bytes(self.data[16:18], "big")
        return 65536 if size == 1 else size


def counts(conn) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def populate(db) -> None:
    repo = SessionRepository(db)
    rng = random.Random(7)
    for n in range(SESSIONS):
        repo.create(
            Session(
                title=f"Sesi {n} 🌱",
                organiser="Dinas <b>&</b>",
                days=[
                    SessionDay(
                        date=date(2025, 1 + n % 12, 1 + n % 28),
                        activities=[
                            Activity(
                                title=f"Kegiatan {n}.{i}",
                                kind=ActivityKind.LECTURE,
                                planned_minutes=30,
                                instructions="teks " * rng.randint(10, 80),
                            )
                            for i in range(5)
                        ],
                    )
                ],
            )
        )


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    folder = tmp_path_factory.mktemp("base") / "data"
    opened = open_store(folder)
    populate(opened.db)
    opened.db.close()
    opened = open_store(folder)  # a normal second start takes a startup backup
    opened.db.close()
    (backup,) = list_backups(folder / "backups")
    data = (folder / DB_FILENAME).read_bytes()
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        found = counts(conn)
    finally:
        conn.close()
    assert sorted(p.name for p in folder.iterdir()) == ["backups", DB_FILENAME]
    assert len(data) // int.from_bytes(data[16:18], "big") > 20
    return Base(folder, data, backup.path.name, found)


def copy_base(base: Base, target: Path) -> Path:
    shutil.copytree(base.folder, target)
    return target


# -- kinds of damage -----------------------------------------------------------------------


def truncate_half(data: bytes, page_size: int) -> bytes:
    return data[: len(data) // 2]


def truncate_100(data: bytes, page_size: int) -> bytes:
    return data[:100]


def garbage_header(data: bytes, page_size: int) -> bytes:
    return random.Random(1).randbytes(100) + data[100:]


def zero_middle_page(data: bytes, page_size: int) -> bytes:
    page = len(data) // page_size // 2
    start = page * page_size
    return data[:start] + bytes(page_size) + data[start + page_size :]


def random_file(data: bytes, page_size: int) -> bytes:
    return random.Random(2).randbytes(len(data))


def small_garbage(data: bytes, page_size: int) -> bytes:
    return b"bukan basis data\n"


def zeros(data: bytes, page_size: int) -> bytes:
    return bytes(4096)


DAMAGE = [
    truncate_half,
    truncate_100,
    garbage_header,
    zero_middle_page,
    random_file,
    small_garbage,
    zeros,
]


def assert_fresh_store(opened) -> None:
    db = opened.db
    assert opened.created
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    repo = SessionRepository(db)
    assert repo.list() == [] and repo.list(in_trash=True) == []
    repo.create(Session(title="Mulai lagi", days=[SessionDay(date=date(2025, 6, 1))]))
    assert [s.title for s in repo.list()] == ["Mulai lagi"]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_damaged_store_is_quarantined_and_a_fresh_one_opened(base, tmp_path, damage):
    data_dir = copy_base(base, tmp_path / "data")
    damaged = damage(base.data, base.page_size)
    assert damaged != base.data
    (data_dir / DB_FILENAME).write_bytes(damaged)
    assert not is_healthy(data_dir / DB_FILENAME)

    opened = open_store(data_dir)
    try:
        assert opened.quarantined is not None
        assert opened.quarantined.parent == data_dir / "quarantine"
        assert opened.quarantined.read_bytes() == damaged  # kept byte for byte
        assert opened.good_backup == data_dir / "backups" / base.backup_name
        assert is_healthy(opened.good_backup)
        assert opened.path == data_dir / DB_FILENAME
        assert_fresh_store(opened)
    finally:
        opened.db.close()
    # The good backup is still there (a fresh store takes no startup backup to thin it).
    assert [b.path.name for b in list_backups(data_dir / "backups")] == [base.backup_name]

    # The user can choose to restore it and gets the data back.
    aside = restore_backup(data_dir, opened.good_backup)
    assert aside is not None and aside.parent == data_dir / "quarantine"
    restored = open_store(data_dir)
    try:
        assert restored.quarantined is None
        assert counts(restored.db.conn) == base.counts
    finally:
        restored.db.close()
    assert opened.quarantined.read_bytes() == damaged


def test_no_backup_means_no_good_backup(base, tmp_path):
    data_dir = copy_base(base, tmp_path / "data")
    shutil.rmtree(data_dir / "backups")
    (data_dir / DB_FILENAME).write_bytes(truncate_half(base.data, base.page_size))
    opened = open_store(data_dir)
    try:
        assert opened.quarantined is not None and opened.good_backup is None
        assert_fresh_store(opened)
    finally:
        opened.db.close()


def test_good_backup_skips_damaged_backups(base, tmp_path):
    data_dir = copy_base(base, tmp_path / "data")
    source = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        newer = take_backup(source, data_dir / "backups", "manual")
    finally:
        source.close()
    newer.write_bytes(newer.read_bytes()[:2000])
    (data_dir / DB_FILENAME).write_bytes(zero_middle_page(base.data, base.page_size))
    opened = open_store(data_dir)
    try:
        assert opened.good_backup == data_dir / "backups" / base.backup_name
    finally:
        opened.db.close()


def test_journal_files_of_a_damaged_store_go_into_quarantine_too(base, tmp_path):
    data_dir = copy_base(base, tmp_path / "data")
    damaged = garbage_header(base.data, base.page_size)
    (data_dir / DB_FILENAME).write_bytes(damaged)
    sides = {"-wal": b"wal bytes " * 10, "-shm": b"\x01" * 300}
    for suffix, content in sides.items():
        Path(f"{data_dir / DB_FILENAME}{suffix}").write_bytes(content)

    opened = open_store(data_dir)
    try:
        quarantined = opened.quarantined
        assert quarantined.read_bytes() == damaged
        # The WAL may hold the latest commits: it is kept byte for byte. The -shm is only
        # an index SQLite rebuilds from the WAL, so it is just moved along.
        assert Path(f"{quarantined}-wal").read_bytes() == sides["-wal"]
        assert Path(f"{quarantined}-shm").exists()
        assert_fresh_store(opened)
    finally:
        opened.db.close()


def test_damage_reported_in_text_that_is_not_utf8_is_still_damage(base, tmp_path):
    data_dir = copy_base(base, tmp_path / "data")
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        # A schema entry with a broken name and statement: SQLite's error message then
        # quotes bytes that are not UTF-8.
        conn.execute(
            "UPDATE sqlite_master SET name=CAST(? AS TEXT), sql='CREATE TABLE x(a'"
            " WHERE name='store_facts'",
            [b"store_facts\xff\xfe"],
        )
        conn.commit()
    finally:
        conn.close()
    damaged = path.read_bytes()
    assert not is_healthy(path)

    opened = open_store(data_dir)
    try:
        assert opened.quarantined.read_bytes() == damaged
        assert opened.good_backup == data_dir / "backups" / base.backup_name
        assert_fresh_store(opened)
    finally:
        opened.db.close()


def test_a_flip_inside_a_text_value_is_not_detectable_and_the_store_opens(base, tmp_path):
    """SQLite keeps no checksums: such a change opens as a healthy store (documented limit)."""
    data_dir = copy_base(base, tmp_path / "data")
    needle = b"Kegiatan 7.2"
    assert base.data.count(needle) == 1
    at = base.data.index(needle)
    damaged = base.data[:at] + b"k" + base.data[at + 1 :]
    (data_dir / DB_FILENAME).write_bytes(damaged)

    opened = open_store(data_dir)
    try:
        assert opened.quarantined is None and not opened.created
        assert counts(opened.db.conn) == base.counts
        titles = {row[0] for row in opened.db.execute("SELECT title FROM activities")}
        assert "kegiatan 7.2" in titles and "Kegiatan 7.2" not in titles
    finally:
        opened.db.close()


def test_repeated_damage_keeps_every_quarantined_file(base, tmp_path):
    data_dir = copy_base(base, tmp_path / "data")
    first = small_garbage(base.data, base.page_size)
    second = truncate_100(base.data, base.page_size)
    (data_dir / DB_FILENAME).write_bytes(first)
    open_store(data_dir).db.close()
    (data_dir / DB_FILENAME).write_bytes(second)
    open_store(data_dir).db.close()
    kept = sorted(
        p.read_bytes()
        for p in (data_dir / "quarantine").iterdir()
        if p.suffix == ".sqlite3"  # not the -wal/-shm files moved along with them
    )
    assert kept == sorted([first, second])


def test_an_empty_file_opens_as_an_empty_store(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"")
    opened = open_store(data_dir)
    try:
        assert opened.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert SessionRepository(opened.db).list() == []
    finally:
        opened.db.close()


@pytest.mark.parametrize("name", ["data #1", "data?x=1", "data%20", "data %41 ~'é"])
def test_a_healthy_store_in_an_unusual_folder_is_not_mistaken_for_damage(base, tmp_path, name):
    data_dir = copy_base(base, tmp_path / name)
    assert is_healthy(data_dir / DB_FILENAME)
    opened = open_store(data_dir)
    try:
        assert opened.quarantined is None
        assert counts(opened.db.conn) == base.counts
    finally:
        opened.db.close()
    assert not (data_dir / "quarantine").exists()
    assert len(list_backups(data_dir / "backups")) == 2
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no stray files beside it


@pytest.mark.parametrize("name", ["data #1", "data?x=1", "data%20", "data %41 ~'é"])
def test_a_damaged_store_in_an_unusual_folder_is_quarantined(base, tmp_path, name):
    data_dir = copy_base(base, tmp_path / name)
    damaged = truncate_half(base.data, base.page_size)
    (data_dir / DB_FILENAME).write_bytes(damaged)
    assert not is_healthy(data_dir / DB_FILENAME)
    opened = open_store(data_dir)
    try:
        assert opened.quarantined.read_bytes() == damaged
        assert opened.good_backup == data_dir / "backups" / base.backup_name
        assert_fresh_store(opened)
    finally:
        opened.db.close()
    assert [p.name for p in tmp_path.iterdir()] == [name]
