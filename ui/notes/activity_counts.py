"""The notes of a session per activity, for the list's activity filter.

Since schema 17 no index leads from an activity to its notes (a note's save writes fewer
pages), so counting one activity's notes reads every note of the session (~8.5 ms at 20,000).
Here they are counted for every activity in that one pass, when an activity is first chosen,
and kept in step with the notes saved while the list shows them: choosing another activity, or
saving a note with one chosen, counts nothing again. Anything else written (an edit, a trash, a
note saved on another page) and they are read again when next wanted.
"""

from __future__ import annotations

from facilitation.notes import Note
from storage.notes import NoteRepository
from storage.transactions import Stamp, one_write_since


class ActivityCounts:
    def __init__(self, repository: NoteRepository) -> None:
        self.repository = repository
        self._session_id: str | None = None
        self._counts: dict[str | None, int] | None = None
        self._writes: Stamp | None = None  # the store's stamp when the counts were last right

    def forget(self) -> None:
        self._counts = None

    def _current(self, session_id: str) -> dict[str | None, int]:
        writes = self.repository.writes()
        if self._counts is None or self._session_id != session_id or self._writes != writes:
            self._counts = self.repository.counts_by_activity(session_id)
            self._session_id, self._writes = session_id, writes
        return self._counts

    def of(self, session_id: str, activity_id: str | None) -> int:
        """The session's live notes taken for activity_id."""
        return self._current(session_id).get(activity_id, 0)

    def total(self, session_id: str) -> int | None:
        """The session's live notes, when the counts are right without reading (else None)."""
        right = self._session_id == session_id and self._writes == self.repository.writes()
        return None if self._counts is None or not right else sum(self._counts.values())

    def saved(self, note: Note) -> None:
        """A note was written: a new one (never changed since its save) that is the only row
        written since counts in; anything else makes them read again when next wanted."""
        if self._counts is None:
            return
        writes = self.repository.writes()
        new = note.created_at == note.updated_at and note.deleted_at is None
        if new and note.session_id == self._session_id and one_write_since(self._writes, writes):
            self._counts[note.activity_id] = self._counts.get(note.activity_id, 0) + 1
            self._writes = writes
        else:
            self._counts = None
