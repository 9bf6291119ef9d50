"""The Notes page of a 20,000-note session reads its count and change stamp from the store's
indexes alone, the names used in one pass, then only the rows it shows: a guard on the work
done (the query plans), not on the time."""

from __future__ import annotations

from datetime import date

from facilitation.notes import Note
from facilitation.session import Session, SessionDay
from storage.notes import NoteFilters, NoteRepository
from storage.sessions import SessionRepository


def plans_of(db, work) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    """Every SELECT that work() ran, with the steps of its query plan."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        work()
    finally:
        db.conn.set_trace_callback(None)
    return [
        (sql, [step[3] for step in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")])
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT")
    ]


def test_the_notes_list_reads_only_indexes(db) -> None:
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    notes = NoteRepository(db)
    for number in range(30):
        notes.add(Note(session.id, f"Catatan {number}", speaker=f"Bu {number % 3}", tags=["A"]))

    def open_list() -> None:
        live = notes.list_count(session.id, NoteFilters())
        notes.session_stamp(session.id, live)  # the list's count: only the newest looked up
        notes.names_used(session.id)
        notes.list_after(session.id, NoteFilters(), ("2022-03-23", 5))

    plans = plans_of(db, open_list)
    assert len(plans) == 4  # count, stamp, the names used, place
    for sql, steps in plans:
        assert not any(step.startswith("SCAN notes") for step in steps), (sql, steps)
        if "DISTINCT" in sql:  # no index holds the names (one less to write at every save)
            assert "SEARCH notes USING INDEX notes_live (session_id=? AND deleted_at=?)" in steps
        else:
            assert any("COVERING INDEX" in step for step in steps), (sql, steps)
    assert notes.names_used(session.id) == (["Bu 0", "Bu 1", "Bu 2"], [], ["A"])
    assert notes.session_stamp(session.id) == notes.session_stamp(session.id, 30)


def test_the_notes_list_reads_only_the_rows_it_shows(db) -> None:
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    notes = NoteRepository(db)
    for number in range(30):
        notes.add(Note(session.id, f"Catatan {number}"))
    plans = plans_of(db, lambda: notes.list_page(session.id, NoteFilters(), 20, 5))
    ((sql, steps),) = plans
    assert any("INDEX notes_live" in step for step in steps), (sql, steps)  # in its order
    assert not any("TEMP B-TREE" in step or step.startswith("SCAN") for step in steps), steps
    page = notes.list_page(session.id, NoteFilters(), 20, 5)
    assert [row.text for row in page] == [f"Catatan {n}" for n in range(20, 25)]
    # Near the end the page is read from the newest note back: same rows, same order.
    (_sql, steps), *_ = plans_of(db, lambda: notes.list_page(session.id, NoteFilters(), 20, 5, 30))
    assert not any("TEMP B-TREE" in step or step.startswith("SCAN") for step in steps), steps
    assert notes.list_page(session.id, NoteFilters(), 20, 5, 30) == page
    assert [row.text for row in notes.list_page(session.id, NoteFilters(), 28, 5, 30)] == [
        "Catatan 28",
        "Catatan 29",
    ]


def test_a_report_reads_the_live_notes_in_index_order_without_a_sort(db) -> None:
    """The index notes_by_session is gone (one less to write on every save): the session's
    live notes still come in the order taken straight from notes_live, trashed ones as well."""
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    notes = NoteRepository(db)
    saved = [notes.add(Note(session.id, f"Catatan {number}")) for number in range(6)]
    notes.move_to_trash(saved[2].id)
    names = [row[1] for row in db.execute("PRAGMA index_list(notes)")]
    assert "notes_by_session" not in names
    [(_sql, steps)] = plans_of(db, lambda: notes.for_session(session.id))
    assert steps == ["SEARCH notes USING INDEX notes_live (session_id=? AND deleted_at=?)"]
    assert [n.id for n in notes.for_session(session.id)] == [
        n.id for n in saved if n is not saved[2]
    ]
    assert [n.id for n in notes.for_session(session.id, in_trash=True)] == [saved[2].id]
