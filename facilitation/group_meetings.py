"""Who met whom in earlier formations, one integer per person.

Avoiding earlier pairs asks, for every pair weighed, how many earlier partners each of the two
has in a group. Kept as a table of counts per person and group, every swap moved the counts of
every partner of the two people swapped (some 170 each after 20 formations), and the table was
made anew for every formation. Here a person's earlier meetings are one integer: a field of
`width` bits per seat holding how often the two met. A group's counts are the sum of its
members' integers (meeting is mutual: how often p met the group's people is p's field in the
sum), so a swap is three additions whatever the number of earlier formations, and a group's
counts are read one by one through a memoryview of the sum's bytes. No field ever holds more
than all the meetings its person had (width is chosen so), so no sum carries into the next
field, and the integers are exact whatever the order of additions.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache

_CODES: dict[int, str] = {}  # field width in bits -> array/memoryview type code
for _code in "BHILQ":
    _CODES.setdefault(array(_code).itemsize * 8, _code)
_WIDTHS = sorted(width for width in _CODES if width in (8, 16, 32, 64))


class Meetings:
    """packed[p]: in the field of each seat o, how often p met o (p's own field: how often p
    met themself, listed twice in one group, as pair_history counts it)."""

    def __init__(self, seats: int) -> None:
        self.seats = seats
        self.packed = [0] * seats
        self.totals = [0] * seats  # all of a seat's meetings: no field of it holds more
        self.selfs = [0] * seats  # how often a seat met itself (listed twice in a group)
        self._set_width(_WIDTHS[0])

    def _set_width(self, width: int) -> None:
        self.width = width
        self.mask = (1 << width) - 1
        self.code = _CODES[width]
        self.size = self.seats * width // 8
        self.unit = _units(width, self.seats)

    def copy(self) -> Meetings:
        """The same counts in lists of their own (a board made before keeps reading its own)."""
        twin = Meetings.__new__(Meetings)
        twin.__dict__.update(self.__dict__)
        twin.packed, twin.totals = list(self.packed), list(self.totals)
        twin.selfs = list(self.selfs)
        return twin

    def add(self, groups: Iterable[Sequence[int]]) -> None:
        """One meeting of every two seats of each group (seats listed twice meet twice)."""
        groups = [seats for seats in groups if len(seats) > 1]
        totals = self.totals
        for seats in groups:
            for seat in seats:
                totals[seat] += len(seats) - 1
        most = max(totals, default=0)
        if most > self.mask:
            self._widen(most)
        unit, packed, selfs = self.unit, self.packed, self.selfs
        for seats in groups:
            together = sum(map(unit.__getitem__, seats))
            for seat in seats:
                packed[seat] += together - unit[seat]
            if len(set(seats)) < len(seats):
                for seat in seats:
                    selfs[seat] += seats.count(seat) - 1

    def _widen(self, most: int) -> None:
        old = self.code
        width = next((w for w in _WIDTHS if most < 1 << w), 0)
        if not width:
            raise OverflowError("more meetings than a field holds")
        self._set_width(width)
        self.packed = [
            _pack(array(self.code, _fields(value, old, self.seats))) if value else 0
            for value in self.packed
        ]

    def times(self, a: int, b: int) -> int:
        """How often a met b."""
        return (self.packed[a] >> (self.width * b)) & self.mask

    def view(self, value: int) -> Sequence[int]:
        """The fields of a packed integer (a seat's meetings, or a group's sum), by seat."""
        if self.width == 8:  # bytes: read as quickly as a list, made 5x as quickly
            return value.to_bytes(self.size, "little")
        if _LITTLE:
            return memoryview(value.to_bytes(self.size, "little")).cast(self.code)
        return _fields(value, self.code, self.seats)

    def partners(self) -> list[dict[int, int]]:
        """Each seat's earlier partners and how often they met (for checks and tests)."""
        return [
            {other: times for other, times in enumerate(self.view(value)) if times}
            for value in self.packed
        ]


_LITTLE = sys.byteorder == "little"


@lru_cache(maxsize=8)
def _units(width: int, seats: int) -> list[int]:
    """A one in each seat's field (read only: every Meetings of these seats shares it; made
    once, not for every formation)."""
    return [1 << (width * seat) for seat in range(seats)]


def _fields(value: int, code: str, seats: int) -> array:
    fields = array(code)
    fields.frombytes(value.to_bytes(seats * fields.itemsize, "little"))
    if not _LITTLE:
        fields.byteswap()
    return fields


def _pack(fields: array) -> int:
    if not _LITTLE:
        fields = array(fields.typecode, fields)
        fields.byteswap()
    return int.from_bytes(fields.tobytes(), "little")


def from_partners(partners: list[dict[int, int]]) -> Meetings:
    """Meetings from each seat's partners and times (symmetric: whom p met, met p)."""
    meetings = Meetings(len(partners))
    meetings.totals = [sum(times.values()) for times in partners]
    meetings.selfs = [times.get(seat, 0) for seat, times in enumerate(partners)]
    most = max(meetings.totals, default=0)
    if most > meetings.mask:
        meetings._widen(most)
    width = meetings.width
    meetings.packed = [
        sum(times << (width * other) for other, times in seat.items()) for seat in partners
    ]
    return meetings
