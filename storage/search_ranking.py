"""The best notes for a search, in bm25 order, scoring as few matches as the order allows.

FTS5's bm25() costs about a microsecond per matching row, and "amanah OR pengaduan" matches
~13,000 of 20,000 notes. For a query of a few words joined by OR, a note's score is the sum of
one share per word it contains, and each share is below idf(word) * (k1 + 1) whatever the note.
So the notes are split by which of the words they hold ("a AND b", "a NOT b", "b NOT a"), the
groups holding more words are ranked first, and a group is skipped when even its bound cannot
reach the scores already found: the notes holding both words usually fill the list alone.
Every score is bm25() itself, computed over the same phrases in the same order, so the result
is exactly that of ranking every match ("ORDER BY bm25, rowid"), ties included.
"""

from __future__ import annotations

import math
import re
import sqlite3
from bisect import insort
from itertools import combinations

from storage.search_two_words import best_for_two_words

# Words in the note count most, then tags and speaker, then the group's name.
COLUMN_WEIGHTS = {"text": 10, "tags": 3, "speaker": 3, "group_label": 2}
RANK = f"bm25(notes_fts, {', '.join(f'{w:.1f}' for w in COLUMN_WEIGHTS.values())})"
K1 = 1.2  # FTS5's bm25 constant: a word's share is below idf * (K1 + 1)
B = 0.75  # FTS5's bm25 constant for the note's length
# One plain word, maybe less other plain words: ASCII letters and digits are one token each,
# folded to lower case, whatever else the tokenizer does.
_ONE_WORD = re.compile(r'"([A-Za-z0-9]+)"|\("([A-Za-z0-9]+)"\)((?: NOT "[A-Za-z0-9]+")+)')
_NOT_WORD = re.compile(r' NOT "([A-Za-z0-9]+)"')
_PLAIN_WORD = re.compile(r'"([A-Za-z0-9]+)"')
TERMS = ("notes_fts_terms", "notes_fts_terms_recent")  # the word list (migration 14)
MAX_SPLIT_WORDS = 4  # 15 groups at most; longer ORs are ranked whole


def rank_all(conn: sqlite3.Connection, expression: str, limit: int) -> list[int]:
    """The rowids of the limit best matches: every match scored (the plain query)."""
    return [
        rowid
        for (rowid,) in conn.execute(
            f"SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY {RANK}, rowid LIMIT ?",
            [expression, limit],
        )
    ]


def best_rowids(
    conn: sqlite3.Connection, expression: str, alternatives: list[str], limit: int
) -> list[int]:
    """Exactly rank_all(expression, limit); alternatives: the quoted words of expression when
    it is nothing but "w1 OR w2 ..." (else empty, and every match is scored)."""
    if not 2 <= len(alternatives) <= MAX_SPLIT_WORDS:
        plain = _ONE_WORD.fullmatch(expression)
        if plain is None:
            return rank_all(conn, expression, limit)
        word = (plain.group(1) or plain.group(2)).lower()
        excluded = [other.lower() for other in _NOT_WORD.findall(plain.group(3) or "")]
        return best_for_word(conn, expression, word, limit, excluded)
    plain = [_PLAIN_WORD.fullmatch(word) for word in alternatives]
    if len(plain) == 2 and plain[0] and plain[1]:
        words = (plain[0].group(1).lower(), plain[1].group(1).lower())
        found = (
            best_for_two_words(conn, words, limit, _averages(conn))
            if words[0] != words[1]
            else None
        )
        if found and _scored_alike(conn, expression, found[0]):
            return [rowid for _score, rowid in found]
    bounds = [_share_bound(conn, word) for word in alternatives]
    positions = range(len(alternatives))
    groups = [
        (sum(bounds[i] for i in held), held)
        for size in range(len(alternatives), 0, -1)
        for held in combinations(positions, size)
    ]
    groups.sort(key=lambda group: -group[0])
    found: list[tuple[float, int]] = []  # (bm25, rowid): lower is better
    for bound, held in groups:
        if len(found) >= limit and -found[limit - 1][0] > bound:
            break  # no note of this group (or of any after it) can enter the list
        found.extend(_group_best(conn, alternatives, held, limit))
        found.sort()
        del found[limit:]
    return [rowid for _score, rowid in found]


def _group_best(
    conn: sqlite3.Connection, words: list[str], held: tuple[int, ...], limit: int
) -> list[tuple[float, int]]:
    """The best notes holding exactly the words at positions held. The words stay in their
    order, the absent ones after NOT: they add nothing to bm25, so the scores are the same
    floating-point numbers as in the whole query's."""
    expression = " AND ".join(words[i] for i in held)
    expression += "".join(f" NOT {word}" for i, word in enumerate(words) if i not in held)
    return conn.execute(
        f"SELECT {RANK}, rowid FROM notes_fts WHERE notes_fts MATCH ?"
        f" ORDER BY {RANK}, rowid LIMIT ?",
        [expression, limit],
    ).fetchall()


def _share_bound(conn: sqlite3.Connection, word: str) -> float:
    """Above the most any note can score for holding this word: idf * (K1 + 1), with a margin,
    and the row count bm25 uses rounded up to the largest rowid (idf only grows with it)."""
    (hits,) = conn.execute(
        "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", [word]
    ).fetchone()
    (largest,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM notes").fetchone()
    rows = max(largest, _indexed_rows(conn), hits)
    idf = max(1e-6, math.log((rows - hits + 0.5) / (hits + 0.5)))
    return idf * (K1 + 1) * 1.000001 + 1e-9


def _indexed_rows(conn: sqlite3.Connection) -> int:
    """The row count bm25() reads: the first varint of FTS5's averages record (id 1)."""
    return (_averages(conn) or [0])[0]


def _averages(conn: sqlite3.Connection) -> list[int]:
    """FTS5's averages record (id 1): the row count, then each column's total of words."""
    row = conn.execute("SELECT block FROM notes_fts_data WHERE id = 1").fetchone()
    block, values, start = bytes(row[0]) if row and row[0] else b"", [], 0
    while start < len(block):
        value = 0
        for position, byte in enumerate(block[start : start + 9]):
            if position == 8:  # SQLite varints: the ninth byte gives all its eight bits
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        values.append(value)
        start += position + 1
    return values


def best_for_word(
    conn: sqlite3.Connection, expression: str, word: str, limit: int, excluded: list[str]
) -> list[int]:
    """Exactly rank_all(expression, limit) for a query of one plain word, maybe less the notes
    holding other plain words (excluded), scoring only a few notes.

    With one word, bm25() depends on two numbers of a note: the word's count weighted by column
    (freq) and the note's length in words (size); it grows with freq and falls with size.
    notes_fts_terms (migration 14, and its recent part) lists the word's notes by freq, then size,
    then rowid: for each freq, its first limit notes are the only ones of that freq that can make
    the list, and the reading stops at its first note that cannot. Those few are scored by bm25()'s
    own formula, in the same floating-point steps, and the best one is checked against bm25() itself
    (any other result: every match is scored). The idf's count of the word's notes is kept in
    notes_fts_term_counts (migration 16) for the big part, counted for the small recent one.
    An excluded word adds nothing to a note without it: its share is 0.0."""
    averages = _averages(conn)
    (hits,) = conn.execute(  # the big part's notes kept counted (migration 16)
        "SELECT (SELECT coalesce(sum(notes), 0) FROM notes_fts_term_counts WHERE term = ?)"
        " + (SELECT count(*) FROM notes_fts_terms_recent WHERE term = ?)",
        [word, word],
    ).fetchone()
    if len(averages) != 1 + len(COLUMN_WEIGHTS) or not 0 < hits <= averages[0]:
        return rank_all(conn, expression, limit)  # no notes, or counts out of step
    rows = averages[0]
    idf = math.log((rows - hits + 0.5) / (hits + 0.5))
    if idf <= 0.0:
        idf = 1e-6
    average = float(sum(averages[1:])) / float(rows)

    def score(freq: int, size: int) -> float:  # fts5Bm25Function, step by step
        share = (freq * (K1 + 1.0)) / (freq + K1 * (1 - B + B * size / average))
        return -1.0 * (0.0 + idf * share)

    # A note's words are all in one table: notes_fts_terms or its recent part.
    highest = " UNION ALL ".join(
        f"SELECT max(freq) AS freq FROM {table} WHERE term = ? AND freq < ?" for table in TERMS
    )
    notes = " UNION ALL ".join(
        f"SELECT size, note FROM {table} t WHERE term = ? AND freq = ?"
        f" AND NOT EXISTS (SELECT 1 FROM {table} x WHERE x.note = t.note"
        f" AND x.term IN ({', '.join('?' * len(excluded))}))"
        for table in TERMS
    )
    found: list[tuple[float, int]] = []  # (bm25, rowid), best first: at most limit
    freq = 1 << 62
    while True:  # each freq of the word, the highest first: one seek each
        (freq,) = conn.execute(
            f"SELECT max(freq) FROM ({highest})", [word, freq] * len(TERMS)
        ).fetchone()
        if freq is None:
            break
        for size, note in conn.execute(
            f"{notes} ORDER BY 1, 2 LIMIT ?", [*([word, freq, *excluded] * len(TERMS)), limit]
        ):
            scored = (score(freq, size), note)
            if len(found) == limit:
                if scored > found[-1]:
                    break  # and so is every later note of this freq: longer, or same and after
                del found[-1]
            insort(found, scored)
    if not found or not _scored_alike(conn, expression, found[0]):
        return rank_all(conn, expression, limit)  # the word list disagrees with the index
    return [note for _score, note in found[:limit]]


def _scored_alike(conn: sqlite3.Connection, expression: str, best: tuple[float, int]) -> bool:
    (scored,) = conn.execute(
        f"SELECT {RANK} FROM notes_fts WHERE notes_fts MATCH ? AND rowid = ?",
        [expression, best[1]],
    ).fetchone() or (None,)
    return scored == best[0]
