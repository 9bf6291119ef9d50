"""The text of a CSV file whose encoding nobody wrote down, or a clear refusal.

Offices send UTF-8 (LibreOffice, "CSV UTF-8" in Excel, web forms) or Windows' cp1252 (Excel's
plain "CSV"). A file that is neither, or both at once (a UTF-8 file with one stray cp1252
byte, a file already converted twice), must not be guessed at: read as cp1252, every "é" of
the UTF-8 part becomes "Ã©" and is stored that way. So it is refused, saying where.
"""

from __future__ import annotations

import codecs
import re


class CsvTextError(ValueError):
    """The file's text cannot be trusted; key says why, detail where."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


# A complete UTF-8 sequence for a character past ASCII: legible cp1252 text almost never has
# these byte pairs, and mis-read as cp1252 they are exactly what mojibake looks like.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# The same sequences after a wrong cp1252 reading: "Ã©" for "é", "â€™" for "’".
_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATIONS)}]")


def decode_csv(data: bytes) -> tuple[str, str]:
    """(text, encoding name), or CsvTextError."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_strict(data[3:], "utf-8", data, 3), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16", data, 0), "utf-16")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        line = _line(data, error.start)
        if _UTF8_SEQUENCE.search(data):
            raise CsvTextError("mixed_encoding", line) from None
    # Excel on Windows saves "CSV" in the ANSI code page.
    return _checked(_strict(data, "cp1252", data, 0), "cp1252")


def _strict(part: bytes, encoding: str, data: bytes, offset: int) -> str:
    try:
        return part.decode(encoding)
    except UnicodeDecodeError as error:
        raise CsvTextError("unknown_encoding", _line(data, offset + error.start)) from None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Refuse text that was already garbled before it reached us (converted twice)."""
    for seen, match in enumerate(_MOJIBAKE.finditer(text)):
        if seen > 1_000:  # that many near-misses: a script, not mojibake (and bounded time)
            break
        lead = ord(text[match.start()])
        size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        piece = text[match.start() : match.start() + size]
        try:
            meant = piece.encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        line = text.count("\n", 0, match.start()) + 1
        raise CsvTextError("mojibake", f"{line}: {piece} → {meant}")
    return text, encoding


def _line(data: bytes, position: int) -> str:
    return str(data.count(b"\n", 0, position) + 1)
