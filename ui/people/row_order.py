"""The order of the participants table's rows, worked out in Python as Qt's sort would have it.

QSortFilterProxyModel's own sort asks the Python model for two keys per comparison (~3,800
calls for 500 people, plus the wrapping of their indexes): sorting 500 keys here costs a
fraction of that. The results are exactly Qt's (checked against it in
tests/ui/people/test_participants_sort.py): a stable sort of the rows in the order shown
(after a new list: its own order, by number), so equal keys keep that order in both
directions, as Qt's stable sort with a greater-than comparator does; after one row changed,
Qt's dynamic re-sort (the row stays while its neighbours are still in order, else it goes
after the rows it need not precede). One difference, among equal keys only: while a search
hides rows, Qt placed an edited row among the rows shown and put hidden rows back after their
equals when the search was cleared; here the whole list stays in one order, so a search
changes no order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Key = Callable[[int], object]


def qt_comparable(value: object) -> object:
    """A sort key as Qt compares it: a QString by its UTF-16 code units (Python's str compares
    code points, which differs past U+FFFF), numbers as numbers."""
    return value.encode("utf-16-be") if isinstance(value, str) else value


def sorted_rows(rows: Sequence[int], key: Key, descending: bool) -> list[int]:
    """rows (in the order shown) sorted by key; equal keys keep that order, both ways."""
    keys = [qt_comparable(key(row)) for row in rows]
    order = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)  # both stable
    return [rows[at] for at in order]


def after_change(order: Sequence[int], place: int, key: Key, descending: bool) -> list[int] | None:
    """The order once the row at place has a new key, as Qt's dynamic sort moves it; None when
    it stays (Qt leaves it while its neighbours are still in order, even among equal keys)."""

    def before(a: object, b: object) -> bool:  # a must be shown strictly before b
        return a > b if descending else a < b  # type: ignore[operator]

    mine = qt_comparable(key(order[place]))
    if (place == 0 or not before(mine, qt_comparable(key(order[place - 1])))) and (
        place == len(order) - 1 or not before(qt_comparable(key(order[place + 1])), mine)
    ):
        return None
    others = [*order[:place], *order[place + 1 :]]
    low, high = 0, len(others)
    while low < high:  # Qt's binary search: after every row it need not come before
        middle = (low + high) // 2
        if before(mine, qt_comparable(key(others[middle]))):
            high = middle
        else:
            low = middle + 1
    others.insert(low, order[place])
    return others
