"""The agency's address (the session's paperwork settings, the same one the certificates
print) heads the berita acara and the honorarium list when they have no letterhead image."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from facilitation.documents.official.data import PresenterLine
from facilitation.documents.official.text import ot
from facilitation.documents.report.data import AgendaLine
from facilitation.official import PresenterRole
from facilitation.paperwork import MAX_ADDRESS_LENGTH
from tests.facilitation.documents.test_official_documents import (
    OFFICIAL,
    _bare,
    _honorarium,
    _minutes,
    _pages,
    _text,
)

ADDRESS = "Jl. Magelang Km. 6, Sleman, Yogyakarta 55284"


def _flat(pdf: bytes) -> str:
    return " ".join(_text(pdf).split())


@pytest.mark.parametrize("write", [_minutes, _honorarium], ids=["berita-acara", "honorarium"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_address_heads_the_page_under_the_organiser(write, lang):
    text = _flat(write(_bare(address=ADDRESS), lang=lang))
    assert "BKPSDM KABUPATEN SLEMAN" in text and ADDRESS in text
    title = ot(lang, "berita_acara" if write is _minutes else "honorarium").upper()
    assert text.index(ADDRESS) < text.index(title)


@pytest.mark.parametrize("write", [_minutes, _honorarium], ids=["berita-acara", "honorarium"])
def test_without_an_address_the_head_is_as_before(write):
    assert "BKPSDM KABUPATEN SLEMAN" not in _flat(write(_bare()))


def test_a_letterhead_image_carries_the_address_itself(tmp_path):
    from PIL import Image

    kop = tmp_path / "kop.png"
    Image.new("RGB", (1200, 200), (30, 60, 90)).save(kop)
    assert ADDRESS not in _flat(_minutes(_bare(address=ADDRESS), kop_image=kop))


@pytest.mark.attack(OFFICIAL)
def test_the_longest_address_keeps_a_crowded_berita_acara_on_one_page():
    data = _bare(title="Pelatihan " + "Penguatan Budaya Kerja " * 60, address="Jl. " * 75)
    assert len(data.address) == MAX_ADDRESS_LENGTH
    data.report.session = replace(data.report.session, organiser="Badan " * 300)
    lines = tuple(
        AgendaLine(f"a{n}", "Sesi panjang " * 40, "lecture", time(8), time(9), 60)
        for n in range(40)
    )
    data.report.days[0] = replace(data.report.days[0], lines=lines)
    presenters = [PresenterLine("Prof. Dr. " + "Nama " * 80, PresenterRole.FACILITATOR)] * 9
    assert _pages(_minutes(replace(data, presenters=presenters))) == 1


@pytest.mark.attack(OFFICIAL)
@pytest.mark.parametrize("write", [_minutes, _honorarium], ids=["berita-acara", "honorarium"])
def test_markup_in_the_address_prints_literally(write):
    hostile = '<font size=60>besar</font> & <img src="/etc/passwd"/>'
    assert "<font size=60>besar</font>" in _flat(write(_bare(address=hostile)))


@pytest.mark.attack("redaction leaks")
def test_a_redacted_document_scrubs_a_phone_number_in_the_address():
    data = _bare(address=f"{ADDRESS}, HP 0812-7777-6666")
    text = _flat(_honorarium(data, redact=True))
    assert ADDRESS in text and "7777" not in text
