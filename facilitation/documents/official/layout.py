"""The page frame the official documents share with the session report: A4, the report's
margins, running title and "Halaman 3 dari 12"; a contents page filled in a second pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from facilitation.documents.report.pdf import _numbered_canvas
from facilitation.documents.report.style import FRAME_WIDTH, MARGIN, PAGE_SIZE, ReportStyles
from facilitation.safe_files import write_atomically

TOC_STYLES = {"chapter": 0, "subchapter": 1}


class _Document(BaseDocTemplate):
    """Tells the contents page where each chapter and sub-chapter landed."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Paragraph) and flowable.style.name in TOC_STYLES:
            level = TOC_STYLES[flowable.style.name]
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def build_pdf(
    stream: BinaryIO,
    story: Callable[[], list[Flowable]],
    styles: ReportStyles,
    *,
    lang: str,
    title: str,
    author: str,
    running: str,
    contents: bool = False,
) -> int:
    """Lay out story on A4; the number of pages it took."""
    document = _Document(
        stream,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=title,
        creator="Lokakarya",
        lang=lang,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_WIDTH,
        PAGE_SIZE[1] - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas = _numbered_canvas(lang, styles, running)
    if contents:
        document.multiBuild(story(), canvasmaker=canvas, maxPasses=4)
    else:
        document.build(story(), canvasmaker=canvas)
    return document.page


def save_pdf(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """All-or-nothing: a failed build leaves no file (and never touches another)."""
    write_atomically(Path(target), write)


def shorten(text: str, limit: int) -> str:
    """One line's worth of a user's text, for a document that must stay on one page."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
