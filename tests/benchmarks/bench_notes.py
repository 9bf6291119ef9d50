"""Notes at scale: the large programme, 20,000 notes in one session of 100.

    python tests/benchmarks/bench_notes.py [--quick]

- save on Enter: NoteRepository.add() (validation, one INSERT, fsync'd commit; the search
  index catches up at the next search) vs a raw sqlite3 INSERT + COMMIT of the same row into
  a plain table, same pragmas (WAL, synchronous=FULL), in the same run. Goal: median ratio
  <= 2x.
- search over all sessions (bm25, snippets, 50 results). Goal: < 20 ms on a facilitator's
  laptop, <= 8 ms here (programme.time_goal).
- opening the Notes page of the 20,000-note session. Goal: < 100 ms on the laptop, <= 40 here.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facilitation.notes import Note  # noqa: E402
from storage.database import open_store  # noqa: E402
from storage.notes import NoteRepository  # noqa: E402
from tests.benchmarks.programme import (  # noqa: E402
    WORDS,
    Row,
    arguments,
    copy_programme,
    emit,
    row,
    table,
    timed_row,
)

NOTES, BIG_SESSION_NOTES, SAVES = 20_000, 2_000, 300


def text(number: int) -> str:
    picked = [WORDS[(number * 7 + i * 13) % len(WORDS)] for i in range(8 + number % 20)]
    return f"Catatan {number}: " + " ".join(picked)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_saves(db, session_id: str, folder: Path) -> tuple[float, float]:
    """Our save and the raw one alternate, so a slow moment of the disk (an fsync queued
    behind other writes, a WAL checkpoint) falls on both alike."""
    notes = NoteRepository(db)
    raw = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY, session_id TEXT, activity_id TEXT, text TEXT,"
        " kind TEXT, tags TEXT, group_label TEXT, group_id TEXT, speaker TEXT,"
        " participant_id TEXT, author TEXT, starred INTEGER, created_at TEXT,"
        " updated_at TEXT, deleted_at TEXT)"
    )
    ours, baseline = [], []
    for number in range(SAVES):
        note = Note(session_id, text(number), tags=["Akuntabel"], group_label="Kelompok 1")
        started = time.perf_counter()
        notes.add(note)
        ours.append(time.perf_counter() - started)
        row = (f"id-{number}", session_id, None, text(number), "idea", '["Akuntabel"]')
        row += ("Kelompok 1", None, "", None, "", 0, "2025-01-01", "2025-01-01", None)
        started = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute(f"INSERT INTO notes VALUES ({', '.join('?' * 15)})", row)
        raw.execute("COMMIT")
        baseline.append(time.perf_counter() - started)
    raw.close()
    return median_ms(ours), median_ms(baseline)


def bench_search(db) -> dict[str, float]:
    notes = NoteRepository(db)
    figures = {}
    for query in ("pelayanan", '"bersih KKN"', "layan*", "kinerja -digital", "amanah OR pengaduan"):
        notes.search(query)
        samples = []
        for _ in range(20):
            started = time.perf_counter()
            notes.search(query, limit=50)
            samples.append(time.perf_counter() - started)
        figures[query] = median_ms(samples)
    return figures


def bench_open_page(db, data_dir: Path, session_id: str) -> tuple[float, float]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from facilitation.library import load_library
    from ui.common.context import AppContext
    from ui.notes.page import NotesPage
    from ui.workspace.session_context import SessionContext

    app = QApplication.instance() or QApplication([])
    context = AppContext(db=db, data_dir=data_dir, library=load_library(), lang="en")
    page = NotesPage(SessionContext.create(context, QUndoStack()))
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    samples, painted = [], []
    for _ in range(7):
        started = time.perf_counter()
        page.open_session(session_id)
        samples.append(time.perf_counter() - started)
        app.processEvents()  # layout and first paint of the list
        painted.append(time.perf_counter() - started)
    assert page.browser.model.rowCount() >= BIG_SESSION_NOTES
    page.hide()
    return median_ms(samples), median_ms(painted)


def measure(quick: bool = False, seed: int = 1) -> list[Row]:
    """On a copy of the large programme: saves into its 20,000-note session."""
    global SAVES
    SAVES = 60 if quick else 300
    with tempfile.TemporaryDirectory() as folder:
        programme = copy_programme(Path(folder) / "data", seed)
        opened = open_store(programme.data_dir, take_backup=False)
        big = programme.session_id
        ours, baseline = bench_saves(opened.db, big, Path(folder))
        searches = bench_search(opened.db)
        opened_ms, painted_ms = bench_open_page(opened.db, programme.data_dir, big)
        opened.db.close()
    worst = max(searches, key=searches.get)
    raw = "raw sqlite3 insert+commit, same pragmas"
    return [
        row(
            f"note save, median of {SAVES} ({raw})",
            ours,
            "ms",
            baseline,
            "<= 2x",
            ours <= 2 * baseline,
        ),
        timed_row(
            f"search over {NOTES} notes, slowest of 5 queries: {worst}", searches[worst], None, 20
        ),
        timed_row(
            f"Notes page open_session, {NOTES + SAVES} notes, with first paint",
            painted_ms,
            None,
            100,
        ),
    ]


def main() -> int:
    args = arguments(__doc__.splitlines()[0])
    rows = measure(args.quick, args.seed)
    print(table(rows))
    if args.rows:
        emit(rows)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's noisy teardown


if __name__ == "__main__":
    main()
