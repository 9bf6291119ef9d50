"""The gender and position mix of the groups: a swap's change of the sum of squared counts,
and the floor under every such change that lets the improvement loop pass over a row whose
every pair is sure not to even the mix out (group_seating.improve)."""

from __future__ import annotations


def square_change(counts: list[int], leaving: int, arriving: int) -> int:
    """Change of the sum of squared counts when one `leaving` is replaced by one `arriving`."""
    change = 0
    if leaving >= 0:
        change += 1 - 2 * counts[leaving]
    if arriving >= 0:
        change += 1 + 2 * counts[arriving]
    return change


class Mix:
    """The fewest and the most of each category (gender or position) any group holds (or
    fewer and more): a floor under every swap's change of the sum of squares. Swapping a
    (category x, group ga) with b (y, gb) changes it by [x >= 0](2 + 2(gb's x - ga's x)) +
    [y >= 0](2 + 2(ga's y - gb's y)) when x != y, else 0; the fewest x and the most y of any
    group in place of gb's give the floor. Widened after a swap, never narrowed."""

    def __init__(self, counts: list[list[int]]) -> None:
        kinds = len(counts[0]) if counts else 0
        self.counts = counts
        self.fewest = [min(group[c] for group in counts) for c in range(kinds)]
        self.most = [max(group[c] for group in counts) for c in range(kinds)]

    def settled(self, group: int, category: int) -> bool:
        """No swap of someone of this category out of this group lowers the sum of squares."""
        most = self.most
        if not most:
            return True
        here = self.counts[group]
        floor = 2 + 2 * (self.fewest[category] - here[category]) if category >= 0 else 0
        arriving = 0
        for other, highest in enumerate(most):
            if other != category:
                change = 2 + 2 * (here[other] - highest)
                if change < arriving:
                    arriving = change
        return floor + arriving >= 0

    def moved(self, ga: int, gb: int, ca: int, cb: int) -> None:
        """Someone of category ca went from group ga to gb, someone of cb the other way."""
        if ca == cb or not self.most:
            return
        fewest, most = self.fewest, self.most
        for category in (ca, cb):
            if category >= 0:
                for group in (ga, gb):
                    count = self.counts[group][category]
                    fewest[category] = min(fewest[category], count)
                    most[category] = max(most[category], count)


def swap_change(here: list[int], there: list[int], ca: int, cb: int) -> int:
    """square_change for both groups when a (category ca, in `here`) and b (cb, `there`)
    change places; ca != cb."""
    change = 0
    if ca >= 0:
        change += 2 + 2 * (there[ca] - here[ca])
    if cb >= 0:
        change += 2 + 2 * (here[cb] - there[cb])
    return change
