"""The shell and the pages opening a session share one read of it while the store is unchanged;
any write (from this connection or another) makes the next one read it again."""

from __future__ import annotations

import dataclasses
import sqlite3

from tests.ui.ui_helpers import make_context, page_context
from ui.notes.page import NotesPage
from ui.people.page import PeoplePage
from ui.plan.page import AgendaPage


def counting_reads(app, monkeypatch) -> list[str]:  # noqa: ANN001
    reads: list[str] = []
    get = app.sessions.get

    def counted(session_id: str):  # noqa: ANN202
        reads.append(session_id)
        return get(session_id)

    monkeypatch.setattr(app.sessions, "get", counted)
    return reads


def test_the_context_and_three_pages_read_the_session_once(qtbot, data_dir, monkeypatch) -> None:
    app = make_context(data_dir)
    session_id = app.sessions.list()[0].id
    context = page_context(app)
    reads = counting_reads(app, monkeypatch)
    session = context.open_session(session_id)
    for page_type in (AgendaPage, PeoplePage, NotesPage):
        page = page_type(context)
        qtbot.addWidget(page)
        page.open_session(session_id)
        # The agenda page reads its days again after its own edits: its list of days is its own.
        assert page.session is session or page.session.days == session.days
    assert reads == [session_id]


def test_a_write_on_this_connection_is_read_again(data_dir, monkeypatch) -> None:
    app = make_context(data_dir)
    context = page_context(app)
    session = context.session(app.sessions.list()[0].id)
    reads = counting_reads(app, monkeypatch)
    app.sessions.update_details(dataclasses.replace(session, title="Pelatihan baru"), session)
    assert context.session(session.id).title == "Pelatihan baru"
    assert context.session(session.id).title == "Pelatihan baru"
    assert reads == [session.id]


def test_another_connections_commit_is_read_again(data_dir, monkeypatch) -> None:
    app = make_context(data_dir)
    context = page_context(app)
    session = context.session(app.sessions.list()[0].id)
    reads = counting_reads(app, monkeypatch)
    other = sqlite3.connect(app.db_path)  # a worker's connection, as an operation has
    with other:
        other.execute("UPDATE sessions SET title='Dari pekerja' WHERE id=?", [session.id])
    other.close()
    assert context.session(session.id).title == "Dari pekerja"
    assert reads == [session.id]


def test_a_read_inside_a_transaction_is_not_kept(data_dir, monkeypatch) -> None:
    app = make_context(data_dir)
    context = page_context(app)
    session_id = app.sessions.list()[0].id
    reads = counting_reads(app, monkeypatch)
    app.db.conn.execute("BEGIN")
    app.db.conn.execute("UPDATE sessions SET title='Belum tentu' WHERE id=?", [session_id])
    assert context.session(session_id).title == "Belum tentu"
    app.db.conn.execute("ROLLBACK")  # what was read in it never was
    assert context.session(session_id).title != "Belum tentu"
    assert len(reads) == 2


def test_the_agenda_page_keeps_a_day_read_again_to_itself(qtbot, data_dir) -> None:
    app = make_context(data_dir)
    session_id = app.sessions.list()[0].id
    context = page_context(app)
    shared = context.open_session(session_id)
    days = shared.days
    page = AgendaPage(context)
    qtbot.addWidget(page)
    page.open_session(session_id)
    assert shared.days is days
    assert page.session.days == shared.days  # the same days, in a session of the page's own
