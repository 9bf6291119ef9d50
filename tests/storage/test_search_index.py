"""Merging the notes' search index (after the start-up backup) changes no search result."""

from __future__ import annotations

from datetime import date

from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from storage.notes import NoteRepository
from storage.search_index import merge_search_index
from storage.sessions import SessionRepository


def test_merging_the_index_keeps_every_result_and_leaves_one_segment(opened_store) -> None:
    db = opened_store.db
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    notes = NoteRepository(db)
    words = ["pelayanan prima", "budaya kerja", "amanah dan kompeten", "pengaduan masyarakat"]
    for number in range(120):  # a search now and then: one segment for each batch it indexes
        notes.add(Note(session.id, f"Catatan {number}: {words[number % 4]}"))
        if number % 10 == 9:
            notes.search("catatan")
    queries = ["pelayanan", '"budaya kerja"', "aman*", "kerja OR pengaduan"]
    before = {q: [(h.note_id, h.snippet) for h in notes.search(q)] for q in queries}
    assert merge_search_index(opened_store.path) > 0
    assert {q: [(h.note_id, h.snippet) for h in notes.search(q)] for q in queries} == before
    assert merge_search_index(opened_store.path) == 0  # nothing left to do
