"""Report benchmarks (run by hand): python3 tests/benchmarks/bench_report.py

1. A session with 20,000 notes: gathering + rendering the full report, against a bare
   reportlab document holding the same note paragraphs, measured in the same run (goal <= 1.5x).
2. A typical day (60 participants, notes, work plans, evaluation): goal under 2 s.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from facilitation.clock import utc_now_iso  # noqa: E402
from facilitation.pdf_fonts import register_fonts  # noqa: E402
from facilitation.report_pdf import ReportOptions, write_report  # noqa: E402
from storage.database import open_store  # noqa: E402
from storage.report_source import load_report_data  # noqa: E402
from tests.report_fixtures import NOTE_TEXTS, fill_day, sample_session  # noqa: E402

NOTES = 20_000
KINDS = ("idea", "decision", "action", "question", "quote", "commitment")
GROUPS = ("", "Akuntabel", "Kompeten", "Harmonis", "Loyal")


def add_notes(db, session, count: int) -> list[str]:
    """Insert notes straight into the notes table (one transaction, the table's own schema)."""
    rng = random.Random(1)
    activities = [a.id for a in session.days[0].activities]
    texts = []
    rows = []
    for index in range(count):
        text = f"{rng.choice(NOTE_TEXTS)} ({index})"
        texts.append(text)
        now = utc_now_iso()
        rows.append(
            (
                str(uuid.uuid4()),
                session.id,
                rng.choice(activities),
                text,
                rng.choice(KINDS),
                "[]",
                rng.choice(GROUPS),
                "Budi",
                int(index % 9 == 0),
                now,
                now,
            )
        )
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO notes (id, session_id, activity_id, text, kind, tags, group_label,"
            " speaker, starred, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return texts


def bare_document(texts: list[str]) -> float:
    font, _bold = register_fonts()
    style = ParagraphStyle("note", fontName=font, fontSize=9.5, leading=12.5, leftIndent=12)
    started = time.perf_counter()
    # The same paragraphs the report prints: the note, then its speaker.
    story = [Paragraph(escape(f"{text} — Budi"), style, bulletText="•") for text in texts]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def full_report(db, session_id: str) -> float:
    started = time.perf_counter()
    data = load_report_data(db, session_id)
    write_report(data, ReportOptions(lang="id"), io.BytesIO())
    return time.perf_counter() - started


def best_of(runs: int, work) -> float:
    return min(work() for _ in range(runs))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        opened = open_store(Path(folder) / "big")
        session = sample_session(opened.db)
        texts = add_notes(opened.db, session, NOTES)
        bare = best_of(2, lambda: bare_document(texts))
        ours = best_of(2, lambda: full_report(opened.db, session.id))
        print(
            f"report with {NOTES} notes: {ours:.2f} s; bare reportlab with the same "
            f"paragraphs: {bare:.2f} s; ratio {ours / bare:.2f}x (goal <= 1.5x)"
        )
        opened.db.close()

        opened = open_store(Path(folder) / "day")
        session = sample_session(opened.db)
        fill_day(opened.db, session, people=60, notes_per_activity=8)
        day = best_of(3, lambda: full_report(opened.db, session.id))
        print(f"typical day (60 participants, {8 * 13} notes): {day:.2f} s (goal < 2 s)")
        opened.db.close()


if __name__ == "__main__":
    main()
