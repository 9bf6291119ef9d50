"""Certificate numbers: the pattern an office sets, the check value a printed QR code carries.

A number comes from a pattern such as ``{no:03}/SKP/{org}/{year}``: ``no`` is the issuing
laptop's running count (never reused), ``org`` the office's short code, ``year`` and ``month``
(roman, as letters of office number them) of the issue. The check value is an HMAC-SHA256 of
the number, its revision and the person's name under a secret kept in the store, cut short
enough to type: whoever holds the register can tell a printed certificate is its own, no one
else can make one that passes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date

DEFAULT_PATTERN = "{no:03}/SKP/{org}/{year}"
MAX_PATTERN_LENGTH = 120
MAX_NUMBER_LENGTH = 160
MAX_ORG_LENGTH = 40
MAX_NO = 10**9
FIELDS = frozenset({"no", "org", "year", "month"})
CHECK_LENGTH = 8  # base32 letters: 40 bits, typed as ABCD-EFGH
QR_PREFIX = "LOKAKARYA-SKP"
_NO_SPEC = re.compile(r"0?[1-9]d?")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# Characters a number may not hold: controls, the QR payload's separator, format marks.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f|\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class CertificateError(ValueError):
    """Bad certificate input; key says what, the UI words it (details: the offending part)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


def check_pattern(pattern: str) -> None:
    """Refuse a pattern that cannot number certificates uniquely or would print badly."""
    if not pattern.strip():
        raise CertificateError("pattern_empty")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise CertificateError("pattern_too_long", str(MAX_PATTERN_LENGTH))
    if _FORBIDDEN.search(pattern):
        raise CertificateError("pattern_bad_character")
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as error:
        raise CertificateError("pattern_unbalanced", str(error)) from error
    has_no = False
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in FIELDS:
            raise CertificateError("pattern_unknown_field", "{" + name + "}")
        if conversion or (spec and name != "no") or (spec and not _NO_SPEC.fullmatch(spec)):
            raise CertificateError("pattern_bad_format", "{" + name + ":" + (spec or "") + "}")
        has_no = has_no or name == "no"
    if not has_no:
        raise CertificateError("pattern_without_no")


def check_org(org: str) -> None:
    if len(org) > MAX_ORG_LENGTH:
        raise CertificateError("org_too_long", str(MAX_ORG_LENGTH))
    if _FORBIDDEN.search(org):
        raise CertificateError("org_bad_character")


def format_number(pattern: str, no: int, org: str, issued_on: date) -> str:
    """The certificate number for running count no (the pattern and org already checked)."""
    if not 1 <= no <= MAX_NO:
        raise CertificateError("number_out_of_range", str(no))
    text = pattern.format(
        no=no, org=org.strip(), year=issued_on.year, month=_ROMAN[issued_on.month - 1]
    )
    if len(text) > MAX_NUMBER_LENGTH:
        raise CertificateError("number_too_long", str(MAX_NUMBER_LENGTH))
    return text


def preview_number(pattern: str, org: str, issued_on: date, no: int = 1) -> str:
    """What the next number will look like, or CertificateError saying why it cannot be."""
    check_pattern(pattern)
    check_org(org)
    return format_number(pattern, no, org, issued_on)


# -- the check value ---------------------------------------------------------------------------


def _folded_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def check_value(secret: bytes, number: str, revision: int, name: str) -> str:
    """The short check value printed beside the number and carried in the QR code."""
    message = "\x1f".join((number, str(revision), _folded_name(name))).encode("utf-8")
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    letters = base64.b32encode(digest).decode("ascii")[:CHECK_LENGTH]
    return f"{letters[:4]}-{letters[4:]}"


def normalise_check(text: str) -> str:
    """What someone typed from the paper (spaces, dashes, small letters) as ABCD-EFGH."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{letters[:4]}-{letters[4:]}" if len(letters) == CHECK_LENGTH else letters


def check_matches(expected: str, typed: str) -> bool:
    return hmac.compare_digest(normalise_check(expected), normalise_check(typed))


# -- the QR code's content ---------------------------------------------------------------------


@dataclass(frozen=True)
class QrContent:
    number: str
    revision: int
    check: str

    def text(self) -> str:
        return f"{QR_PREFIX}|{self.number}|{self.revision}|{self.check}"


def parse_qr(text: str) -> QrContent:
    """Read what a phone's scanner shows; CertificateError("qr_unreadable") otherwise."""
    parts = text.strip().split("|")
    if len(parts) != 4 or parts[0] != QR_PREFIX or not parts[2].isdigit():
        raise CertificateError("qr_unreadable")
    if not parts[1] or len(parts[1]) > MAX_NUMBER_LENGTH or len(parts[2]) > 6:
        raise CertificateError("qr_unreadable")
    return QrContent(parts[1], int(parts[2]), normalise_check(parts[3]))


# -- what an office sets once per training ---------------------------------------------------


MAX_SETTING_LENGTH = 500


@dataclass(frozen=True)
class CertificateSettings:
    number_pattern: str = DEFAULT_PATTERN
    org_code: str = ""
    institution: str = ""  # the issuing institution, printed at the top
    place: str = ""  # where it is signed; the venue when empty
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_nip: str = ""


def check_settings(settings: CertificateSettings) -> None:
    """CertificateError for a pattern, code or text the certificates cannot carry."""
    check_pattern(settings.number_pattern)
    check_org(settings.org_code)
    for text in (
        settings.institution,
        settings.place,
        settings.signatory_name,
        settings.signatory_position,
        settings.signatory_nip,
    ):
        if len(text) > MAX_SETTING_LENGTH:
            raise CertificateError("text_too_long", str(MAX_SETTING_LENGTH))
        if "\x00" in text:
            raise CertificateError("text_bad_character")
