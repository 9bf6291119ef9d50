"""What a facilitator would otherwise type again for every document: the session's honorarium
rate per JP and the agency's address (the session's own, carried in bundles), the letterhead
and logo image files (this laptop's: a path means nothing on another disk), and the values
last used, offered to the next session.

The rules live here so the store's writes, a bundle's rows and the dialogs obey the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from facilitation.certificates import CertificateSettings

MAX_RATE = 1_000_000_000  # Rp per JP; anything larger is a typing slip
MAX_ADDRESS_LENGTH = 300
MAX_PATH_LENGTH = 4096


class PaperworkError(ValueError):
    """A value the paperwork settings refuse; key says which (the UI words it)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class SessionPaperwork:
    """The session's own paperwork values (one row per session, carried in bundles)."""

    honorarium_rate: int = 0  # Rp per JP; 0: not set yet
    address: str = ""  # printed under the institution on a certificate without a kop


@dataclass(frozen=True)
class LetterheadFiles:
    """The letterhead (kop surat) and logo image files chosen on this laptop; "" for none."""

    kop_path: str = ""
    logo_path: str = ""

    def kop(self) -> Path | None:
        return Path(self.kop_path) if self.kop_path else None

    def logo(self) -> Path | None:
        return Path(self.logo_path) if self.logo_path else None

    def missing(self) -> tuple[str, ...]:
        """Which chosen files are no longer there ("kop", "logo"): moved, renamed, a USB
        stick taken out. They are offered as empty with a sentence, never opened."""
        return tuple(
            name
            for name, path in (("kop", self.kop()), ("logo", self.logo()))
            if path is not None and not path.is_file()
        )

    def without_missing(self) -> LetterheadFiles:
        gone = self.missing()
        return LetterheadFiles(
            "" if "kop" in gone else self.kop_path, "" if "logo" in gone else self.logo_path
        )


@dataclass(frozen=True)
class LastUsed:
    """What the previous session used, offered to a session that has none of its own."""

    paperwork: SessionPaperwork = SessionPaperwork()
    files: LetterheadFiles = LetterheadFiles()
    certificate: CertificateSettings = CertificateSettings()

    def to_json(self) -> dict[str, Any]:
        return {
            "paperwork": _as_dict(self.paperwork),
            "files": _as_dict(self.files),
            "certificate": _as_dict(self.certificate),
        }

    @classmethod
    def from_json(cls, value: object) -> LastUsed:
        """Tolerant: anything unreadable is left at its default (it is only a suggestion)."""
        if not isinstance(value, dict):
            return cls()
        paperwork = _from_dict(SessionPaperwork, value.get("paperwork"))
        try:
            check_paperwork(paperwork)
        except PaperworkError:
            paperwork = SessionPaperwork()
        files = _from_dict(LetterheadFiles, value.get("files"))
        try:
            check_files(files)
        except PaperworkError:
            files = LetterheadFiles()
        return cls(paperwork, files, _from_dict(CertificateSettings, value.get("certificate")))


def check_paperwork(paperwork: SessionPaperwork) -> None:
    rate = paperwork.honorarium_rate
    if isinstance(rate, bool) or not isinstance(rate, int) or not 0 <= rate <= MAX_RATE:
        raise PaperworkError("rate_out_of_range")
    _check_text(paperwork.address, MAX_ADDRESS_LENGTH, "address")


def check_files(files: LetterheadFiles) -> None:
    for path in (files.kop_path, files.logo_path):
        _check_text(path, MAX_PATH_LENGTH, "path")
        if "://" in path:
            raise PaperworkError("path_not_a_file")


def _check_text(text: object, limit: int, what: str) -> None:
    if not isinstance(text, str) or "\x00" in text:
        raise PaperworkError(f"{what}_bad")
    if len(text) > limit:
        raise PaperworkError(f"{what}_too_long")


def _as_dict(value: object) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in fields(value)}  # type: ignore[arg-type]


def _from_dict(kind: type, value: object):
    """kind's defaults with the fields of value that have the default's type."""
    default = kind()
    if not isinstance(value, dict):
        return default
    known = {
        f.name: value[f.name]
        for f in fields(kind)
        if f.name in value and type(value[f.name]) is type(getattr(default, f.name))
    }
    return replace(default, **known)
