"""The report's agenda table as an office reads it: each language's clock, a header for every
column, and a total row that never sits alone at the top of a page."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Table

from facilitation.documents.report import sections
from facilitation.documents.report.charts import MAX_HEIGHT, minutes_chart
from facilitation.documents.report.data import AgendaLine, ReportDay, SessionReportData
from facilitation.documents.report.pdf import ReportOptions, write_report
from facilitation.documents.report.sections import Writer, agenda
from facilitation.documents.report.style import FRAME_WIDTH, make_styles, ruled_table
from facilitation.documents.report.text import clock, clock_span
from facilitation.session import Session, SessionDay

DAY = date(2022, 3, 23)
RUN_START = datetime(2022, 3, 23, 1, 5, tzinfo=UTC)


def _line(index: int, actuals: bool, outcome: str = "done") -> AgendaLine:
    start = datetime.combine(DAY, time(8, 0)) + timedelta(minutes=10 * index)
    line = AgendaLine(
        activity_id=f"a{index}",
        title=f"Kegiatan K-{index:03d}",
        kind="lecture",
        planned_start=start.time(),
        planned_end=(start + timedelta(minutes=10)).time(),
        planned_minutes=10,
    )
    if not actuals:
        return line
    begun = RUN_START + timedelta(minutes=10 * index)
    ended = None if outcome == "running" else begun + timedelta(minutes=9)
    minutes = None if ended is None else 9
    return replace(
        line, outcome=outcome, actual_start=begun, actual_end=ended, actual_minutes=minutes
    )


def _data(count: int, actuals: bool = True, running_last: bool = False) -> SessionReportData:
    lines = [_line(i, actuals) for i in range(count)]
    if running_last:
        lines[-1] = _line(count - 1, actuals, "running")
    session = Session(title="Rapat Agenda", days=[SessionDay(DAY)])
    return SessionReportData(session, [ReportDay(DAY, time(8, 0), time(16, 0), tuple(lines))])


def _pages(data: SessionReportData, lang: str = "id") -> list[str]:
    buffer = io.BytesIO()
    write_report(data, ReportOptions(lang=lang), buffer)
    return [page.extract_text() for page in PdfReader(buffer).pages]


def _agenda_table(data: SessionReportData, lang: str) -> Table:
    return next(f for f in agenda(Writer(data, lang, make_styles())) if isinstance(f, Table))


def _local(moment: datetime, separator: str) -> str:
    return moment.astimezone().strftime(f"%H{separator}%M")


def test_each_language_writes_times_its_own_way():
    assert clock(time(8, 0), "id") == "08.00" and clock(time(8, 0), "en") == "08:00"
    assert clock(time(16, 5), "en") == "16:05"  # the 24-hour clock, never "4:05 PM"
    assert clock_span(time(8, 0), None, "id") == "08.00–"
    data = _data(3, running_last=True)
    english, indonesian = "\n".join(_pages(data, "en")), "\n".join(_pages(data, "id"))
    assert "08:00–08:10" in english and "08.00–08.10" in indonesian
    done_start, running_start = RUN_START, RUN_START + timedelta(minutes=20)
    done = f"{_local(done_start, ':')}–{_local(done_start + timedelta(minutes=9), ':')}"
    assert done in english and f"{_local(running_start, ':')}–" in english
    assert done.replace(":", ".") in indonesian
    # One convention per report: no time in the other language's form.
    assert not re.search(r"\b\d\d\.\d\d\b", english)
    assert not re.search(r"\b\d\d:\d\d\b", indonesian)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "No",
                "Planned time",
                "Activity",
                "Method",
                "Planned length (min)",
                "Actual time",
                "Actual length (min)",
                "Diff. (min)",
            ],
        ),
        (
            "id",
            [
                "No",
                "Waktu rencana",
                "Kegiatan",
                "Metode",
                "Durasi rencana (mnt)",
                "Waktu realisasi",
                "Durasi realisasi (mnt)",
                "Selisih (mnt)",
            ],
        ),
    ],
)
def test_every_agenda_column_has_its_own_header(lang, expected):
    header = [cell.text for cell in _agenda_table(_data(2), lang)._cellvalues[0]]
    assert header == expected and len(set(header)) == len(header)
    planned_only = [c.text for c in _agenda_table(_data(2, actuals=False), lang)._cellvalues[0]]
    assert len(planned_only) == 5 and len(set(planned_only)) == 5


def _rows_and_total(count: int) -> list[list]:
    styles = make_styles()
    rows: list[list] = [["No", "Kegiatan", "Menit"]]
    rows += [[str(i), f"K-{i:03d}", "10"] for i in range(1, count + 1)]
    return rows + [["", Paragraph("Σ", styles.cell_head), str(10 * count)]]


@pytest.mark.parametrize("total_row", [False, True])
def test_a_table_split_keeps_its_total_with_the_row_above(total_row):
    rows = _rows_and_total(30)
    styles = make_styles()
    table = ruled_table(rows, [2 * cm, 10 * cm, 3 * cm], styles, (2,), total_row=total_row)
    table.wrap(15 * cm, 10_000)
    # Room for the header and every activity, but not for the total: the page break falls
    # exactly between the last activity and the total.
    room = sum(table._rowHeights[:-1]) + 0.5
    first, rest = table.split(15 * cm, room)
    last_on_first = first._cellvalues[-1][1]
    carried = [row[1] for row in rest._cellvalues[1:]]
    if total_row:
        assert last_on_first == "K-029" and carried[0] == "K-030"
        assert rest._cellvalues[0][1] == "Kegiatan"  # the header comes along
    else:  # what the report did before: the total alone under a repeated header
        assert last_on_first == "K-030" and len(carried) == 1


def _total_page(pages: list[str]) -> int:
    return next(i for i, text in enumerate(pages) if "Σ" in text)


def test_the_agenda_total_never_starts_a_page(monkeypatch):
    # Find a day whose agenda ends exactly at a page break: laid out without keeping the total
    # with its row, its total would open the next page under the repeated header.
    def loose(*args, **kwargs):
        return ruled_table(*args, **{**kwargs, "total_row": False})

    with monkeypatch.context() as patched:
        patched.setattr(sections, "ruled_table", loose)
        count = next(
            n
            for n in range(20, 60)
            if f"K-{n - 1:03d}" not in (pages := _pages(_data(n)))[_total_page(pages)]
        )
    last = f"K-{count - 1:03d}"
    for lang in ("id", "en"):
        pages = _pages(_data(count), lang)
        at = _total_page(pages)
        assert last in pages[at], lang  # the total shares its page with the last activity
        assert f"K-{count - 2:03d}" in pages[at - 1]  # and the rest stays where it was
        assert "Σ" not in "".join(pages[:at])


def test_a_long_day_still_fits_its_chart_on_a_page():
    # 28 activities with actuals used to make the minutes chart taller than the page, and a
    # drawing that cannot be placed stops the whole report.
    for count in (28, 60, 150):
        drawing = minutes_chart(
            [f"K-{i:03d}" for i in range(count)],
            [10] * count,
            [9] * count,
            ("Rencana", "Realisasi"),
            FRAME_WIDTH,
            make_styles().font,
            "Menit per kegiatan",
        )
        assert drawing.wrap(FRAME_WIDTH, 10_000)[1] <= MAX_HEIGHT
    pages = _pages(_data(60), "en")
    assert "K-059" in "".join(pages) and "Minutes per activity" in "".join(pages)
