"""Two note-takers, two laptops, one session: merging their bundles loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.notes import Note
from storage.bundles import export_bundle, import_bundle
from storage.database import open_store
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from tests.report_fixtures import fill_day, sample_session
from tests.storage.test_bundles import dump


class Laptop:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = open_store(folder).db
        self.notes = NoteRepository(self.db)

    def send(self, session_id: str, name: str, include_trash: bool = False) -> Path:
        target = self.folder.parent / f"{name}.lokakarya"
        export_bundle(self.db, session_id, target, include_trash=include_trash)
        return target

    def receive(self, bundle: Path):
        return import_bundle(self.db, bundle, self.folder / "backups")


@pytest.fixture
def laptops(tmp_path):
    """The facilitator's laptop with the planned session, copied to two note-takers."""
    origin = Laptop(tmp_path / "origin")
    session = sample_session(origin.db)
    fill_day(origin.db, session, people=8, notes_per_activity=1)
    base = origin.send(session.id, "base")
    a, b = Laptop(tmp_path / "a"), Laptop(tmp_path / "b")
    a.receive(base)
    b.receive(base)
    yield session, origin, a, b
    for laptop in (origin, a, b):
        laptop.db.close()


def test_importing_the_same_bundle_twice_is_the_same_as_once(laptops):
    session, origin, a, _b = laptops
    a.notes.add(Note(session_id=session.id, text="Antrean diumumkan lewat papan digital"))
    bundle = a.send(session.id, "a")
    first = origin.receive(bundle)
    after_once = dump(origin.db)
    second = origin.receive(bundle)
    assert dump(origin.db) == after_once
    assert first.tables["notes"].added == 1
    assert second.total("added") == second.total("updated") == 0


def test_two_note_takers_end_up_with_the_union_of_their_notes(laptops):
    session, origin, a, b = laptops
    from_a = a.notes.add(Note(session_id=session.id, text="Kelompok Akuntabel: SOP tertulis"))
    from_b = b.notes.add(Note(session_id=session.id, text="Kelompok Loyal: survei bulanan"))
    origin.receive(a.send(session.id, "a"))
    origin.receive(b.send(session.id, "b"))
    texts = {n.text for n in origin.notes.for_session(session.id)}
    assert {from_a.text, from_b.text} <= texts
    # Merged notes are found by the full-text search too.
    assert from_b.id in {hit.note_id for hit in origin.notes.search("survei")}


def test_the_newest_edit_wins_in_either_order(laptops):
    session, origin, a, b = laptops
    note = origin.notes.for_session(session.id)[0]
    older = b.notes.get(note.id)
    older.text = "edited earlier on laptop B"
    b.notes.update(older)
    newer = a.notes.get(note.id)
    newer.text = "edited later on laptop A"
    a.notes.update(newer)
    bundle_a, bundle_b = a.send(session.id, "a"), b.send(session.id, "b")
    origin.receive(bundle_b)
    origin.receive(bundle_a)
    assert origin.notes.get(note.id).text == "edited later on laptop A"
    summary = a.receive(bundle_b)
    assert summary.tables["notes"].skipped >= 1
    assert a.notes.get(note.id).text == "edited later on laptop A"


def test_a_deletion_travels_as_a_tombstone_when_the_trash_is_asked_for(laptops):
    session, origin, a, _b = laptops
    note = origin.notes.for_session(session.id)[0]
    a.notes.move_to_trash(note.id)
    participant = ParticipantRepository(a.db).list(session.id)[0]
    ParticipantRepository(a.db).move_to_trash([participant.id])
    origin.receive(a.send(session.id, "a", include_trash=True))
    assert origin.notes.get(note.id).in_trash
    assert participant.id not in {p.id for p in ParticipantRepository(origin.db).list(session.id)}
    assert origin.db.execute("SELECT count(*) FROM notes WHERE id=?", [note.id]).fetchone()[0]


def _edit(laptop: Laptop, session_id: str, what: str, index: int) -> None:
    notes = laptop.notes.for_session(session_id)
    if what == "add":
        laptop.notes.add(Note(session_id=session_id, text=f"catatan {index}"))
    elif what == "edit" and notes:
        note = notes[index % len(notes)]
        note.text = f"{note.text} (+{index})"
        laptop.notes.update(note)
    elif what == "trash" and notes:
        laptop.notes.move_to_trash(notes[index % len(notes)].id)


@pytest.mark.slow
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(["add", "edit", "trash"]), st.integers(0, 50)),
        min_size=1,
        max_size=4,
    )
)
def test_merging_disjoint_edits_is_commutative(tmp_path_factory, edits):
    root = tmp_path_factory.mktemp("commute")
    origin = Laptop(root / "origin")
    session = sample_session(origin.db)
    fill_day(origin.db, session, people=4, notes_per_activity=1)
    base = origin.send(session.id, "base")
    a, b, c1, c2 = (Laptop(root / name) for name in ("a", "b", "c1", "c2"))
    for laptop in (a, b, c1, c2):
        laptop.receive(base)
    # Laptop A touches the first half of the notes, B the second half: disjoint edits.
    for what, index in edits:
        _edit(a, session.id, what, index * 2)
        _edit(b, session.id, what, index * 2 + 1)
    bundle_a, bundle_b = a.send(session.id, "a"), b.send(session.id, "b")
    c1.receive(bundle_a)
    c1.receive(bundle_b)
    c2.receive(bundle_b)
    c2.receive(bundle_a)
    assert dump(c1.db) == dump(c2.db)
    for laptop in (origin, a, b, c1, c2):
        laptop.db.close()
