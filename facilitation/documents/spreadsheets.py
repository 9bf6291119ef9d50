"""The session's tables for spreadsheets: one XLSX workbook with a sheet each, or CSV files.

Built from the same SessionReportData as the PDF, so both say the same thing; redaction
drops the NIP, phone and e-mail columns and scrubs free text. Headers follow the report
language.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from facilitation.documents.report.data import SessionReportData, redact
from facilitation.documents.report.jp_section import jp_sheets
from facilitation.documents.report.method_sections import method_sheets
from facilitation.documents.report.room_sections import quiz_score_sheet, room_sheet, room_text
from facilitation.documents.report.text import kind_label, tr
from facilitation.safe_files import write_atomically

EXCEL_CELL_LIMIT = 32_767
_CUT_MARK = " […]"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
# What a spreadsheet runs as a formula (=, +, -, @) or what shifts a cell (tab, line breaks)
# when it opens text someone typed: OWASP's list for CSV injection.
_LOOKS_LIKE_FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True)
class SheetTable:
    key: str  # stable file name for CSV: "notes" -> notes.csv
    title: str  # sheet name in the report language
    headers: list[str]
    rows: list[list]
    widths: tuple[int, ...] = ()


def sheet_tables(data: SessionReportData, lang: str, redacted: bool) -> list[SheetTable]:
    """The tables that have data, in the order an office reads them."""
    if redacted and not data.redacted:
        data = redact(data)
    t = lambda key: tr(lang, key)  # noqa: E731 (a short alias reads better below)
    tables: list[SheetTable] = []
    agenda_rows = []
    actuals = data.has_actuals
    for day in data.days:
        for index, line in enumerate(day.lines, start=1):
            row = [
                day.date.isoformat(),
                index,
                line.planned_start.strftime("%H:%M"),
                line.planned_end.strftime("%H:%M"),
                line.title,
                kind_label(lang, line.kind),
                line.planned_minutes,
            ]
            if actuals:
                row += [
                    line.actual_start.astimezone().strftime("%H:%M") if line.actual_start else "",
                    line.actual_end.astimezone().strftime("%H:%M") if line.actual_end else "",
                    line.actual_minutes,
                    line.difference,
                    _outcome(lang, line.outcome),
                ]
            agenda_rows.append(row)
    if agenda_rows:
        headers = [
            t("day"),
            t("no"),
            t("planned_start"),
            t("planned_end"),
            t("activity"),
            t("method"),
            t("planned_min"),
        ]
        if actuals:
            headers += [
                t("actual_start"),
                t("actual_end"),
                t("actual_min"),
                t("difference"),
                t("outcome"),
            ]
        tables.append(
            SheetTable(
                "agenda",
                t("agenda_sheet"),
                headers,
                agenda_rows,
                (11, 5, 8, 8, 50, 18, 10, 10, 10, 10, 10, 12),
            )
        )
    attendance = data.attendance
    if attendance and attendance.people:
        headers = [t("no"), t("name")]
        if not data.redacted:
            headers.append(t("nip"))
        headers += [t("position"), t("institution"), t("gender")]
        if not data.redacted:
            headers += [t("phone"), t("email")]
        rows = []
        for p in attendance.people:
            row = [p.number, p.name] + ([] if data.redacted else [p.nip])
            row += [p.position, p.institution, p.gender]
            rows.append(row + ([] if data.redacted else [p.phone, p.email]))
        tables.append(
            SheetTable(
                "participants",
                t("participants_sheet"),
                headers,
                rows,
                (5, 30, 20, 24, 32, 5, 16, 30),
            )
        )
        if attendance.taken:
            tables.append(
                SheetTable(
                    "attendance",
                    t("attendance_sheet"),
                    [t("no"), t("name"), t("institution"), t("attended")],
                    [
                        [p.number, p.name, p.institution, p.present_days or 0]
                        for p in attendance.people
                    ],
                    (5, 30, 32, 8),
                )
            )
    if data.groups:
        rows = [[g.name, g.formation, member] for g in data.groups for member in g.members]
        tables.append(
            SheetTable(
                "groups",
                t("groups_sheet"),
                [t("group"), t("activity"), t("name")],
                rows,
                (24, 40, 30),
            )
        )
    if data.notes:
        titles = data.activity_titles
        rows = [
            [
                titles.get(n.activity_id or "", ""),
                n.group_label,
                kind_label(lang, n.kind),
                "★" if n.starred else "",
                n.text,
                n.speaker,
                ", ".join(n.tags),
                n.created_at,
            ]
            for n in data.notes
        ]
        tables.append(
            SheetTable(
                "notes",
                t("notes_sheet"),
                [
                    t("activity"),
                    t("group"),
                    t("kind"),
                    t("starred"),
                    t("text"),
                    t("speaker"),
                    t("tags"),
                    t("created"),
                ],
                rows,
                (30, 18, 12, 6, 70, 18, 20, 24),
            )
        )
    if data.work_plans:
        rows = [
            [
                w.action,
                w.output,
                w.outcome_indicator,
                w.target,
                w.pic,
                w.deadline.isoformat() if w.deadline else "",
                w.group_label,
                w.institution,
                kind_label(lang, w.status),
            ]
            for w in data.work_plans
        ]
        tables.append(
            SheetTable(
                "work_plans",
                t("work_plans_sheet"),
                [
                    t("action"),
                    t("output"),
                    t("indicator"),
                    t("target"),
                    t("pic"),
                    t("deadline"),
                    t("group"),
                    t("institution"),
                    t("status"),
                ],
                rows,
                (40, 24, 24, 12, 20, 11, 18, 24, 12),
            )
        )
    if data.commitments:
        tables.append(
            SheetTable(
                "commitments",
                t("commitments_sheet"),
                [t("owner"), t("text")],
                [[c.owner_label, c.text] for c in data.commitments],
                (24, 80),
            )
        )
    if data.votes:
        rows = [[v.question, label, count] for v in data.votes for label, count in v.options]
        tables.append(
            SheetTable(
                "votes",
                t("votes_sheet"),
                [t("question"), t("option"), t("count")],
                rows,
                (50, 30, 8),
            )
        )
    evaluation = data.evaluation
    if evaluation:
        rows = [
            [
                r.label,
                kind_label(lang, f"{r.target_kind}_target"),
                *r.counts,
                r.responses,
                None if r.average is None else round(r.average, 2),
            ]
            for r in evaluation.reactions
        ]
        rows += [
            [
                s.name or room_text(lang, "person_n", s.person),
                t("pre") + " / " + t("post"),
                s.pre,
                s.post,
                s.max_score,
            ]
            for s in evaluation.scores
        ]
        headers = [t("rated"), t("kind")] + [tr(lang, "score", n) for n in range(1, 6)]
        headers += [t("responses"), t("average")]
        tables.append(
            SheetTable(
                "evaluation", t("evaluation_sheet"), headers, rows, (40, 16, 8, 8, 8, 8, 8, 8, 9)
            )
        )
    tables += [SheetTable(*sheet) for sheet in method_sheets(data, lang)]
    tables += [SheetTable(*sheet) for sheet in jp_sheets(data, lang)]
    for room_table in (quiz_score_sheet(data, lang), room_sheet(data, lang)):
        if room_table:
            tables.append(SheetTable(*room_table))
    return tables


def _outcome(lang: str, outcome: str | None) -> str:
    words = {
        "done": "",
        "skipped": tr(lang, "skipped"),
        "running": tr(lang, "running"),
        "not_started": tr(lang, "not_run"),
    }
    return words.get(outcome or "", outcome or "")


def _text(value: object) -> object:
    """Cell text Excel accepts: no control characters, at most 32,767 characters."""
    if not isinstance(value, str):
        return value
    value = _ILLEGAL.sub("\ufffd", value)
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[: EXCEL_CELL_LIMIT - len(_CUT_MARK)] + _CUT_MARK
    return value


def write_xlsx(tables: list[SheetTable], target: Path) -> None:
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.title))
        for column, width in enumerate(table.widths[: len(table.headers)], start=1):
            sheet.column_dimensions[_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        header = []
        for text in table.headers:
            cell = _text_cell(sheet, _text(text))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in table.rows:
            sheet.append([_cell(sheet, value) for value in row])

    def write(stream) -> None:
        buffer = io.BytesIO()
        workbook.save(buffer)
        stream.write(buffer.getvalue())

    write_atomically(Path(target), write)


def _cell(sheet, value: object):
    value = _text(value)
    if isinstance(value, str) and value.startswith(_LOOKS_LIKE_FORMULA):
        return _text_cell(sheet, value)
    return value  # numbers (counts, minutes) stay numbers


def _text_cell(sheet, value: object):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(_LOOKS_LIKE_FORMULA):
        # Typed text that starts like a formula ("=HYPERLINK(...)", "+62 812...") is stored
        # as text with Excel's quote prefix (as if typed after an apostrophe): shown and read
        # back as typed, never run, and still text when someone saves the sheet as CSV.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _sheet_name(title: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "-", title)[:31] or "Sheet"


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _csv_value(value: object) -> object:
    value = _text(value)
    if isinstance(value, str) and value.startswith(_LOOKS_LIKE_FORMULA):
        # Spreadsheets run cells that start like a formula; a quote keeps them text. Text
        # that looks like a number ("+62 812...", "-5") is still text someone typed: quoted
        # too. Numbers the app counted are ints and floats, and stay numbers.
        return "'" + value
    return value


def csv_bytes(table: SheetTable) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([_csv_value(header) for header in table.headers])
    for row in table.rows:
        writer.writerow(["" if v is None else _csv_value(v) for v in row])
    # The BOM makes Excel read UTF-8 (names with accents, Arabic, ★) correctly.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_csv_folder(tables: list[SheetTable], folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        target = folder / f"{table.key}.csv"
        content = csv_bytes(table)
        write_atomically(target, lambda stream, content=content: stream.write(content))
        written.append(target)
    return written
