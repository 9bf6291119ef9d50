"""The phones' join slide and live results on the wall: painted at any size, the results
beside the countdown without the digits being redrawn when only the numbers move."""

from __future__ import annotations

from PySide6.QtGui import QColor

from facilitation.timer import Phase
from ui.projector.room_results import JoinSlide, LiveResults, results_rect
from ui.projector.view import ProjectorView
from ui.projector.window import ProjectorWindow
from ui.room.join import qr_matrix

POLL = LiveResults("Nilai mana?", "3 jawaban", bars=(("A", 1, False), ("B", 2, True)))
CLOUD = LiveResults("Satu kata?", "5 jawaban", words=(("integritas", 3), ("jujur", 2)))
IDEAS = LiveResults("Ide?", "2 jawaban", ideas=(("Rapat tiap Senin", 4), ("Papan ide", 1)))


def test_results_share_the_wall_with_a_running_countdown(qtbot) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_view(ProjectorView(title="Diskusi", reading="12:34", phase=Phase.NORMAL))
    full_width = window.face_layout().digits.width()
    for results in (POLL, CLOUD, IDEAS, LiveResults("Komitmen", "7 jawaban")):
        window.show_live_results(results)
        assert window.face_layout().digits.right() <= results_rect(1280, 720).left()
        image = window.grab().toImage()
        panel = results_rect(1280, 720)
        assert image.pixelColor(int(panel.right()) - 3, int(panel.bottom()) - 3) == QColor(
            "#FFFFFF"
        )
    assert window.face_layout().digits.width() < full_width
    window.show_live_results(None)
    assert window.face_layout().digits.width() == full_width


def test_new_numbers_repaint_the_results_only(qtbot, monkeypatch) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_view(ProjectorView(title="Diskusi", reading="12:34", phase=Phase.NORMAL))
    window.show_live_results(POLL)
    asked = []
    monkeypatch.setattr(window, "update", lambda *rect: asked.append(rect))
    moved = LiveResults("Nilai mana?", "4 jawaban", bars=(("A", 2, False), ("B", 2, True)))
    window.show_live_results(moved)
    assert len(asked) == 1 and asked[0][0] == results_rect(1280, 720).toAlignedRect()


def test_the_join_slide_covers_the_wall_in_any_size(qtbot) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    url = "http://10.0.0.5:8000/abc234"
    slide = JoinSlide("Jawab", url[7:], qr_matrix(url), ("Matikan data seluler.",))
    window.show_join_slide(slide)
    for width, height in ((1920, 1080), (1024, 768), (640, 360)):
        window.resize(width, height)
        image = window.grab().toImage()
        assert image.width() == width
    assert not window._showing_timer()
    window.show_join_slide(None)
    assert window._showing_timer()
