"""Dates and times as a facilitator reads them, in the UI language."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime

from ui.common.i18n import locale_for


def long_date(day: date, lang: str) -> str:
    """'Rabu, 23 Maret 2022' / 'Wednesday, 23 March 2022'."""
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


def short_date(day: date, lang: str) -> str:
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def clock_time(moment: time) -> str:
    return QTime(moment.hour, moment.minute).toString("HH:mm")


def local_clock(iso: str, seconds: bool = False) -> str:
    """A stored UTC timestamp as the wall-clock time in the room."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone()
    return moment.strftime("%H:%M:%S" if seconds else "%H:%M")
