"""The best notes for "a OR b" (two plain words) from the word list, scoring no match in FTS5.

bm25() of an OR of two words is a sum of two shares, and a word's share depends only on its
weighted count in the note (freq, 0 when absent) and the note's length in words (size). So for
a pair of freqs the score only falls as the note gets longer, and the notes of a pair can be
read from the word list (notes_fts_terms, ordered by term, freq, size, note) shortest first:
the two words' rows merged, or one word's rows looked up among the other's. Each pair enters a
heap with its best possible score and is read, a few sizes at a time, only while it can still
beat the limit-th note found: Fagin's threshold algorithm over whole pairs. The freqs few
notes hold (a word said many times) are read at once instead, each note with the other
word's freq. In the benchmark's store the 62 best of ~13,400 matches come from ~20 short
statements (~2,000 index rows merged in order, a few hundred looked up, each word's note
count read from notes_fts_term_counts for its idf), where bm25() scored the ~3,800 notes
holding both words: the whole search runs ~38% fewer instructions (callgrind: 58 -> 36
million; counting each word's rows was 7.6 million of those before the counts were kept).

Scores are bm25()'s own formula in the same floating-point steps; the caller
(storage.search_ranking) checks the best note's against bm25() itself, and on any disagreement
(a word list out of step with the index) ranks by parts instead.
"""

from __future__ import annotations

import heapq
import json
import math
import sqlite3
from collections.abc import Callable

K1 = 1.2  # FTS5's bm25 constants
B = 0.75
MAX_RECENT = 4000  # the recent words' rows read at once; past this rank by parts instead

# A pair's notes of some sizes (those holding the first word freq ?2 times and the second ?4
# times), in the word list's key order. _BOTH merges the two words' rows, _LOOKUP looks each of
# the first word's rows up among the second's (for a rare freq against a common one, which
# the merge would walk), _ONLY keeps the first word's rows without the second word.
_SIZES = "term = {} AND freq = {} AND size BETWEEN ?5 AND ?6"
_BOTH = (
    f"SELECT size, note FROM notes_fts_terms WHERE {_SIZES.format('?1', '?2')} INTERSECT"
    f" SELECT size, note FROM notes_fts_terms WHERE {_SIZES.format('?3', '?4')} ORDER BY 1, 2"
)
_LOOKUP = (
    f"SELECT size, note FROM notes_fts_terms x WHERE {_SIZES.format('?1', '?2')}"
    " AND EXISTS (SELECT 1 FROM notes_fts_terms y WHERE y.note = x.note AND y.term = ?3"
    " AND y.freq = ?4 AND y.size = x.size)"
)
_ONLY = (
    f"SELECT size, note FROM notes_fts_terms x WHERE {_SIZES.format('?1', '?2')} AND ?4 = 0"
    " AND NOT EXISTS (SELECT 1 FROM notes_fts_terms y WHERE y.note = x.note AND y.term = ?3)"
)
# Each freq of a word in the word list's big table, with its shortest and longest note's size
# and how many notes hold the word that often: a few seeks each. The freqs come from the word
# list itself, the counts from notes_fts_term_counts (migration 16, kept beside it): counts out
# of step could only change the idf (caught by the caller's bm25() check) and which way a
# pair is read, never which notes are read.
_FREQS = (
    "SELECT freq, (SELECT min(size) FROM notes_fts_terms WHERE term = ?1 AND freq = f.freq),"
    " (SELECT max(size) FROM notes_fts_terms WHERE term = ?1 AND freq = f.freq),"
    " coalesce((SELECT notes FROM notes_fts_term_counts WHERE term = ?1 AND freq = f.freq), 0)"
    " FROM ("
    "WITH RECURSIVE below(freq) AS (SELECT max(freq) FROM notes_fts_terms WHERE term = ?1"
    " UNION ALL SELECT (SELECT max(freq) FROM notes_fts_terms WHERE term = ?1"
    " AND freq < below.freq) FROM below WHERE below.freq IS NOT NULL) SELECT freq FROM below) f"
    " WHERE f.freq IS NOT NULL"
)
FEW = 200  # a freq held by at most this many notes: its notes are read at once
SKEW = 4  # a pair whose two freqs' note counts differ more than this: looked up, not merged
# The notes holding word ?1 at the freqs (a JSON list) ?3, with the other word's freq (or 0).
_FEW_NOTES = (
    "SELECT x.freq, x.size, x.note, coalesce((SELECT y.freq FROM notes_fts_terms y"
    " WHERE y.note = x.note AND y.term = ?2), 0) FROM json_each(?3) f"
    " CROSS JOIN notes_fts_terms x WHERE x.term = ?1 AND x.freq = f.value"
)
# The notes holding each word in the word list's recent part.
_RECENT_HITS = (
    "SELECT (SELECT count(*) FROM notes_fts_terms_recent WHERE term = ?1),"
    " (SELECT count(*) FROM notes_fts_terms_recent WHERE term = ?2)"
)

Scorer = Callable[[int, int, int], float]  # (freq of the first word, of the second, size)


def best_for_two_words(
    conn: sqlite3.Connection, words: tuple[str, str], limit: int, averages: list[int]
) -> list[tuple[float, int]] | None:
    """The limit best notes of "w1" OR "w2" (words: two different plain words, lower case) as
    (bm25, rowid), in bm25 order, ties by rowid; None when the word list cannot tell.
    averages: FTS5's averages record (storage.search_ranking._averages)."""
    rows = averages[0] if averages else 0
    if limit <= 0 or rows <= 0:
        return None
    spans = [_freqs(conn, word) for word in words]
    recent0, recent1 = conn.execute(_RECENT_HITS, words).fetchone()
    # The notes holding each word: bm25's idf counts them.
    hits = [
        recent + sum(n for _low, _high, n in spans[i].values())
        for i, recent in enumerate((recent0, recent1))
    ]
    if max(hits) > rows:
        return None  # more notes than the index holds: counts out of step (a damaged store)
    score = _scorer(rows, hits, float(sum(averages[1:])) / float(rows))
    recent = _recent(conn, words, score) if recent0 or recent1 else []
    if recent is None:
        return None
    # Each pair of freqs (0: the word is absent) enters with a bound, its shortest note's
    # score. When a bound comes first, the pair's notes of the sizes that score at least as
    # well as the next entry (or the limit-th note) are read, and a bound for the sizes after
    # them enters. A bound sorts before a note of the same score: ties are read before the cut.
    heap: list[tuple[float, int, int, int]] = [(bm25, 1, note, -1) for bm25, note in recent]
    # The notes of the freqs few notes hold (often the best: a word said many times) are read
    # at once; the pairs of the other freqs one by one.
    few = [[freq for freq, span in spans[i].items() if span[2] <= FEW] for i in (0, 1)]
    seen: set[int] = {note for _bm25, note in recent}
    for i in (0, 1):
        if few[i]:
            for freq, size, note, other in conn.execute(
                _FEW_NOTES, [words[i], words[1 - i], json.dumps(few[i])]
            ):
                if note not in seen:
                    seen.add(note)
                    freqs = (freq, other) if i == 0 else (other, freq)
                    heap.append((score(*freqs, size), 1, note, -1))
    anything = (0, 1 << 62, 0)  # a word absent: any size
    pairs: list[_Pair] = []
    for freq0, (low0, high0, count0) in [(0, anything), *spans[0].items()]:
        for freq1, (low1, high1, count1) in [(0, anything), *spans[1].items()]:
            low, high = max(low0, low1), min(high0, high1)
            if freq0 in few[0] or freq1 in few[1] or not (freq0 or freq1) or low > high:
                continue
            heap.append((score(freq0, freq1, low), 0, 0, len(pairs)))
            pairs.append(_Pair(words, (freq0, freq1), (count0, count1), low, high))
    heapq.heapify(heap)
    found: list[tuple[float, int]] = []  # (bm25, rowid): lower is better
    while heap:
        bm25, is_note, note, index = heapq.heappop(heap)
        if len(found) >= limit and bm25 > found[limit - 1][0]:
            break  # this note or bound, and everything after it, scores below the limit-th
        if is_note:
            found.append((bm25, note))
            continue
        pair = pairs[index]
        target = min(
            heap[0][0] if heap else math.inf,
            found[limit - 1][0] if len(found) >= limit else math.inf,
        )
        low, high = pair.low, max(pair.sizes_within(score, target), pair.low + pair.sizes - 1)
        pair.sizes *= 2  # the sizes read by each statement double: few statements a pair
        for size, note in conn.execute(pair.sql, [*pair.params, low, high]):
            heapq.heappush(heap, (score(*pair.freqs, size), 1, note, index))
        if high < pair.high:
            pair.low = high + 1
            heapq.heappush(heap, (score(*pair.freqs, high + 1), 0, 0, index))
    found.sort()
    return found[:limit]


class _Pair:
    """The notes of the word list's big table holding the words freqs[0] and freqs[1] times
    (0: not at all), of sizes low to high, not read yet."""

    def __init__(
        self,
        words: tuple[str, str],
        freqs: tuple[int, int],
        counts: tuple[int, int],
        low: int,
        high: int,
    ) -> None:
        self.freqs, self.low, self.high, self.sizes = freqs, low, high, 1
        outer = 0 if not freqs[1] or (freqs[0] and counts[0] <= counts[1]) else 1
        inner = 1 - outer
        merged = counts[inner] <= SKEW * counts[outer]  # else the merge would walk the inner
        self.sql = _ONLY if not freqs[inner] else _BOTH if merged else _LOOKUP
        self.params = [words[outer], freqs[outer], words[inner], freqs[inner]]

    def sizes_within(self, score: Scorer, target: float) -> int:
        """The largest size from low whose notes score target or better (at least low)."""
        good, bad = self.low, self.high + 1
        while bad - good > 1:
            middle = (good + bad) // 2
            if score(*self.freqs, middle) <= target:
                good = middle
            else:
                bad = middle
        return min(good, self.high)


def _recent(
    conn: sqlite3.Connection, words: tuple[str, str], score: Scorer
) -> list[tuple[float, int]] | None:
    """The notes of the word list's recent part holding either word, best first: all read (the
    part is small; None if it is not)."""
    rows = conn.execute(
        "SELECT term, freq, size, note FROM notes_fts_terms_recent WHERE term IN (?, ?) LIMIT ?",
        [*words, MAX_RECENT + 1],
    ).fetchall()
    if len(rows) > MAX_RECENT:
        return None
    notes: dict[int, list[int]] = {}
    for term, freq, size, note in rows:
        held = notes.setdefault(note, [0, 0, size])
        held[0 if term == words[0] else 1] = freq
    return sorted((score(*held), note) for note, held in notes.items())


def _freqs(conn: sqlite3.Connection, word: str) -> dict[int, tuple[int, int, int]]:
    """Each freq of word in the word list's big table: its notes' least and most size, and
    their number."""
    return {freq: (low, high, n) for freq, low, high, n in conn.execute(_FREQS, [word])}


def _scorer(rows: int, hits: list[int], average: float) -> Scorer:
    """bm25() of a note of the class, as fts5Bm25Function computes it, step by step."""
    idfs = []
    for hit in hits:
        idf = math.log((rows - hit + 0.5) / (hit + 0.5))
        idfs.append(1e-6 if idf <= 0.0 else idf)
    first, second = idfs

    def score(freq0: int, freq1: int, size: int) -> float:
        length = K1 * (1 - B + B * size / average)
        total = 0.0 + first * ((freq0 * (K1 + 1.0)) / (freq0 + length))
        total += second * ((freq1 * (K1 + 1.0)) / (freq1 + length))
        return -1.0 * total

    return score
