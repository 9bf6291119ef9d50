"""People and groups: forming groups, importing a big sheet, the participants view.

    python tests/benchmarks/bench_people.py

Goals: 50 balanced groups from 500 participants < 100 ms; a 5,000-row XLSX imported < 3 s;
each participants-view action with 500 rows < 100 ms. Each figure is printed with a baseline
measured in the same run (what the bare work costs) and the ratio.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.groups import GroupPlan, Member, form_groups  # noqa: E402
from facilitation.participants import Participant  # noqa: E402
from facilitation.roster import parse_roster  # noqa: E402
from facilitation.session import Session, SessionDay  # noqa: E402
from storage.database import open_store  # noqa: E402
from storage.participants import ParticipantRepository  # noqa: E402
from storage.roster_files import read_roster_file  # noqa: E402
from storage.sessions import SessionRepository  # noqa: E402
from tests.benchmarks.programme import Row, arguments, emit, row, timed_row  # noqa: E402
from tests.roster_fixtures import INSTITUTIONS, fake_roster, write_xlsx  # noqa: E402


def best_ms(work, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


COLLECTED: list[Row] = []
IMPORT_RUNS = [3]


def report(label: str, value: float, baseline: float, baseline_label: str, goal: float) -> None:
    """goal: ms on a facilitator's laptop; up to 100 ms it is held here with headroom
    (programme.time_goal)."""
    figure = f"{label.strip(' .')} ({baseline_label})"
    made = (
        timed_row(figure, value, baseline, goal)
        if goal <= 100
        else row(figure, value, "ms", baseline, f"< {goal:.0f} ms", value < goal)
    )
    COLLECTED.append(made)
    print(
        f"{label}: {value:.1f} ms (baseline {baseline_label} {baseline:.2f} ms, ratio "
        f"{value / baseline:.1f}x; goal {made.goal}) {'OK' if made.met else 'MISSED'}"
    )


def bench_forming() -> None:
    rng = random.Random(1)
    people = [
        Member(f"p{n:04d}", rng.choice(INSTITUTIONS), rng.choice("LP"), rng.choice("ABCD"))
        for n in range(500)
    ]
    plan = GroupPlan(value=50, seed=7, balance_gender=True)
    earlier = [form_groups(people, GroupPlan(value=50, seed=1))]

    def baseline() -> None:
        ids = [p.id for p in people]
        random.Random(7).shuffle(ids)
        [ids[i::50] for i in range(50)]

    base = best_ms(baseline, 20)
    report(
        "form 50 groups from 500 (institutions + gender)",
        best_ms(lambda: form_groups(people, plan)),
        base,
        "shuffle and deal",
        100,
    )
    report(
        "  ... and avoiding the pairs of an earlier formation",
        best_ms(lambda: form_groups(people, plan, earlier=earlier)),
        base,
        "shuffle and deal",
        100,
    )


def bench_import(folder: Path) -> None:
    path = write_xlsx(folder / "peserta-5000.xlsx", fake_roster(5000))

    def baseline() -> None:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for _row in workbook.active.iter_rows(values_only=True):
            pass
        workbook.close()

    runs = iter(range(100))

    def import_all() -> None:
        opened = open_store(folder / f"store-{next(runs)}", take_backup=False)
        session = SessionRepository(opened.db).create(
            Session("Bimtek", days=[SessionDay(date(2022, 3, 23))])
        )
        start = time.perf_counter()
        preview = parse_roster(read_roster_file(path).rows)
        assert preview.can_import, preview.problems[:3]
        ParticipantRepository(opened.db).import_roster(session.id, preview.participants)
        import_all.seconds.append(time.perf_counter() - start)
        opened.db.close()

    import_all.seconds = []
    for _ in range(IMPORT_RUNS[0]):
        import_all()
    report(
        "import a 5,000-row XLSX (read, check, store)",
        min(import_all.seconds) * 1000,
        best_ms(baseline, 3),
        "openpyxl read-only pass",
        3000,
    )


def bench_view(folder: Path) -> None:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
    from PySide6.QtWidgets import QApplication

    from facilitation.library import load_library
    from ui.common.context import AppContext
    from ui.people.page import PeoplePage
    from ui.people.participants_model import ParticipantsTableModel
    from ui.workspace.session_context import SessionContext

    app = QApplication.instance() or QApplication([])
    opened = open_store(folder / "view-store", take_backup=False)
    session = SessionRepository(opened.db).create(
        Session("Bimtek", days=[SessionDay(date(2022, 3, 23))])
    )
    rows = fake_roster(500)
    people = [
        Participant(r["Nama Lengkap"], r["NIP"], r["Jabatan"], r["Unit Kerja / Instansi"])
        for r in rows
    ]
    ParticipantRepository(opened.db).import_roster(session.id, people)
    context = AppContext(db=opened.db, data_dir=folder, library=load_library(), lang="en")
    page = PeoplePage(SessionContext.create(context, QUndoStack()))
    page.resize(1280, 800)
    page.show()
    page.open_session(session.id)
    app.processEvents()

    plain = QStandardItemModel()
    for person in people:
        plain.appendRow([QStandardItem(person.name), QStandardItem(person.institution)])
    plain_proxy = QSortFilterProxyModel()
    plain_proxy.setSourceModel(plain)
    orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]

    def baseline_sort() -> None:
        plain_proxy.sort(0, orders[0])
        orders.reverse()

    def sort() -> None:
        page.table.sortByColumn(ParticipantsTableModel.NAME, orders[0])
        orders.reverse()
        app.processEvents()

    typed = iter(["t", "ta", "tar", "tara", ""] * 20)

    def type_filter() -> None:
        page.filter_edit.setText(next(typed))
        app.processEvents()

    names = iter(f"Peserta Baru {n}" for n in range(1000))

    def edit() -> None:
        index = page.proxy.index(10, ParticipantsTableModel.NAME)
        page.proxy.setData(index, next(names))
        app.processEvents()

    present = [False]

    def check_in() -> None:  # in, then out again, so every call writes
        (page.desk.mark_absent if present[0] else page.desk.check_in)(people[20].id)
        present[0] = not present[0]
        app.processEvents()

    def baseline_write() -> None:
        # One durable (synchronous=FULL) transaction: the floor of any saved action.
        with opened.db.atomic():
            opened.db.execute("UPDATE sessions SET updated_at=updated_at WHERE id=?", [session.id])

    base = best_ms(baseline_sort, 10)
    write = best_ms(baseline_write, 10)
    report("500 rows: sort by name", best_ms(sort, 10), base, "QStandardItemModel sort", 100)
    report("500 rows: one keystroke in the filter", best_ms(type_filter, 20), base, "same", 100)
    report("500 rows: edit a name (undo command, store)", best_ms(edit), write, "one commit", 100)
    report("500 rows: check someone in", best_ms(check_in), write, "one commit", 100)
    page.close()
    opened.db.close()


def measure(quick: bool = False) -> list[Row]:
    IMPORT_RUNS[0] = 1 if quick else 3
    COLLECTED.clear()
    with tempfile.TemporaryDirectory() as folder:
        bench_forming()
        bench_import(Path(folder))
        bench_view(Path(folder))
    return list(COLLECTED)


def main() -> int:
    args = arguments(__doc__.splitlines()[0])
    rows = measure(args.quick)
    if args.rows:
        emit(rows)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's noisy teardown


if __name__ == "__main__":
    main()
