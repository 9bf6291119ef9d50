"""The time of day (top right) and the next line (along the bottom) share the wall with the
countdown without taking anything from it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from facilitation.timer import Phase
from ui.projector.view import PHASE_COLOURS, ProjectorView
from ui.projector.window import ProjectorWindow

VIEW = ProjectorView(
    title="Diskusi kelompok",
    reading="12:34",
    phase=Phase.WARNING,
    questions=["Apa yang berubah di loket depan?"],
    next_title="Pleno: perilaku kunci",
    next_time="10:30",
    clock="09:41",
)


def projector(qtbot, view: ProjectorView = VIEW) -> ProjectorWindow:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show_view(view)
    return window


def inked(image: QImage, rect: QRectF, colour: str) -> int:
    wanted = QColor(colour).rgb()
    area = rect.toRect().intersected(image.rect())  # off the image, pixel() only warns
    return sum(
        1
        for x in range(area.left(), area.right(), 3)
        for y in range(area.top(), area.bottom(), 3)
        if image.pixel(x, y) == wanted
    )


def test_the_clock_and_the_next_line_are_on_the_wall_beside_the_countdown(qtbot) -> None:
    window = projector(qtbot)
    layout = window.face_layout()
    assert window.next_line() == "Next: Pleno: perilaku kunci (10:30)"
    assert layout.clock.left() > layout.title.right()  # top right, beside the title
    assert layout.clock.bottom() <= layout.digits.top() + 1
    assert layout.next.top() >= layout.body.bottom() >= layout.caption.bottom()
    assert layout.next.bottom() <= window.height()
    _background, ink = PHASE_COLOURS[Phase.WARNING]
    image = window.grab().toImage()
    assert inked(image, layout.clock, ink) > 20
    assert inked(image, layout.next, ink) > 20


def test_without_a_next_activity_or_clock_the_countdown_has_the_room(qtbot) -> None:
    plain = projector(qtbot, replace(VIEW, next_title="", next_time="", clock=""))
    full = projector(qtbot)
    assert plain.next_line() == "" and plain.face_layout().clock.width() == 0
    assert plain.face_layout().title.width() > full.face_layout().title.width()
    assert plain.face_layout().body.height() > full.face_layout().body.height()


def test_a_next_activity_without_a_planned_time_says_only_its_title(qtbot) -> None:
    window = projector(qtbot, replace(VIEW, next_time=""))
    assert window.next_line() == "Next: Pleno: perilaku kunci"


def test_a_very_long_next_title_is_cut_at_the_margin(qtbot) -> None:
    window = projector(qtbot, replace(VIEW, next_title="Pleno " * 60))
    layout = window.face_layout()
    _background, ink = PHASE_COLOURS[Phase.WARNING]
    image = window.grab().toImage()
    line = layout.next
    assert inked(image, line, ink) > 20
    margin = QRectF(line.right() + 1, line.top(), window.width() - line.right() - 1, line.height())
    assert inked(image, margin, ink) == 0  # elided at the margin, not run off the wall


def test_a_message_for_the_room_leaves_the_next_line_readable(qtbot) -> None:
    window = projector(qtbot)
    window.show_message("Silakan kembali ke ruangan")
    band = window.message_rect()
    assert band.top() >= window.face_layout().digits.bottom()
    assert band.bottom() <= window.face_layout().next.top()


def test_a_second_passing_repaints_the_digits_and_the_clock_only(qtbot, monkeypatch) -> None:
    window = projector(qtbot)
    layout = window.face_layout()
    updated: list[tuple] = []
    monkeypatch.setattr(window, "update", lambda *area: updated.append(area))
    window.show_view(replace(VIEW, reading="12:33", clock="09:42"))
    expected = {r.toAlignedRect() for r in (layout.digits, layout.caption, layout.clock)}
    assert updated and all(area and area[0] in expected for area in updated)
    updated.clear()
    window.show_view(replace(VIEW, reading="12:32", next_title="Istirahat"))
    assert () in updated  # another activity comes next: the whole wall


def test_the_clock_slide_shows_the_runs_time(qtbot, monkeypatch) -> None:
    from ui.projector import window as projector_window

    painted: list[str] = []
    monkeypatch.setattr(
        projector_window, "paint_slide", lambda _p, _t, _r, clock, *_texts: painted.append(clock)
    )
    window = projector(qtbot)
    window.show_slide("Selamat datang", "Wisma Dharmais")
    window.grab()
    assert painted == ["09:41"]  # the run's clock, which tests move, not the system's
