"""The gender and position mix of the groups: a swap's change of the sum of squared counts,
and the floor under every such change (Mix.lowest) that lets the improvement loop pass over a
row whose every pair is sure not to even the mix out, and a pair whose earlier partners
outweigh any mix it could even out (group_swaps.improve)."""

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
    """The fewest and the most of each category (gender or position) any group holds: a floor
    under every swap's change of the sum of squares. Swapping a (category x, group ga) with b
    (y, gb) changes it by [x >= 0](2 + 2(gb's x - ga's x)) + [y >= 0](2 + 2(ga's y - gb's y))
    when x != y, else 0; the fewest x and the most y of any group in place of gb's give the
    floor. Kept exact after each swap (how many groups hold each count of each category): a
    floor only widened, never narrowed, soon left most rows of a formation unsettled."""

    def __init__(self, counts: list[list[int]]) -> None:
        kinds = len(counts[0]) if counts else 0
        self.counts = counts
        self.tally: list[dict[int, int]] = []  # tally[c][n]: the groups holding n of c
        for c in range(kinds):
            tally: dict[int, int] = {}
            for group in counts:
                tally[group[c]] = tally.get(group[c], 0) + 1
            self.tally.append(tally)
        self.fewest = [min(tally) for tally in self.tally]
        self.most = [max(tally) for tally in self.tally]

    def settled(self, group: int, category: int) -> bool:
        """No swap of someone of this category out of this group lowers the sum of squares."""
        return not self.lowest(group, category)

    def lowest(self, group: int, category: int) -> int:
        """The lowest change of the sum of squares any swap of someone of this category out
        of this group can make (0 at most: a swap with someone of the same category changes
        nothing)."""
        most = self.most
        if not most:
            return 0
        here = self.counts[group]
        floor = 2 + 2 * (self.fewest[category] - here[category]) if category >= 0 else 0
        arriving = 0
        for other, highest in enumerate(most):
            if other != category:
                change = 2 + 2 * (here[other] - highest)
                if change < arriving:
                    arriving = change
        return min(0, floor + arriving)

    def moved(self, ga: int, gb: int, ca: int, cb: int) -> bool:
        """Someone of category ca went from group ga to gb, someone of cb the other way (the
        counts already say so). True when a fewest or a most changed (what settled says of
        groups other than ga and gb may change then)."""
        if ca == cb or not self.most:
            return False
        counts, fewest, most = self.counts, self.fewest, self.most
        before = fewest + most
        for category, left, joined in ((ca, ga, gb), (cb, gb, ga)):
            if category < 0:
                continue
            tally = self.tally[category]
            fewer, more = counts[left][category], counts[joined][category]
            for was, now in ((fewer + 1, fewer), (more - 1, more)):
                if tally[was] == 1:
                    del tally[was]
                else:
                    tally[was] -= 1
                tally[now] = tally.get(now, 0) + 1
            fewest[category] = min(tally)
            most[category] = max(tally)
        return fewest + most != before


def swap_change(here: list[int], there: list[int], ca: int, cb: int) -> int:
    """square_change for both groups when a (category ca, in `here`) and b (cb, `there`)
    change places; ca != cb."""
    change = 0
    if ca >= 0:
        change += 2 + 2 * (there[ca] - here[ca])
    if cb >= 0:
        change += 2 + 2 * (here[cb] - there[cb])
    return change
