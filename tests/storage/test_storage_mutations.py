"""About 200 damaged stores, made deterministically from a seeded RNG (truncated, zeroed pages,
flipped bytes, scribbled ranges, missing or damaged -wal): opening never crashes, a damaged
file is quarantined — never deleted — and the newest good backup is offered. Then random byte
flips drawn by Hypothesis: the store opens intact or is quarantined."""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from storage.database import DB_FILENAME, open_store
from storage.migrations import LATEST_VERSION, NewerSchemaError
from tests.storage.test_storage_damage import (  # noqa: F401 (base is a fixture)
    USER_VERSION_BYTES,
    Base,
    assert_fresh_store,
    base,
    copy_base,
    counts,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.attack("damaged store files"),
]  # sweeps of damaged stores

MUTANTS = 200
SEED = 20250523


@dataclass(frozen=True)
class Mutant:
    kind: str
    db: bytes
    wal: bytes | None
    touched: frozenset[int]  # byte offsets of the main file that were changed


@pytest.fixture(scope="module")
def with_wal(base: Base, tmp_path_factory) -> tuple[bytes, bytes]:  # noqa: F811
    """The store and a -wal holding committed changes not yet copied into it."""
    folder = tmp_path_factory.mktemp("wal")
    shutil.copy(base.folder / DB_FILENAME, folder / DB_FILENAME)
    conn = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE sessions SET title = title || ' (diubah)'")
    snapshot = (
        (folder / DB_FILENAME).read_bytes(),
        Path(f"{folder / DB_FILENAME}-wal").read_bytes(),
    )
    conn.close()
    assert len(snapshot[1]) > 0
    return snapshot


def mutants(base: Base, with_wal: tuple[bytes, bytes]) -> list[Mutant]:  # noqa: F811
    rng = random.Random(SEED)
    data, size, page = base.data, len(base.data), base.page_size
    pages = size // page
    made = []
    for n in range(MUTANTS):
        kind = ("truncate", "zero_pages", "flip", "scribble", "wal_missing", "wal_flip")[n % 6]
        db, wal, touched = bytearray(data), None, set()
        if kind == "truncate":
            cut = rng.choice([rng.randrange(size), rng.randrange(1, pages) * page])
            db = db[:cut]
            touched = set(range(cut, size))
        elif kind == "zero_pages":
            for number in rng.sample(range(pages), rng.randint(1, 3)):
                db[number * page : (number + 1) * page] = bytes(page)
                touched |= set(range(number * page, (number + 1) * page))
        elif kind == "flip":
            for _ in range(rng.randint(1, 8)):
                # Half the flips land on page headers, where damage matters most.
                offset = (
                    rng.randrange(pages) * page + rng.randrange(24)
                    if rng.random() < 0.5
                    else rng.randrange(size)
                )
                db[offset] ^= rng.randint(1, 255)
                touched.add(offset)
        elif kind == "scribble":
            start = rng.randrange(size)
            length = rng.randint(1, 2 * page)
            chunk = rng.randbytes(min(length, size - start))
            db[start : start + len(chunk)] = chunk
            touched = set(range(start, start + len(chunk)))
        else:
            db = bytearray(with_wal[0])
            if kind == "wal_flip":
                wal = bytearray(with_wal[1])
                for _ in range(rng.randint(1, 6)):
                    wal[rng.randrange(len(wal))] ^= rng.randint(1, 255)
                wal = bytes(wal[: rng.choice([len(wal), rng.randrange(len(wal))])])
        made.append(Mutant(kind, bytes(db), wal, frozenset(touched)))
    return made


def test_two_hundred_damaged_stores_never_crash_the_start(base, with_wal, tmp_path) -> None:  # noqa: F811
    backup = base.folder / "backups" / base.backup_name
    outcomes: dict[str, int] = {}
    for number, mutant in enumerate(mutants(base, with_wal)):
        data_dir = tmp_path / f"m{number}"
        (data_dir / "backups").mkdir(parents=True)
        shutil.copy(backup, data_dir / "backups" / base.backup_name)
        (data_dir / DB_FILENAME).write_bytes(mutant.db)
        if mutant.wal is not None:
            Path(f"{data_dir / DB_FILENAME}-wal").write_bytes(mutant.wal)
        offered = []
        try:
            opened = open_store(
                data_dir,
                take_backup=False,
                accept_backup=lambda q, b, seen=offered: seen.append(b) or False,
            )
        except NewerSchemaError:
            assert mutant.touched & set(USER_VERSION_BYTES), (number, mutant.kind)
            assert (data_dir / DB_FILENAME).read_bytes() == mutant.db  # left untouched
            outcomes["newer"] = outcomes.get("newer", 0) + 1
            continue
        try:
            assert opened.db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            if opened.quarantined is not None:
                assert opened.quarantined.read_bytes() == mutant.db, (number, mutant.kind)
                assert offered == [data_dir / "backups" / base.backup_name]
                assert opened.good_backup == offered[0]
                outcome = "quarantined"
            else:
                assert not (data_dir / "quarantine").exists()
                outcome = "opened"
        finally:
            opened.db.close()
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(data_dir)  # disk space: ~200 copies of the store add up
    # The mix matters: most mutants must really be damage that gets quarantined.
    assert outcomes.get("quarantined", 0) >= 80, outcomes
    assert sum(outcomes.values()) == MUTANTS


# -- random byte flips ---------------------------------------------------------------------


def flips_strategy(size: int, page_size: int):
    pages = size // page_size
    # Any byte of any page ...
    anywhere = st.builds(
        lambda page, offset: page * page_size + offset,
        st.integers(0, pages - 1),
        st.integers(0, page_size - 1),
    )
    # ... and, as often, the structural bytes at the start of a page (b-tree page header,
    # cell pointers), where damage is most likely to matter.
    page_starts = st.builds(
        lambda page, offset: page * page_size + offset + (100 if page == 0 else 0),
        st.integers(0, pages - 1),
        st.integers(0, 23),
    )
    # The user_version field is left alone: a flip there is not detectable as damage and is
    # indistinguishable from a file written by another schema version.
    offset = st.one_of(anywhere, page_starts).filter(lambda o: o not in USER_VERSION_BYTES)
    return st.lists(st.tuples(offset, st.integers(1, 255)), min_size=1, max_size=4)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_byte_flips_either_open_intact_or_quarantine(base, data):  # noqa: F811
    flips = data.draw(flips_strategy(len(base.data), base.page_size), label="flips")
    damaged = bytearray(base.data)
    for offset, mask in flips:
        damaged[offset] ^= mask
    damaged = bytes(damaged)

    with tempfile.TemporaryDirectory() as temp:
        data_dir = copy_base(base, Path(temp) / "data")
        (data_dir / DB_FILENAME).write_bytes(damaged)
        opened = open_store(data_dir)  # must not raise
        try:
            db = opened.db
            assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
            if opened.quarantined is not None:
                event("quarantined")
                assert opened.quarantined.read_bytes() == damaged
                assert opened.good_backup == data_dir / "backups" / base.backup_name
                assert_fresh_store(opened)
            else:
                # SQLite keeps no checksums, so a flip inside a text value can go unnoticed;
                # but every table and row is still there and the structure checks out.
                event("opened")
                assert not opened.created
                assert not (data_dir / "quarantine").exists()
                assert db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
                assert counts(db.conn) == base.counts
        finally:
            db.close()
