"""UI actions on the large programme (500 participants, 60 activities over 3 days, 20,000
notes, 100 sessions). Goal: every action < 100 ms on a facilitator's laptop, <= 40 ms here
(programme.time_goal; --laptop under slow-laptop).

    python tests/benchmarks/bench_ui.py [--quick]

The real main window runs offscreen on a copy of the generated store. Each action is timed
with time.perf_counter around the widget calls a user's click or keystroke makes, with the
event processing (layout, first paint) that follows included; the median of several runs is
reported. Each has a baseline measured in the same run: the same amount of work done with bare
Qt or raw sqlite3 (a QStandardItemModel table of as many rows, a plain filter proxy, a raw FTS
query, a raw insert + commit, shuffle-and-deal).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_ui_groups import measure_groups, median_ms  # noqa: E402
from tests.benchmarks.programme import (  # noqa: E402
    Row,
    arguments,
    copy_programme,
    emit,
    table,
    timed_row,
)

LAPTOP_MS = 100.0  # every action, on a facilitator's laptop


def measure(quick: bool = False, seed: int = 1) -> list[Row]:
    from PySide6.QtCore import QSettings, QSortFilterProxyModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from facilitation.library import load_library
    from storage.database import DB_FILENAME, open_store
    from ui.common import main_thread_gc, wal_keeper
    from ui.common.context import AppContext
    from ui.common.refcount_guard import keep_singletons_alive
    from ui.shell.main_window import MainWindow

    keep_singletons_alive()  # PySide6 6.12 drops references to None on every processEvents()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Collections as the app runs them (ui/shell/app.py): on the GUI thread, from a timer, and
    # what start-up made frozen out of them; not Python's own, amid the timed work.
    main_thread_gc.install(app)
    runs = 3 if quick else 9
    folder = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    programme = copy_programme(folder / "data", seed)
    opened = open_store(programme.data_dir, take_backup=False)
    context = AppContext(
        db=opened.db,
        data_dir=programme.data_dir,
        library=load_library(),
        lang="en",
        db_path=programme.data_dir / DB_FILENAME,
    )
    # The log's checkpoints from a worker thread, as the app runs them (ui/shell/app.py).
    wal_keeper.install(context.db.conn, context.db_path, app)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    main_thread_gc.settle_start_up()  # as the app does once its pages stand (ui/shell/app.py)
    agenda, people, _methods, _run, notes, _report = window.session_pages
    big = programme.session_id
    process = app.processEvents

    # -- bare baselines ---------------------------------------------------------------------
    view = QTableView()
    view.resize(1100, 700)
    view.show()

    def bare_table(rows: int, columns: int):  # noqa: ANN202
        def fill() -> None:
            model = QStandardItemModel(rows, columns)
            for r in range(rows):
                for c in range(columns):
                    model.setItem(r, c, QStandardItem(f"Baris {r} kolom {c}"))
            view.setModel(model)
            view.model_ref = model  # keep it alive with the view
            process()

        return fill

    plain = QStandardItemModel()
    for person in people.model.participants() if people.session else []:
        plain.appendRow([QStandardItem(person.name), QStandardItem(person.institution)])
    rows: list[Row] = []

    def add(figure: str, value: float, baseline: float, label: str) -> None:
        rows.append(timed_row(f"{figure} (baseline: {label})", value, baseline, LAPTOP_MS))

    # -- opening the session and its pages ---------------------------------------------------
    def open_whole() -> None:
        window.open_session(big)
        process()

    add(
        "open the big session (all 6 pages, Plan shown)",
        median_ms(open_whole, runs),
        median_ms(bare_table(500, 6), runs),
        "500-row QStandardItemModel table",
    )

    def show(page):  # noqa: ANN001, ANN202
        return lambda: (
            window.navigation.setCurrentRow(window.session_pages.index(page) + 1),
            process(),
        )

    def back_to_sessions() -> None:
        window.navigation.setCurrentRow(0)
        process()

    def reopen(page):  # noqa: ANN001, ANN202
        def work() -> None:
            page.open_session(big)
            show(page)()

        return work

    add(
        "open the agenda page (day of 20 activities)",
        median_ms(reopen(agenda), runs, back_to_sessions),
        median_ms(bare_table(20, 6), runs),
        "20-row table",
    )
    people_base = median_ms(bare_table(500, 6), runs)
    add(
        "open the People page, 500 participants",
        median_ms(reopen(people), runs, back_to_sessions),
        people_base,
        "500-row table",
    )
    add(
        "open the Notes page, 20,000-note session",
        median_ms(reopen(notes), max(3, runs // 2), back_to_sessions),
        median_ms(bare_table(20_000, 5), max(2, runs // 3)),
        "20,000-row table",
    )

    # -- actions on the open pages -----------------------------------------------------------
    show(agenda)()
    day = iter(list(range(1, 3)) * 100 + [0])

    def switch_day() -> None:
        agenda.day_tabs.setCurrentIndex(next(day) % 3)
        process()

    add(
        "switch days in the agenda",
        median_ms(switch_day, runs * 2),
        median_ms(bare_table(20, 6), runs),
        "20-row table",
    )

    show(people)()
    for person in people.model.participants():
        plain.appendRow([QStandardItem(person.name), QStandardItem(person.institution)])
    plain_proxy = QSortFilterProxyModel()
    plain_proxy.setSourceModel(plain)
    plain_proxy.setFilterKeyColumn(-1)
    view.setModel(plain_proxy)
    typed = iter(["s", "sr", "sri", "sri ", ""] * 100)
    bare_typed = iter(["s", "sr", "sri", "sri ", ""] * 100)

    def bare_filter() -> None:
        plain_proxy.setFilterFixedString(next(bare_typed))
        process()

    def type_filter() -> None:
        people.filter_edit.setText(next(typed))
        process()

    add(
        "filter participants, one keystroke (500 rows)",
        median_ms(type_filter, runs * 2),
        median_ms(bare_filter, runs * 2),
        "QSortFilterProxyModel",
    )
    people.filter_edit.clear()
    process()

    measure_groups(app, people, context.db, big, runs, seed, add, rows)
    people.tabs.setCurrentIndex(0)

    show(notes)()
    texts = iter(f"Catatan bench {n}: pelayanan prima dan akuntabel" for n in range(1000))

    def type_note() -> None:
        notes.capture.text_edit.setPlainText(next(texts))

    def save_note() -> None:
        assert notes.capture.save() is not None
        process()

    raw = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, session_id TEXT, text TEXT)")
    raw_ids = iter(range(100_000))

    def raw_save() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO notes VALUES (?, ?, ?)", (str(next(raw_ids)), big, "pelayanan"))
        raw.execute("COMMIT")

    add(
        "save a note on Enter (20,000-note list)",
        median_ms(save_note, runs * 2, type_note),
        median_ms(raw_save, runs * 2),
        "raw sqlite3 insert+commit",
    )

    notes.tabs.setCurrentIndex(notes.SEARCH_TAB)
    process()
    queries = iter(
        ["pelayanan", '"budaya kerja"', "layan*", "kinerja -digital", "amanah OR survei"] * 50
    )
    raw_queries = iter(
        ["pelayanan", '"budaya kerja"', "layan*", "kinerja NOT digital", "amanah OR survei"] * 50
    )

    def search() -> None:
        notes.search.search_edit.setText(next(queries))
        notes.search.search_now()
        process()

    def raw_search() -> None:
        opened.db.conn.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 50",
            [next(raw_queries)],
        ).fetchall()

    add(
        "search all notes, 50 best shown",
        median_ms(search, runs * 2),
        median_ms(raw_search, runs * 2),
        "raw FTS5 query",
    )
    raw.close()
    opened.db.close()
    return rows


def main() -> int:
    args = arguments(__doc__.splitlines()[0])
    rows = measure(args.quick, args.seed)
    print(table(rows))
    if args.rows:
        emit(rows)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's noisy teardown of the whole window


if __name__ == "__main__":
    main()
