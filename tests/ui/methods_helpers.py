"""A session with participants and groups for the methods page tests and screenshots."""

from __future__ import annotations

from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from storage.groups import GroupRepository
from storage.participants import ParticipantRepository
from tests.ui.ui_helpers import make_window

NAMES = (
    "Siti Rahmawati", "Agus Santoso", "Dewi Lestari", "Bambang Wijaya", "Rina Marlina",
    "Hendra Gunawan", "Yuni Astuti", "Fajar Nugroho", "Lina Kusuma", "Eko Prasetyo",
)  # fmt: skip


def open_methods(qtbot, data_dir, groups: int = 4):
    """The main window with the sample session open on the Methods page."""
    window = make_window(qtbot, data_dir)
    db = window.sessions_page.context.db
    session_id = window.sessions_page.context.sessions.list()[0].id
    people = ParticipantRepository(db)
    ids = [people.add(session_id, Participant(name=name)).id for name in NAMES]
    if groups:
        members = [ids[index::groups] for index in range(groups)]
        names = [f"Kelompok {n}" for n in range(1, groups + 1)]
        GroupRepository(db).save_formation(session_id, GroupPlan(value=groups), members, names)
    window.sessions_page.table.selectRow(0)
    window.sessions_page.open_selected()
    page = window.pages_by_key["methods"]
    return window, page
