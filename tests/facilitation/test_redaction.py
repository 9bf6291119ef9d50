"""Redaction: NIPs, phone numbers and e-mail addresses leave free text in every form people
write them, and the numbers of an ordinary day (times, dates, amounts, counts) stay."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.redaction import REDACTED_MARK, scrub, scrub_everywhere

SPACES = (" ", "\u00a0", "\u202f")
NIP_SEPARATORS = ("", " ", ".", "-", "\u00a0", " - ")
PHONE_SEPARATORS = ("", " ", "-", ".", "\u00a0")

WORDS = st.sampled_from(
    [
        "rapat",
        "peserta",
        "NIP",
        "HP:",
        "WA",
        "hubungi",
        "Bapak",
        "Ibu",
        "surel",
        "(kantor)",
        "—",
        ",",
        ";",
        "dan",
        "pukul",
        "tanggal",
    ]
)

ORDINARY = st.one_of(
    st.builds(
        lambda h, m, h2, m2: f"{h:02d}.{m:02d}-{h2:02d}.{m2:02d}",
        st.integers(6, 17),
        st.sampled_from([0, 15, 30, 45]),
        st.integers(7, 18),
        st.sampled_from([0, 15, 30, 45]),
    ),
    st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)),
    st.builds(
        lambda d, m, y: f"{d:02d}/{m:02d}/{y}",
        st.integers(1, 28),
        st.integers(1, 12),
        st.integers(1990, 2035),
    ),
    st.builds(
        lambda d, m, y: f"{y}-{m:02d}-{d:02d}",
        st.integers(1, 28),
        st.integers(1, 12),
        st.integers(1990, 2035),
    ),
    st.builds(lambda n: f"Rp {n:,}".replace(",", "."), st.integers(1_000, 90_000_000_000)),
    st.builds(str, st.integers(0, 5000)),
    st.builds(lambda n: f"{n}%", st.integers(0, 100)),
    st.builds(lambda y: f"tahun {y}", st.integers(1945, 2045)),
    st.builds(lambda a, b: f"{a},{b}", st.integers(0, 99), st.integers(0, 9)),
)


def _nip_digits(birth: int, appointed: int, gender: int, sequence: int) -> str:
    return f"{birth:08d}{appointed:06d}{gender}{sequence:03d}"


NIPS = st.builds(
    lambda y, m, d, ay, am, g, seq, seps: (
        f"{y}{m:02d}{d:02d}{seps[0]}{ay}{am:02d}{seps[1]}{g}{seps[2]}{seq:03d}"
    ),
    st.integers(1955, 2005),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1975, 2030),
    st.integers(1, 12),
    st.sampled_from([1, 2]),
    st.integers(1, 999),
    st.tuples(*[st.sampled_from(NIP_SEPARATORS)] * 3),
)


@st.composite
def phones(draw: st.DrawFn) -> str:
    """Indonesian mobile numbers in the forms people type them."""
    operator = draw(st.sampled_from(["811", "812", "813", "821", "852", "856", "878", "895"]))
    first = draw(st.text("0123456789", min_size=3, max_size=4))
    second = draw(st.text("0123456789", min_size=3, max_size=4))
    sep = draw(st.sampled_from(PHONE_SEPARATORS))
    space = draw(st.sampled_from(SPACES))
    rest = f"{first}{sep}{second}"
    form = draw(st.integers(0, 6))
    if form == 0:
        return f"0{operator}{sep}{rest}"
    if form == 1:
        return f"(0{operator}){space}{rest}"
    if form == 2:
        return f"+62{space}({operator}){space}{rest}"
    if form == 3:
        return f"+62{space}{operator}{sep or space}{rest}"
    if form == 4:
        return f"62{operator}{first}{second}"
    if form == 5:
        return f"+62{operator}{first}{second}"
    return f"0{operator}.{first}.{second}"


EMAILS = st.builds(
    lambda user, tag, sub, domain, tld: f"{user}{tag}@{sub}{domain}.{tld}",
    st.from_regex(r"[a-z][a-z0-9._]{0,12}[a-z0-9]", fullmatch=True),
    st.sampled_from(["", "+pelatihan", "+2022", "+a.b"]),
    st.sampled_from(["", "mail.", "bkd.jatengprov.", "dinas.kulonprogokab."]),
    st.sampled_from(["go", "gmail", "yahoo", "kemendagri.go", "x-y"]),
    st.sampled_from(["id", "com", "co.id", "ac.id"]),
)

TEXT = st.lists(st.one_of(WORDS, ORDINARY), max_size=6).map(" ".join)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.attack("redaction leaks")
@settings(max_examples=100, deadline=None)
@given(before=TEXT, nip=NIPS, after=TEXT)
def test_a_nip_in_any_grouping_is_removed(before, nip, after):
    scrubbed = scrub(f"{before} {nip} {after}")
    assert _digits(nip) not in _digits(scrubbed)
    assert REDACTED_MARK in scrubbed


@pytest.mark.attack("redaction leaks")
@settings(max_examples=100, deadline=None)
@given(before=TEXT, phone=phones(), after=TEXT)
def test_a_phone_number_in_any_form_is_removed(before, phone, after):
    scrubbed = scrub(f"{before} {phone} {after}")
    subscriber = _digits(phone)[-7:]  # whatever the prefix, the last seven digits must go
    assert subscriber not in _digits(scrubbed)
    assert REDACTED_MARK in scrubbed


@pytest.mark.attack("redaction leaks")
@settings(max_examples=100, deadline=None)
@given(before=TEXT, email=EMAILS, after=TEXT)
def test_an_email_address_is_removed(before, email, after):
    scrubbed = scrub(f"{before} {email}, {after}")
    assert "@" not in scrubbed
    assert email.split("@")[1] not in scrubbed


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_the_numbers_of_an_ordinary_day_stay(text):
    assert scrub(text) == text


@pytest.mark.attack("redaction leaks")
@pytest.mark.parametrize(
    "text",
    [
        "NIP 19880612 201503 1 002",
        "NIP.19880612.201503.1.002",
        "NIP 19880612-201503-1-002",
        "NIP 19880612\u00a0201503\u00a01\u00a0002",
        "NIP 198806122015031002",
        "HP (0812) 7777 6666",
        "WA +62 (812) 7777-6666",
        "telp 0812-7777-6666",
        "telp 0812.7777.6666",
        "telp +62 812 7777 6666",
        "telp 6281277776666",
        "kantor (0274) 555 123",
        "surel budi.santoso+pelatihan@bkd.jatengprov.go.id.",
        "NIK 3401234567890123",
    ],
)
def test_the_forms_named_in_the_issue(text):
    scrubbed = scrub(text)
    assert REDACTED_MARK in scrubbed
    assert not re.search(r"\d{3}", scrubbed), scrubbed


def test_a_phone_followed_by_a_year_loses_only_the_phone():
    assert scrub("hubungi 0812 7777 6666 2022") == f"hubungi {REDACTED_MARK} 2022"


@dataclass
class _Inner:
    label: str
    session_id: str = "0812-7777-6666-0000"


@dataclass
class _Outer:
    title: str
    inner: list[_Inner] = field(default_factory=list)
    pairs: tuple[tuple[str, int], ...] = ()
    texts: dict[str, str] = field(default_factory=dict)
    id: str = "08127777-6666-4000-8000-000000000000"


def test_scrubbing_reaches_every_text_but_leaves_ids_alone():
    nip = "19880612 201503 1 002"
    data = _Outer(
        title=f"Ketua {nip}",
        inner=[_Inner(label="a@b.id")],
        pairs=((f"x {nip}", 3),),
        texts={"id": f"{nip}", "en": "a@b.id"},
    )
    scrubbed = scrub_everywhere(data)
    assert scrubbed.title == f"Ketua {REDACTED_MARK}"
    assert scrubbed.inner[0].label == REDACTED_MARK
    assert scrubbed.inner[0].session_id == data.inner[0].session_id
    assert scrubbed.pairs == ((f"x {REDACTED_MARK}", 3),)
    assert scrubbed.texts == {"id": REDACTED_MARK, "en": REDACTED_MARK}
    assert scrubbed.id == data.id


@pytest.mark.attack("redaction leaks")
@pytest.mark.parametrize("phone", ["62811000000", "0812 7777 6666", "(0812) 7777-6666"])
def test_a_phone_right_after_an_amount_is_found_and_the_amount_stays(phone):
    assert scrub(f"Rp 743.787.080 {phone} ok") == f"Rp 743.787.080 {REDACTED_MARK} ok"
