"""JP taught from the agenda, the session's JP length, and what the section editors offer."""

from __future__ import annotations

from datetime import date

import pytest

from facilitation.activity import Activity
from facilitation.official import (
    DEFAULT_JP_MINUTES,
    ReportSection,
    jp_minutes,
    jp_taught,
    starting_text,
)
from facilitation.session import Session, SessionDay


def _session(*minutes: int) -> Session:
    activities = [Activity(f"Sesi {n}", "lecture", m) for n, m in enumerate(minutes, start=1)]
    return Session(
        "Pelatihan",
        days=[SessionDay(date(2026, 3, 2), activities=activities)],
        objectives=["Memahami BerAKHLAK", "Menyusun rencana aksi"],
    )


def test_one_jp_is_45_minutes_unless_the_session_says_otherwise():
    assert jp_minutes(None) == jp_minutes({}) == DEFAULT_JP_MINUTES == 45
    assert jp_minutes({"jp_minutes": 60}) == 60


@pytest.mark.parametrize("odd", [0, -45, 10_000, "45", 45.5, True, None])
def test_a_senseless_jp_length_falls_back_to_45(odd):
    assert jp_minutes({"jp_minutes": odd}) == 45


def test_jp_taught_is_planned_minutes_over_the_jp_length_to_a_quarter():
    session = _session(90, 45, 30, 60)
    ids = [a.id for a in session.days[0].activities]
    assert jp_taught(session, ids[:2]) == 3.0
    assert jp_taught(session, ids[2:3]) == 0.75  # 30 / 45 = 0.67, to the quarter
    assert jp_taught(session, ids[:1], 60) == 1.5
    assert jp_taught(session, []) == 0


def test_an_activity_gone_from_the_agenda_counts_nothing():
    session = _session(90)
    assert jp_taught(session, ["gone", session.days[0].activities[0].id, "gone"]) == 2.0


def test_the_aims_start_from_the_objectives_and_the_conclusions_from_decisions():
    session = _session(45)
    assert starting_text(ReportSection.AIMS, session) == (
        "1. Memahami BerAKHLAK\n2. Menyusun rencana aksi"
    )
    conclusions = starting_text(ReportSection.CONCLUSIONS, session, ["Maklumat disepakati"])
    assert conclusions == "- Maklumat disepakati"
    assert starting_text(ReportSection.FOREWORD, session) == ""
