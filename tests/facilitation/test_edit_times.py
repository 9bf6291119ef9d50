"""Edit times are instants: the same moment written in two zones is the same edit time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.edit_times import MAX_CLOCK_SKEW, is_future, is_newer, parse_instant

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def test_jakarta_and_greenwich_name_one_instant():
    assert parse_instant("2026-12-01T10:00:00+07:00") == parse_instant("2026-12-01T03:00:00Z")
    assert is_newer(parse_instant("2026-12-01T10:00:00+07:00"), NOW) is None


def test_text_order_is_not_time_order():
    # "2026-11-30T23:30-05:00" sorts before "2026-12-01T04:00+00:00" as text, but is later.
    evening_in_bogota = parse_instant("2026-11-30T23:30:00-05:00")
    morning_in_london = parse_instant("2026-12-01T04:00:00+00:00")
    assert is_newer(evening_in_bogota, morning_in_london) is True


def test_a_stamp_without_a_zone_is_utc():
    assert parse_instant("2026-12-01 03:00:00") == NOW


def test_unreadable_stamps_are_none():
    for text in ("2026-13-45T99:99:99+00:00", "yesterday", "", None, 20261201, "9" * 80):
        assert parse_instant(text) is None
    assert parse_instant("0001-01-01T00:00:00+14:00") is None  # before the first instant


def test_future_means_beyond_the_clock_skew_allowance():
    assert not is_future(NOW + MAX_CLOCK_SKEW, NOW)
    assert is_future(NOW + MAX_CLOCK_SKEW + timedelta(seconds=1), NOW)
    assert is_newer(NOW, None) is True


zones = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@settings(max_examples=100, deadline=None)
@given(moments, moments, zones, zones)
def test_comparison_follows_the_instants_in_any_zones(a, b, zone_a, zone_b):
    text_a, text_b = a.astimezone(zone_a).isoformat(), b.astimezone(zone_b).isoformat()
    expected = True if a > b else False if a < b else None
    assert is_newer(parse_instant(text_a), parse_instant(text_b)) is expected
