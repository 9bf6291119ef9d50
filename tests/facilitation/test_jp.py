"""JP arithmetic: planned from the agenda, delivered from the run's times, credited from the
days each person was present, and completion exactly at the session's minimum."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.activity import Activity, ActivityKind
from facilitation.jp import (
    JpRules,
    JpSettingsError,
    ParticipantJp,
    counts_by_default,
    jp_text,
    jp_value,
    session_jp,
)
from facilitation.run_log import EventKind, RunEvent, actual_timings
from facilitation.session import Session, SessionDay

T0 = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)


def activity(title: str, kind: ActivityKind, minutes: int) -> Activity:
    return Activity(title=title, kind=kind, planned_minutes=minutes)


def two_days() -> Session:
    day1 = SessionDay(
        date=date(2026, 3, 10),
        activities=[
            activity("Pembukaan", ActivityKind.OPENING, 30),
            activity("Ceramah budaya kerja", ActivityKind.LECTURE, 90),
            activity("Rehat kopi", ActivityKind.BREAK, 15),
            activity("Diskusi kelompok", ActivityKind.GROUP_DISCUSSION, 135),
            activity("ISHOMA", ActivityKind.PLENARY, 60),
        ],
    )
    day2 = SessionDay(
        date=date(2026, 3, 11),
        activities=[
            activity("Bermain peran", ActivityKind.ROLE_PLAY, 90),
            activity("Pleno", ActivityKind.PLENARY, 45),
            activity("Penutupan", ActivityKind.CLOSING, 30),
        ],
    )
    return Session(title="Pelatihan", days=[day1, day2])


def test_breaks_ishoma_and_ceremonies_do_not_count_by_default() -> None:
    day = two_days().days[0]
    counted = [a.title for a in day.activities if counts_by_default(a)]
    assert counted == ["Ceramah budaya kerja", "Diskusi kelompok"]


def test_planned_jp_per_day_and_session_from_the_agenda() -> None:
    session = two_days()
    jp = session_jp(session, JpRules())
    assert [day.planned_minutes for day in jp.days] == [225, 135]
    assert jp_value(jp.days[0].planned_minutes, 45) == Decimal("5.0")
    assert jp_value(jp.planned_minutes, 45) == Decimal("8.0")
    assert jp.delivered_minutes is None  # nothing was run yet


def test_the_facilitator_decides_what_counts() -> None:
    session = two_days()
    opening = session.days[0].activities[0]
    lecture = session.days[0].activities[1]
    rules = JpRules(decisions={opening.id: True, lecture.id: False})
    assert session_jp(session, rules).days[0].planned_minutes == 30 + 135


def test_jp_minutes_per_session() -> None:
    jp = session_jp(two_days(), JpRules(jp_minutes=60))
    assert jp_text(jp.planned_minutes, 60) == "6"
    assert jp_text(100, 45) == "2,2"
    assert jp_text(100, 45, decimal_comma=False) == "2.2"


def _run(events: list[tuple[str, str, float, float]]) -> dict:
    """(kind, activity id, minutes after T0, timer seconds at the event)."""
    return actual_timings(
        RunEvent(EventKind(kind), key, T0 + timedelta(minutes=at), elapsed_s=elapsed)
        for kind, key, at, elapsed in events
    )


def test_delivered_jp_from_the_runs_actual_times() -> None:
    session = two_days()
    opening, lecture, _break, discussion, _ishoma = session.days[0].activities
    timings = _run(
        [
            ("start", opening.id, 0, 0),
            ("end", opening.id, 40, 40 * 60),
            ("start", lecture.id, 40, 0),
            ("end", lecture.id, 140, 100 * 60),  # ran 10 minutes over
            ("start", discussion.id, 150, 0),
            ("skip", discussion.id, 155, 0),  # skipped after five minutes: nothing delivered
        ]
    )
    jp = session_jp(session, JpRules(), timings)
    assert jp.days[0].delivered_minutes == 100
    assert jp.days[1].delivered_minutes is None  # day two not run: its plan stands
    assert jp.delivered_minutes == 100
    assert jp.credit_minutes == 100 + 135


def test_paused_time_is_not_learning_time() -> None:
    session = two_days()
    lecture = session.days[0].activities[1]
    timings = _run([("start", lecture.id, 0, 0), ("end", lecture.id, 120, 80 * 60)])
    assert session_jp(session, JpRules(), timings).days[0].delivered_minutes == 80


def test_credit_from_days_present() -> None:
    session = two_days()
    jp = session_jp(session, JpRules())
    day1, day2 = (day.id for day in session.days)
    both = jp.credit({day1, day2})
    assert (both.credited_minutes, both.total_minutes, both.completed) == (360, 360, True)
    first = jp.credit({day1})
    assert first.credited_minutes == 225 and first.attendance_percent == 62
    assert not first.completed
    assert jp.credit(None) == ParticipantJp(None, 360, False)
    assert jp.credit(set()).credited_minutes == 0


def _one_day_each(minutes: list[int]) -> Session:
    return Session(
        title="Lima hari",
        days=[
            SessionDay(
                date=date(2026, 4, 1 + index),
                activities=[activity("Materi", ActivityKind.LECTURE, m)],
            )
            for index, m in enumerate(minutes)
        ],
    )


def test_completion_at_the_boundary() -> None:
    session = _one_day_each([45] * 5)
    jp = session_jp(session, JpRules(min_attendance_percent=80))
    ids = [day.id for day in session.days]
    assert jp.credit(ids[:4]).completed  # exactly 80 %
    assert not jp.credit(ids[:3]).completed  # 60 %
    uneven = _one_day_each([81, 19])  # 81 % on day one
    rules = JpRules(min_attendance_percent=81)
    assert session_jp(uneven, rules).credit([uneven.days[0].id]).completed
    assert (
        not session_jp(uneven, JpRules(min_attendance_percent=82))
        .credit([uneven.days[0].id])
        .completed
    )


def test_a_session_with_no_jp_completes_no_one() -> None:
    session = Session(
        title="Rehat saja",
        days=[
            SessionDay(date=date(2026, 1, 5), activities=[activity("r", ActivityKind.BREAK, 30)])
        ],
    )
    jp = session_jp(session, JpRules(min_attendance_percent=0))
    assert not jp.credit({session.days[0].id}).completed


@settings(max_examples=60, deadline=None)
@given(
    minutes=st.lists(st.integers(0, 600), min_size=1, max_size=6),
    present=st.lists(st.booleans(), min_size=6, max_size=6),
    minimum=st.integers(0, 100),
)
def test_completion_agrees_with_exact_fractions(minutes, present, minimum) -> None:
    session = _one_day_each(minutes)
    jp = session_jp(session, JpRules(min_attendance_percent=minimum))
    days = [day.id for day, here in zip(session.days, present, strict=False) if here]
    credit = jp.credit(days)
    total = sum(minutes)
    attended = sum(m for m, here in zip(minutes, present, strict=False) if here)
    assert credit.completed == (total > 0 and attended / total >= minimum / 100 - 1e-12)


@pytest.mark.attack("jp")
@pytest.mark.parametrize(
    ("jp_minutes", "minimum", "key"),
    [
        (0, 80, "jp_minutes_out_of_range"),
        (-45, 80, "jp_minutes_out_of_range"),
        (10_000, 80, "jp_minutes_out_of_range"),
        (True, 80, "jp_minutes_out_of_range"),
        (45, 101, "attendance_out_of_range"),
        (45, -1, "attendance_out_of_range"),
        (45.5, 80, "jp_minutes_out_of_range"),
    ],
)
def test_impossible_jp_settings_are_refused(jp_minutes, minimum, key) -> None:
    with pytest.raises(JpSettingsError) as error:
        JpRules(jp_minutes=jp_minutes, min_attendance_percent=minimum)
    assert error.value.key == key


def test_the_method_library_knows_its_own_defaults() -> None:
    from facilitation.library import load_library

    library = load_library()

    def counted(key: str) -> bool:
        return counts_by_default(library.method(key).to_activity("id"))

    assert counted("perkenalan")  # learning contract: part of the curriculum
    assert not counted("pembukaan") and not counted("penutupan")
    assert not counted("ishoma") and not counted("rehat_kopi")
    assert not counted("permainan_energizer")
    assert counted("ceramah") and counted("kelas_kasus") and counted("post_test")
