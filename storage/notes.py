"""Notes and the search over them. Saving a note is one INSERT in one transaction: with the
store's synchronous=FULL it is on disk when add() returns. The search index catches up at the
next search (storage/search_index.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.notes import Note, NoteKind, normalise_tags, validate_note
from facilitation.search import HIGHLIGHT_END, HIGHLIGHT_START, alternatives, fts_query
from facilitation.validation import RowCheck, check_row
from storage import tolerant
from storage.rows import changed_values
from storage.search_index import index_pending_notes, snippets
from storage.search_ranking import best_rowids
from storage.sessions import NotFoundError
from storage.transactions import Stamp, change_stamp, write_transaction

COLUMNS = (
    "id, session_id, activity_id, text, kind, tags, group_label, group_id, speaker,"
    " participant_id, author, starred, created_at, updated_at, deleted_at"
)
_NAMES = COLUMNS.replace(" ", "").split(",")
_INSERT = f"INSERT INTO notes ({COLUMNS}) VALUES ({', '.join('?' * 15)})"
_CHECK_NEW = RowCheck("notes", _NAMES)  # check_row for a new note's values
_TAGS_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps builds one per call
_EDITABLE = (
    "activity_id",
    "text",
    "kind",
    "tags",
    "group_label",
    "group_id",
    "speaker",
    "participant_id",
)


@dataclass(frozen=True)
class SearchHit:
    note_id: str
    session_id: str
    session_title: str
    kind: NoteKind
    group_label: str
    speaker: str
    snippet: str  # highlighted words between HIGHLIGHT_START and HIGHLIGHT_END
    created_at: str


NoteKey = tuple[str, int]  # (created_at, rowid): the browse list's order


@dataclass(frozen=True)
class NoteFilters:
    """The browse filters; None means 'any' (like facilitation.notes.matches)."""

    activity_id: str | None = None
    group_label: str | None = None
    kind: NoteKind | None = None
    tag: str | None = None
    starred_only: bool = False


class ListRow(NamedTuple):
    """What the notes list shows of a note: a tuple, not a Note, to stay cheap."""

    rowid: int
    id: str
    activity_id: str | None
    text: str  # the first 2,000 characters
    kind: str
    tags: str  # JSON
    group_label: str
    speaker: str
    starred: int
    created_at: str


def list_row(note: Note, rowid: int) -> ListRow:
    """What the notes list reads of a stored note (ListRow), from the note itself."""
    return ListRow(
        rowid,
        note.id,
        note.activity_id,
        note.text[:2000],
        str(note.kind),
        _TAGS_JSON(note.tags),
        note.group_label,
        note.speaker,
        int(note.starred),
        note.created_at,
    )


def note_from_row(row: tuple) -> Note:
    return Note(
        id=row[0],
        session_id=row[1],
        activity_id=row[2],
        text=row[3],
        kind=tolerant.choice(NoteKind, row[4], NoteKind.IDEA, "notes.kind"),
        tags=tolerant.texts(row[5], "notes.tags"),
        group_label=row[6],
        group_id=row[7],
        speaker=row[8],
        participant_id=row[9],
        author=row[10],
        starred=bool(row[11]),
        created_at=row[12],
        updated_at=row[13],
        deleted_at=row[14],
    )


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _values(note: Note) -> list:
    return [
        note.id,
        note.session_id,
        note.activity_id,
        note.text,
        str(note.kind),
        _TAGS_JSON(note.tags),
        note.group_label,
        note.group_id,
        note.speaker,
        note.participant_id,
        note.author,
        int(note.starred),
        note.created_at,
        note.updated_at,
        note.deleted_at,
    ]


class NoteRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        # The tag filter compares like facilitation.notes.matches does (casefold, not lower).
        db.conn.create_function("casefold", 1, _casefold, deterministic=True)

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- writing: one user action, one transaction ---------------------------------------------

    def add(self, note: Note) -> Note:
        """Save a new note; raises facilitation.session.ValidationError for unstorable text.
        It runs at every Enter in the note box, so its Python is kept to the checks and one
        INSERT in its own transaction (no read-back): with synchronous=FULL the note is on
        disk when add() returns, and the fsync, not Python, is most of its time."""
        note.tags = normalise_tags(note.tags)
        validate_note(note)
        note.created_at = note.updated_at = self._now()
        note.deleted_at = None
        values = _values(note)
        _CHECK_NEW(values)
        with write_transaction(self.db.conn):
            self.db.conn.execute(_INSERT, values)
        return note

    def update(self, note: Note, before: Note | None = None) -> Note:
        """Save the edited fields of a live note (text, kind, tags, group, speaker, activity).
        before: the note as the UI read it; only the fields that differ from it are written."""
        note.tags = normalise_tags(note.tags)
        validate_note(note)
        now = self._now()
        after_row = dict(zip(_NAMES, _values(note), strict=True))
        editable = {name: after_row[name] for name in _EDITABLE}
        check_row("notes", editable)
        before_row = dict(zip(_NAMES, _values(before), strict=True)) if before else None
        values = changed_values(editable, before_row)
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE notes SET "
                + "".join(f"{name}=?, " for name in values)
                + "updated_at=? WHERE id=? AND deleted_at IS NULL",
                [*values.values(), now, note.id],
            ).rowcount
            if not changed:
                raise NotFoundError(note.id)
        note.updated_at = now
        return note

    def set_starred(self, note_id: str, starred: bool) -> None:
        self._set(note_id, "starred", int(starred))

    def move_to_trash(self, note_id: str) -> None:
        self._set(note_id, "deleted_at", self._now())

    def restore(self, note_id: str) -> None:
        self._set(note_id, "deleted_at", None)

    def _set(self, note_id: str, column: str, value: object) -> None:
        with self.db.atomic():
            changed = self.db.execute(
                f"UPDATE notes SET {column}=?, updated_at=? WHERE id=?",
                [value, self._now(), note_id],
            ).rowcount
            if not changed:
                raise NotFoundError(note_id)

    # -- reading -------------------------------------------------------------------------------

    def get(self, note_id: str) -> Note:
        row = self.db.execute(f"SELECT {COLUMNS} FROM notes WHERE id=?", [note_id]).fetchone()
        if row is None:
            raise NotFoundError(note_id)
        return note_from_row(row)

    def for_session(self, session_id: str, in_trash: bool = False) -> list[Note]:
        """The session's notes in the order they were taken."""
        # In the index's terms (notes_live): the live notes come in order, without a sort.
        trashed = "deleted_at IS NOT NULL" if in_trash else "deleted_at IS NULL"
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM notes WHERE session_id=? AND {trashed}"
            " ORDER BY created_at, rowid",
            [session_id],
        ).fetchall()
        return [note_from_row(row) for row in rows]

    def session_stamp(self, session_id: str, live: int | None = None) -> tuple[int, str]:
        """Changes when any note of the session is added, edited, starred, trashed or restored
        (from any page or window): lets a list skip reloading when nothing happened. live: the
        session's live notes (count()) when the caller has just counted them, as the list has:
        then only the newest change is looked up, one step down an index, not a second pass."""
        # A new note changes the live count; every later change (edit, star, trash, restore)
        # moves updated_at past created_at, into the index notes_changed (schema 17).
        newest = self.db.execute(
            "SELECT max(updated_at) FROM notes WHERE session_id=? AND updated_at <> created_at",
            [session_id],
        ).fetchone()[0]
        return (self.count(session_id) if live is None else live), newest or ""

    def names_used(self, session_id: str) -> tuple[list[str], list[str], list[str]]:
        """Speakers, groups and tags already used in the session, for the completers."""
        live = " FROM notes WHERE session_id=? AND deleted_at IS NULL"
        speakers = {r[0] for r in self.db.execute(f"SELECT DISTINCT speaker{live}", [session_id])}
        groups = {r[0] for r in self.db.execute(f"SELECT DISTINCT group_label{live}", [session_id])}
        tags: set[str] = set()
        # Few distinct tag lists even in a big session: parse each once.
        for (tag_json,) in self.db.execute(f"SELECT DISTINCT tags{live}", [session_id]):
            tags.update(tolerant.texts(tag_json, "notes.tags"))
        return tuple(sorted(x for x in names if x) for names in (speakers, groups, tags))

    # -- the browse list: keys first, rows as they are shown ------------------------------------

    def _listed(self, session_id: str, filters: NoteFilters) -> tuple[str, list]:
        """The WHERE clause of the browse list: the session's live notes that pass the filters."""
        where, params = ["session_id=?", "deleted_at IS NULL"], [session_id]
        for column, value in (
            ("activity_id", filters.activity_id),
            ("group_label", filters.group_label),
            ("kind", None if filters.kind is None else str(filters.kind)),
        ):
            if value is not None:
                where.append(f"{column}=?")
                params.append(value)
        if filters.tag is not None:
            where.append("EXISTS (SELECT 1 FROM json_each(tags) WHERE casefold(value)=?)")
            params.append(filters.tag.casefold())
        if filters.starred_only:
            where.append("starred != 0")
        return " AND ".join(where), params

    def list_count(self, session_id: str, filters: NoteFilters) -> int:
        """How many notes the browse list holds: counted in an index, no row read."""
        where, params = self._listed(session_id, filters)
        return self.db.execute(f"SELECT count(*) FROM notes WHERE {where}", params).fetchone()[0]

    def list_after(self, session_id: str, filters: NoteFilters, key: NoteKey) -> int:
        """How many listed notes come after key in the list's order (created_at, rowid): few
        for a note just taken, so its place is found without counting the 20,000 before it."""
        where, params = self._listed(session_id, filters)
        return self.db.execute(
            f"SELECT count(*) FROM notes WHERE {where}"
            " AND created_at >= ? AND (created_at > ? OR rowid > ?)",
            [*params, key[0], key[0], key[1]],
        ).fetchone()[0]

    def list_page(
        self, session_id: str, filters: NoteFilters, offset: int, limit: int, total: int = 0
    ) -> list[ListRow]:
        """limit rows of the browse list from offset on, in the order notes were taken: the
        list reads only the rows it shows. Given the list's total, a page in its second half
        is read from the newest end, so the last notes (shown most) skip no older ones."""
        where, params = self._listed(session_id, filters)
        order, limit, offset = "", max(0, limit), max(0, offset)
        if total and offset > total // 2:
            order, limit = " DESC", max(0, min(limit, total - offset))
            offset = total - offset - limit
        rows = self.db.execute(
            "SELECT rowid, id, activity_id, substr(text, 1, 2000), kind, tags, group_label,"
            f" speaker, starred, created_at FROM notes WHERE {where}"
            f" ORDER BY created_at{order}, rowid{order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [ListRow(*row) for row in (reversed(rows) if order else rows)]

    def place_of(self, note_id: str) -> NoteKey | None:
        """Where a note sits (or sat, if trashed) in the browse list's order."""
        row = self.db.execute(
            "SELECT created_at, rowid FROM notes WHERE id=?", [note_id]
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def recent(self, session_id: str, activity_id: str | None, limit: int = 5) -> list[ListRow]:
        """The last notes taken for one activity (None: for no particular one), newest first:
        what the note box on the Run page shows under it."""
        rows = self.db.execute(
            "SELECT rowid, id, activity_id, substr(text, 1, 2000), kind, tags, group_label,"
            " speaker, starred, created_at FROM notes"
            " WHERE session_id=? AND activity_id IS ? AND deleted_at IS NULL"
            " ORDER BY created_at DESC, rowid DESC LIMIT ?",
            [session_id, activity_id, max(0, limit)],
        ).fetchall()
        return [ListRow(*row) for row in rows]

    def counts_by_activity(self, session_id: str) -> dict[str | None, int]:
        """The session's live notes per activity (None: for no particular one), in one pass."""
        rows = self.db.execute(
            "SELECT activity_id, count(*) FROM notes WHERE session_id=? AND deleted_at IS NULL"
            " GROUP BY activity_id",
            [session_id],
        ).fetchall()
        return dict(rows)

    def writes(self) -> Stamp:
        """The store's change stamp (storage.transactions.change_stamp): a list that noted it
        when it last counted knows whether its own change is the only one since
        (one_write_since), and can count by itself instead of again."""
        return change_stamp(self.db.conn)

    def count(self, session_id: str) -> int:
        """The session's live notes."""
        return self.db.execute(
            "SELECT count(*) FROM notes WHERE session_id=? AND deleted_at IS NULL", [session_id]
        ).fetchone()[0]

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Notes of all live sessions matching text, best first (bm25), with snippets."""
        expression = fts_query(text)
        if expression is None:
            return []
        index_pending_notes(self.db.conn)  # the notes saved since the last search
        # Rank in the index alone (the costly part: storage.search_ranking), keep the live
        # notes of live sessions in that order, and build snippets only for the ones shown.
        # Ranking costs more the more notes it must find: a few spare for the trash, and more
        # only when the trash hid too many of them.
        pool, words = limit + limit // 4, alternatives(text)
        while True:
            ranked = best_rowids(self.db.conn, expression, words, pool)
            live = self._live_notes(ranked)
            hits = [live[rowid] for rowid in ranked if rowid in live][:limit]
            if len(hits) == limit or len(ranked) < pool:
                break
            pool *= 8  # the trash hid too many of the best: look further down
        snippets = self._snippets(expression, [row[0] for row in hits])
        return [
            SearchHit(
                note_id=row[1],
                session_id=row[2],
                session_title=row[3],
                kind=NoteKind(row[4]),
                group_label=row[5],
                speaker=row[6],
                snippet=snippets.get(row[0], ""),
                created_at=row[7],
            )
            for row in hits
        ]

    def _live_notes(self, rowids: list[int]) -> dict[int, tuple]:
        found: dict[int, tuple] = {}
        for start in range(0, len(rowids), 500):  # stay under SQLite's variable limit
            chunk = rowids[start : start + 500]
            for row in self.db.execute(
                "SELECT n.rowid, n.id, n.session_id, s.title, n.kind, n.group_label, n.speaker,"
                " n.created_at FROM notes n JOIN sessions s ON s.id = n.session_id"
                f" WHERE n.rowid IN ({', '.join('?' * len(chunk))})"
                " AND n.deleted_at IS NULL AND s.deleted_at IS NULL",
                chunk,
            ):
                found[row[0]] = row
        return found

    def _snippets(self, expression: str, rowids: list[int]) -> dict[int, str]:
        """The highlighted snippets of the notes shown, by rowid: one query over those notes."""
        return snippets(self.db.conn, expression, rowids, (HIGHLIGHT_START, HIGHLIGHT_END))
