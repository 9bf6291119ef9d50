"""Slow work runs through one operations module: off the UI thread on a connection of its own,
progress and results back on the UI thread, failures as a sentence, and what changed told once
to every page, each of which refreshes only what concerns it."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.bundles import export_bundle
from tests.ui.ui_helpers import make_context, make_window, page_context
from ui.common.changes import Changes
from ui.common.i18n import install_translator
from ui.common.operations import OpResult, QueryOp, StoreOp
from ui.notes.page import NotesPage
from ui.people.page import PeoplePage
from ui.report.page import ReportPage


def page_of(window, kind):
    return next(page for page in window.session_pages if isinstance(page, kind))


def open_first_session(qtbot, data_dir: Path):
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    window.open_session(session_id)
    return window, session_id


def test_a_failed_read_is_told_in_the_users_language_without_a_traceback(
    qtbot, data_dir, monkeypatch
) -> None:
    context = make_context(data_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *args: shown.append(text)
    )
    install_translator(QCoreApplication.instance(), "id")

    def work(db, progress):
        raise RuntimeError("disk on fire")

    succeeded: list[object] = []
    QueryOp(parent=parent, context=context, work=work, success=succeeded.append).run()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["Ini tidak dapat dilakukan. Rinciannya ada di berkas log."]
    assert not succeeded


def test_a_page_words_the_failure_itself_through_its_status_line(qtbot) -> None:
    said: list[str] = []

    def work(_progress):
        raise OSError(28, "No space left on device")

    QueryOp(parent=None, context=None, work=work, needs_store=False).failure(
        said.append, describe=lambda error: f"Could not write: {error.strerror}"
    ).run()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == ["Could not write: No space left on device"]
    assert "Traceback" not in said[0]


def test_a_store_op_announces_once_and_only_the_concerned_page_reloads(qtbot, data_dir) -> None:
    window, session_id = open_first_session(qtbot, data_dir)
    people, notes = page_of(window, PeoplePage), page_of(window, NotesPage)
    window.show_page("people")
    qtbot.waitUntil(lambda: not people._loader.pending, timeout=5_000)
    reloads = {"people": 0, "notes": 0}
    people._reload_people = lambda: reloads.__setitem__("people", reloads["people"] + 1)
    notes._loader._load = lambda: reloads.__setitem__("notes", reloads["notes"] + 1)
    heard: list[Changes] = []
    order: list[str] = []
    window.context.changes.changed.connect(
        lambda changes: (heard.append(changes), order.append("hub"))
    )

    def work(db, progress):
        return OpResult("done", Changes(session_id=session_id, notes=True))

    StoreOp(
        parent=window, context=window.context, work=work, success=lambda _v: order.append("success")
    ).run()
    qtbot.waitUntil(lambda: "success" in order, timeout=10_000)
    assert heard == [Changes(session_id=session_id, notes=True)]
    assert order == ["hub", "success"]  # pages know what changed before the caller goes on
    assert reloads["people"] == 0  # the People page is showing, but notes are not its business
    notes.show()
    assert reloads["notes"] == 1  # the Notes page reads again, once, when it is shown


def test_progress_reaches_the_ui_thread(qtbot, data_dir) -> None:
    context = make_context(data_dir)
    seen: list[tuple[int, int, bool]] = []
    finished: list[object] = []

    def work(db, progress):
        for done in range(1, 4):
            progress(done, 3)
        return "rendered"

    QueryOp(parent=None, context=context, work=work, success=finished.append).with_progress(
        lambda done, total: seen.append((done, total, threading.current_thread().name))
    ).run()
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert finished == ["rendered"]
    main = threading.main_thread().name
    assert seen == [(1, 3, main), (2, 3, main), (3, 3, main)]


def test_the_worker_reads_on_a_connection_of_its_own(qtbot, data_dir) -> None:
    context = make_context(data_dir)
    found: list[tuple[bool, bool, str]] = []

    def work(db, progress):
        title = db.execute("select title from sessions").fetchone()[0]
        return (db is not context.db, db.conn is not context.db.conn, title)

    QueryOp(parent=None, context=context, work=work, success=found.append).run()
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    own_object, own_connection, title = found[0]
    assert own_object and own_connection
    assert title == context.sessions.list()[0].title


def test_a_merged_bundle_brings_a_new_session_into_the_list_and_the_title_follows(
    qtbot, data_dir, tmp_path
) -> None:
    window, session_id = open_first_session(qtbot, data_dir)
    # Laptop B has this session too, renames it, and sends it back with another session.
    laptop_b = make_context(tmp_path / "laptop-b", sample=True)
    carried = tmp_path / "carried.lokakarya"
    export_bundle(window.context.db, session_id, carried)
    report = page_of(window, ReportPage)
    report.ask_open_path = lambda *args: str(carried)
    laptop_b_page = ReportPage(page_context(laptop_b))
    qtbot.addWidget(laptop_b_page)
    laptop_b_page.ask_open_path = lambda *args: str(carried)
    laptop_b_page.import_bundle()
    qtbot.waitUntil(lambda: laptop_b_page.last_message is not None, timeout=20_000)
    renamed = replace(laptop_b.sessions.get(session_id), title="Pelatihan budaya kerja (revisi)")
    laptop_b.sessions.update_details(renamed)
    other_id = next(s.id for s in laptop_b.sessions.list() if s.id != session_id)
    back, other = tmp_path / "back.lokakarya", tmp_path / "other.lokakarya"
    export_bundle(laptop_b.db, session_id, back)
    export_bundle(laptop_b.db, other_id, other)

    for bundle in (back, other):
        report.last_message = None
        report.ask_open_path = lambda *args, bundle=bundle: str(bundle)
        report.import_bundle()
        qtbot.waitUntil(lambda: report.last_message is not None, timeout=20_000)
        assert report.last_message.icon() == QMessageBox.Icon.Information

    assert window.windowTitle() == "Pelatihan budaya kerja (revisi) — Lokakarya"
    sessions = window.sessions_page.model
    listed = {sessions.index(row, sessions.TITLE).data() for row in range(sessions.rowCount())}
    assert "Pelatihan budaya kerja (revisi)" in listed
    assert laptop_b.sessions.get(other_id).title in listed
