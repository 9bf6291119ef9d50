"""What the official documents show, gathered once: the session report's data plus the
narrative sections, the presenters with their JP and the photos of the day.

storage/official_source.py fills it; the PDF writers only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from facilitation.documents.report.data import SessionReportData, redact
from facilitation.official import PresenterRole, ReportSection
from facilitation.redaction import scrub, scrub_everywhere


@dataclass(frozen=True)
class PresenterLine:
    name: str
    role: PresenterRole
    nip: str = ""
    position: str = ""
    institution: str = ""
    activities: tuple[str, ...] = ()  # titles of the activities led, in agenda order
    jp: float = 0.0
    activity_ids: tuple[str, ...] = ()  # the same activities: which day they led on


@dataclass(frozen=True)
class PhotoLine:
    activity_title: str
    caption: str
    jpeg: bytes
    width: int
    height: int


@dataclass(frozen=True)
class Signatory:
    """Who approves and signs for the organiser (the certificates' signatory, People → JP and
    certificates); empty fields print as dotted lines to fill in by hand."""

    name: str = ""
    position: str = ""
    nip: str = ""


@dataclass
class OfficialData:
    report: SessionReportData
    texts: dict[ReportSection, str] = field(default_factory=dict)
    presenters: list[PresenterLine] = field(default_factory=list)
    photos: list[PhotoLine] = field(default_factory=list)
    jp_minutes: int = 45
    signatory: Signatory = field(default_factory=Signatory)
    redacted: bool = False
    # How many registered participants were checked in on each day (absent: not taken).
    present_by_day: dict[date, int] = field(default_factory=dict)
    # The agency's address (the session's paperwork settings, as on the certificates): under
    # the organiser at the head of the berita acara and the honorarium list without a kop.
    address: str = ""

    def text(self, section: ReportSection) -> str:
        return self.texts.get(section, "").strip()


def redact_official(data: OfficialData) -> OfficialData:
    """The same rule as the session report (facilitation/redaction.py): NIPs of presenters
    emptied, every other text scrubbed; names and photos stay."""
    if data.redacted:
        return data
    report = data.report if data.report.redacted else redact(data.report)
    presenters = [
        replace(scrub_everywhere(replace(p, nip="")), role=p.role) for p in data.presenters
    ]
    photos = [
        replace(p, caption=scrub(p.caption), activity_title=scrub(p.activity_title))
        for p in data.photos
    ]
    texts = {key: scrub(value) for key, value in data.texts.items()}
    signatory = replace(data.signatory, nip="", position=scrub(data.signatory.position))
    return replace(
        data,
        report=report,
        texts=texts,
        presenters=presenters,
        photos=photos,
        signatory=signatory,
        address=scrub(data.address),
        redacted=True,
    )
