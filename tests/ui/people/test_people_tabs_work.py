"""The People page reads for the tab in front: the check-in counts behind another tab are
made when that tab is chosen (a guard on work, not on time)."""

from __future__ import annotations

from facilitation.participants import Participant
from tests.ui.ui_helpers import make_window
from ui.people.page import CHECKIN_TAB, PARTICIPANTS_TAB


def test_check_in_counts_wait_for_their_tab(qtbot, data_dir) -> None:
    window = make_window(qtbot, data_dir)
    session_id = window.context.sessions.list()[0].id
    for n, institution in enumerate(("Dinas A", "Dinas B", "Dinas A")):
        window.context.participants.add(
            session_id, Participant(name=f"Peserta {n}", institution=institution)
        )
    window.open_session(session_id)
    page = window.pages_by_key["people"]
    window.show_page("people")
    assert page.tabs.currentIndex() == PARTICIPANTS_TAB
    assert page.model.rowCount() == 3
    assert page.checkin.counts.rowCount() == 0  # behind the Participants tab: not made yet
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    assert page.checkin.counts.rowCount() == 2
    assert "0 of 3 present" in page.checkin.total_label.text()
