"""The page frame the official documents share with the session report: A4, the report's
margins, running title and "Halaman 3 dari 12"; a contents page filled in a second pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Spacer

from facilitation.documents.report.flow import markup
from facilitation.documents.report.pdf import _numbered_canvas
from facilitation.documents.report.style import PAGE_GEOMETRY, ReportStyles, body_page_template
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
        **PAGE_GEOMETRY,
        title=title,
        author=author,
        subject=title,
        lang=lang,
    )
    document.addPageTemplates([body_page_template()])
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


ADDRESS_SHOWN = 160  # two lines under the organiser at most, as on the certificates


def plain_letterhead(organiser: str, address: str, styles: ReportStyles) -> list[Flowable]:
    """The organiser and the agency's address at the head of a page printed without a kop
    image; nothing when no address was set (the document keeps its old head)."""
    address = shorten(address, ADDRESS_SHOWN)
    if not address:
        return []
    flow: list[Flowable] = []
    if organiser.strip():
        flow.append(Paragraph(markup(shorten(organiser, 100).upper()), styles.centre))
    under = ParagraphStyle("address", parent=styles.small, alignment=TA_CENTER)
    flow += [Paragraph(markup(address), under), Spacer(1, 0.3 * cm)]
    return flow
