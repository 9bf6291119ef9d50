"""Turning user text and user images into safe pieces of a reportlab document.

reportlab's Paragraph reads a mini markup language: unescaped, a note saying
`<img src="/etc/passwd">` or `<font name=...>` would be obeyed (opening files, failing the
whole build). Every piece of user text therefore passes through markup() first. Long notes are
cut into chunks, because one paragraph of a megabyte makes layout quadratic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph
from reportlab.platypus.flowables import Spacer

CHUNK_CHARACTERS = 2000
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
# C0 controls other than tab and newline, DEL, lone surrogates and non-characters cannot be
# drawn and would upset the markup parser.
_UNDRAWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


class ReportImageError(ValueError):
    """A letterhead or logo that cannot be used; key says why, the UI words it."""

    def __init__(self, key: str, path: Path) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.path = path


def markup(text: str) -> str:
    """User text as paragraph markup that prints exactly what was typed."""
    cleaned = _UNDRAWABLE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(cleaned).replace("\t", "    ").replace("\n", "<br/>")


def chunks(text: str, limit: int = CHUNK_CHARACTERS) -> list[str]:
    """Text cut into pieces of at most limit characters, at a line break or space if one is
    near, so a pasted document becomes many small paragraphs."""
    if len(text) <= limit:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + limit // 2, end)
            if cut > start:
                end = cut + 1
        pieces.append(text[start:end])
        start = end
    return pieces


def paragraphs(text: str, style, prefix: str = "", suffix: str = "") -> list[Paragraph]:
    """Paragraphs for one piece of user text; prefix/suffix are trusted markup."""
    parts = chunks(text)
    result = []
    for index, part in enumerate(parts):
        body = markup(part.strip("\n") if len(parts) > 1 else part)
        if index == 0:
            body = prefix + body
        if index == len(parts) - 1:
            body += suffix
        result.append(Paragraph(body or "&nbsp;", style))
    return result


def cell(text: str, style) -> Paragraph:
    """A table cell holding user text (short fields; long ones are cut to keep rows on a page)."""
    if len(text) > CHUNK_CHARACTERS:
        text = text[:CHUNK_CHARACTERS] + " …"
    return Paragraph(markup(text) or "&nbsp;", style)


@dataclass(frozen=True)
class CheckedImage:
    data: bytes
    width: int
    height: int


def check_image(path: Path) -> CheckedImage:
    """Read a local PNG or JPEG file the user picked; refuse anything else.

    Only a path on disk is accepted (never a URL), and the bytes themselves are handed to
    reportlab, so nothing else is ever opened.
    """
    text = str(path)
    if "://" in text or text.startswith(("http:", "https:", "ftp:", "data:")):
        raise ReportImageError("image_not_a_file", path)
    path = Path(path)
    if not path.is_file():
        raise ReportImageError("image_not_a_file", path)
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise ReportImageError("image_too_large", path)
    data = path.read_bytes()
    if not (data.startswith(_PNG) or data.startswith(_JPEG)):
        raise ReportImageError("image_not_png_or_jpeg", path)
    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception as error:  # Pillow raises many kinds for broken files
        raise ReportImageError("image_unreadable", path) from error
    if width <= 0 or height <= 0 or width * height > MAX_IMAGE_PIXELS:
        raise ReportImageError("image_too_large", path)
    return CheckedImage(data, width, height)


def image_flowable(image: CheckedImage, max_width: float, max_height: float) -> Flowable:
    scale = min(max_width / image.width, max_height / image.height)
    if scale <= 0:
        return Spacer(1, 1)
    flowable = Image(BytesIO(image.data), width=image.width * scale, height=image.height * scale)
    flowable.hAlign = "CENTER"
    return flowable
