"""Certificates (sertifikat / surat keterangan pelatihan) as A4 landscape PDF pages.

Pure reportlab on a canvas, one page per person: the letterhead (or the logo and the issuing
institution), the number with its revision mark, the person (name, NIP, rank/grade, position,
institution), what they attended and the JP earned, the signatory, and a QR code carrying the
number, revision and check value. A certificate is personal by nature: the NIP is printed,
redaction does not apply here. User text goes through the report's markup() like everywhere.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import segno
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Paragraph

from facilitation.certificates import QrContent
from facilitation.documents.certificate_text import ctr
from facilitation.documents.fonts import register_fonts
from facilitation.documents.report.flow import CheckedImage, markup
from facilitation.documents.report.text import date_span, short_date
from facilitation.safe_files import write_atomically

PAGE = landscape(A4)
INK = HexColor("#1f2a44")
ACCENT = HexColor("#8a6d1d")
MUTED = HexColor("#5c6370")
MAX_SHOWN = 300  # characters of one field; beyond that a certificate is not the place
ADDRESS_SHOWN = 160  # two lines under the institution at most

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CertificatePerson:
    number: str
    revision: int
    check: str
    name: str
    nip: str = ""
    rank_grade: str = ""
    position: str = ""
    institution: str = ""
    jp_text: str = ""

    @property
    def qr(self) -> QrContent:
        return QrContent(self.number, self.revision, self.check)


@dataclass(frozen=True)
class CertificateBatch:
    training_title: str
    organiser: str
    venue: str
    days: tuple[date, ...]
    issuing_institution: str
    place: str
    signed_on: date
    signatory_name: str
    signatory_position: str
    signatory_nip: str
    people: tuple[CertificatePerson, ...]
    lang: str = "id"
    kop: CheckedImage | None = None
    logo: CheckedImage | None = None
    address: str = ""  # under the institution when there is no letterhead image


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _styles(font: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=12, leading=16, textColor=INK)
    return {
        "institution": ParagraphStyle(
            "institution", base, fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "body": ParagraphStyle("body", base, alignment=TA_CENTER, fontSize=12.5, leading=18),
        "number": ParagraphStyle("number", base, alignment=TA_CENTER),
        "name": ParagraphStyle(
            "name", base, fontName=bold, fontSize=24, leading=29, alignment=TA_CENTER
        ),
        "field": ParagraphStyle("field", base, fontSize=11, leading=14, alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", base, fontSize=11, leading=14, alignment=TA_CENTER),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9, textColor=MUTED),
        "address": ParagraphStyle("address", base, fontSize=9.5, leading=12, alignment=TA_CENTER),
    }


def qr_png(content: QrContent, scale: int = 6) -> bytes:
    """The QR code as a PNG (segno writes it without Pillow)."""
    out = io.BytesIO()
    segno.make(content.text(), error="m", micro=False).save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def _paragraph(c, text: str, style, x: float, y_top: float, width: float) -> float:
    """Draw markup centred in [x, x+width] from y_top down; returns the new y."""
    para = Paragraph(text or "&nbsp;", style)
    _w, height = para.wrapOn(c, width, 400)
    para.drawOn(c, x, y_top - height)
    return y_top - height


def _name_style(name: str, style: ParagraphStyle, width: float, font: str) -> ParagraphStyle:
    """A long name gets smaller (down to 15 pt) before it is allowed to wrap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = style.fontSize
    while size > 15 and stringWidth(name, font, size) > width:
        size -= 1
    return ParagraphStyle(f"name{size}", style, fontSize=size, leading=size * 1.2)


def _draw_page(c, batch: CertificateBatch, person: CertificatePerson, fonts) -> None:
    font, bold = fonts
    styles = _styles(font, bold)
    lang = batch.lang
    width, height = PAGE
    margin = 1.3 * cm
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2.2)
    c.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    c.setLineWidth(0.6)
    c.rect(margin + 5, margin + 5, width - 2 * margin - 10, height - 2 * margin - 10)

    inner_x = margin + 1.2 * cm
    inner_w = width - 2 * inner_x
    y = height - margin - 0.6 * cm
    if batch.kop is not None:
        scale = min(inner_w / batch.kop.width, 2.6 * cm / batch.kop.height)
        w, h = batch.kop.width * scale, batch.kop.height * scale
        c.drawImage(ImageReader(io.BytesIO(batch.kop.data)), (width - w) / 2, y - h, w, h)
        y -= h + 0.3 * cm
    else:
        if batch.logo is not None:
            scale = min(2.2 * cm / batch.logo.width, 2.2 * cm / batch.logo.height)
            w, h = batch.logo.width * scale, batch.logo.height * scale
            c.drawImage(ImageReader(io.BytesIO(batch.logo.data)), (width - w) / 2, y - h, w, h)
            y -= h + 0.2 * cm
        if batch.issuing_institution.strip():
            institution = markup(_cut(batch.issuing_institution).upper())
            y = _paragraph(c, institution, styles["institution"], inner_x, y, inner_w)
        if batch.address.strip():
            address = markup(_cut(batch.address)[:ADDRESS_SHOWN])
            y = _paragraph(c, address, styles["address"], inner_x, y, inner_w)
        y -= 0.2 * cm

    c.setFillColor(INK)
    c.setFont(bold, 30)
    c.drawCentredString(width / 2, y - 30, ctr(lang, "certificate_title"))
    y -= 42
    number_line = ctr(lang, "number", person.number)
    if person.revision:
        number_line += " " + ctr(lang, "revision", person.revision)
    y = _paragraph(c, markup(number_line), styles["number"], inner_x, y, inner_w) - 14
    y = _paragraph(c, markup(ctr(lang, "given_to")), styles["body"], inner_x, y, inner_w)
    y -= 4
    name = _cut(person.name)
    y = _paragraph(
        c, markup(name), _name_style(name, styles["name"], inner_w, bold), inner_x, y, inner_w
    )
    y -= 8
    fields = [
        (ctr(lang, "nip"), person.nip),
        (ctr(lang, "rank_grade"), person.rank_grade),
        (ctr(lang, "position"), person.position),
        (ctr(lang, "institution"), person.institution),
    ]
    label_w, value_w = 4.2 * cm, 10.5 * cm
    block_x = (width - label_w - value_w) / 2
    for label, value in fields:
        top = y
        _paragraph(c, markup(label), styles["field"], block_x, top, label_w)
        y = _paragraph(
            c, ": " + markup(_cut(value) or "–"), styles["field"], block_x + label_w, top, value_w
        )
        y -= 2
    y -= 8
    parts = [ctr(lang, "attended", f"<b>{markup(_cut(batch.training_title))}</b>")]
    if batch.organiser.strip():
        parts.append(ctr(lang, "organised_by", markup(_cut(batch.organiser))))
    if batch.days:
        parts.append(ctr(lang, "on_dates", markup(date_span(list(batch.days), lang))))
    if batch.venue.strip():
        parts.append(ctr(lang, "at_venue", markup(_cut(batch.venue))))
    parts.append(ctr(lang, "with_jp", f"<b>{markup(person.jp_text)}</b>"))
    attended = (
        (", " if lang == "en" else " ").join(parts[:-1])
        + (", " if lang == "en" else " ")
        + parts[-1]
    )
    y = _paragraph(c, attended, styles["body"], inner_x + 1 * cm, y, inner_w - 2 * cm)

    _draw_signature(c, batch, styles, width, margin, min(margin + 5.6 * cm, y - 0.3 * cm))
    _draw_qr(c, batch, person, styles, margin)


def _draw_signature(
    c, batch: CertificateBatch, styles, width: float, margin: float, top: float
) -> None:
    lang = batch.lang
    block_w = 10 * cm
    x = width - margin - 1.2 * cm - block_w
    place = _cut(batch.place or batch.venue)
    dated = (
        f"{place}, {short_date(batch.signed_on, lang)}"
        if place
        else short_date(batch.signed_on, lang)
    )
    y = _paragraph(c, markup(dated), styles["sign"], x, top, block_w)
    if batch.signatory_position.strip():
        y = _paragraph(c, markup(_cut(batch.signatory_position)), styles["sign"], x, y, block_w)
    y -= 1.7 * cm
    name = _cut(batch.signatory_name) or " "
    y = _paragraph(c, f"<b><u>{markup(name)}</u></b>", styles["sign"], x, y, block_w)
    if batch.signatory_nip.strip():
        signatory_nip = markup(ctr(lang, "nip_line", batch.signatory_nip))
        _paragraph(c, signatory_nip, styles["sign"], x, y, block_w)


def _draw_qr(c, batch: CertificateBatch, person: CertificatePerson, styles, margin) -> None:
    size = 2.8 * cm
    x, y = margin + 1.2 * cm, margin + 1.1 * cm
    c.drawImage(ImageReader(io.BytesIO(qr_png(person.qr))), x, y, size, size)
    caption = "<br/>".join(
        markup(line)
        for line in (
            ctr(batch.lang, "number", person.number),
            ctr(batch.lang, "check_value", person.check),
            ctr(batch.lang, "check_hint"),
        )
    )
    para = Paragraph(caption, styles["small"])
    _w, h = para.wrapOn(c, 6.5 * cm, 100)
    para.drawOn(c, x + size + 0.2 * cm, y + size / 2 - h / 2)


def _write(batch: CertificateBatch, people: Sequence[CertificatePerson], out: BinaryIO, progress):
    fonts = register_fonts()
    c = pdf_canvas.Canvas(out, pagesize=PAGE, pageCompression=1)
    c.setTitle(ctr(batch.lang, "certificate_title").title() + " – " + _cut(batch.training_title))
    c.setCreator("Lokakarya")
    c.setAuthor(_cut(batch.issuing_institution or batch.organiser))
    for index, person in enumerate(people, start=1):
        _draw_page(c, batch, person, fonts)
        c.showPage()
        if progress:
            progress(index, len(people))
    c.save()


def save_certificates(
    batch: CertificateBatch, target: Path, progress: Progress | None = None
) -> None:
    """Every person of the batch in one PDF, written all-or-nothing."""
    write_atomically(target, lambda out: _write(batch, batch.people, out, progress))


def person_file_name(person: CertificatePerson) -> str:
    """A file name of the number and the name, with nothing a file system refuses."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", f"{person.number} {person.name}").strip(" .")
    return " ".join(stem.split())[:120] + ".pdf"


def save_certificate_files(
    batch: CertificateBatch, folder: Path, progress: Progress | None = None
) -> list[Path]:
    """One PDF per person in folder; an existing file of the same name is replaced (it is the
    same certificate), nothing else in the folder is touched."""
    written = []
    for index, person in enumerate(batch.people, start=1):
        target = folder / person_file_name(person)
        write_atomically(target, lambda out, p=person: _write(batch, [p], out, None))
        written.append(target)
        if progress:
            progress(index, len(batch.people))
    return written
