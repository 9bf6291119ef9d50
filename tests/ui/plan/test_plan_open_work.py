"""Opening the Plan counts the session's JP once: not when the page is filled behind another
page and again when it is shown (a guard on work, not on time)."""

from __future__ import annotations

from tests.ui.plan.test_ui_agenda import open_sample
from ui.plan.jp_panel import AgendaJp


def test_the_jp_summary_is_counted_once_per_opening(qtbot, data_dir, monkeypatch) -> None:
    window, page = open_sample(qtbot, data_dir)
    counted: list[int] = []
    real = AgendaJp._show_summary
    monkeypatch.setattr(AgendaJp, "_show_summary", lambda jp: counted.append(1) or real(jp))
    window.navigation.setCurrentRow(0)  # the sessions list in front
    page.open_session(page.session.id)  # filled behind it
    assert counted == []
    window.navigation.setCurrentRow(1)  # shown
    assert counted == [1]
    assert "this day" in page.jp.summary.text()
    page.open_session(page.session.id)  # filled while showing: counted at once
    assert counted == [1, 1]
