"""Run: the console the facilitator keeps in front of them on the day.

The activity that is on with a big timer, the controls (keyboard first: see SHORTCUTS), the
day's activities with planned and actual times, how far ahead or behind the day is, report-back
rounds, breakout group timers, and the projector window. Every action is saved at once; a
timer left running by a crashed app goes on where it was, marked as recovered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitation.timer import TimerStatus
from storage.sessions import NotFoundError
from ui.common.changes import Changes
from ui.common.elided_label import ElidedLabel
from ui.common.formatting import clock_time, long_date
from ui.common.labels import activity_kind_label
from ui.common.theme import current_tokens, set_heading, set_look, set_tone
from ui.projector.digit_glyphs import digit_font
from ui.projector.methods_boards import RunState, follow_run
from ui.projector.view import ProjectorView
from ui.projector.window import RUN_CONSOLE
from ui.run.capture_area import RunCaptureArea
from ui.run.chime import ChimePlayer
from ui.run.day_column import DayColumn
from ui.run.look import RunLook
from ui.run.panels import GroupWorkPanel, session_group_names
from ui.run.presenter_launcher import PresenterLauncher
from ui.run.projector_keys import ProjectorKeys
from ui.run.room_panel import RoomPanel
from ui.run.shift_bar import ShiftBar
from ui.run.shortcuts import TimeKeys, install_shortcuts, shortcut_rows
from ui.run.texts import projector_view
from ui.run.wall_clock import MinuteTicker
from ui.workspace.session_context import SessionContext

TIMER_MIN_HEIGHT = 130  # the digits scale with the height (refresh_time)


class RunConsole(QWidget):
    """Shows the session context's run controller, which may have been running (a role play's
    rounds put on the timer from the Methods page, a recovered timer) before this page was built.
    """

    status = Signal(str)

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = context.run_controller
        context.app.changes.changed.connect(self._changes_arrived)
        self._run_state: RunState | None = None  # as the projector last followed it
        self._timer_look: tuple[str, str, int] | None = None  # the digits' colours and size
        self.chime = ChimePlayer(self)
        self.chime.status.connect(self.status)
        self.controller.changed.connect(self.refresh)
        self.controller.tick.connect(self.refresh_time)
        self.controller.chime.connect(self.chime.play)
        self.wall_clock = MinuteTicker(self.controller.clock, self)  # the time of day moves on
        self.wall_clock.minute.connect(self.refresh_time)  # even while no timer ticks
        self.shortcuts: list[QShortcut] = []  # the note box asks for them while being built
        self._build()
        self.shortcuts = install_shortcuts(self)
        self.projector_keys = ProjectorKeys(
            context.projector, self.shortcuts, self.day_column.projector_controls.message, self
        )
        self.time_keys = TimeKeys(self, context.projector)  # +/− by the character typed

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        set_look(self.banner, "banner")  # the theme's notice colours
        self.banner.hide()
        self.day_choice = QComboBox()
        self.day_choice.activated.connect(self._choose_day)
        self.session_label = QLabel()
        set_heading(self.session_label, "subtitle")  # the type scale
        self.help_button = QPushButton(self.tr("Shortcuts (F1)"))
        self.help_button.clicked.connect(self.show_shortcuts)
        self.sound_button = QPushButton(self.tr("Sound…"))
        self.sound_button.clicked.connect(self.edit_sound)
        self.presenter = PresenterLauncher(self)  # F7, its button and the View menu's entry
        self.presenter.status.connect(self.status)
        self.context.navigator.view_action.emit(self.presenter.action)  # in the View menu
        top = QHBoxLayout()
        top.addWidget(self.session_label, 1)
        top.addWidget(self.day_choice)
        top.addWidget(self.presenter.button)
        top.addWidget(self.sound_button)
        top.addWidget(self.help_button)

        self.activity_label = ElidedLabel()
        self.activity_label.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.activity_details = QLabel()
        self.activity_details.setWordWrap(True)
        set_tone(self.activity_details, "muted")
        self.timer_label = QLabel("00:00")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setMinimumHeight(TIMER_MIN_HEIGHT)
        self.caption_label = QLabel()
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_heading(self.caption_label, "subtitle")  # the type scale

        self.previous_button = self._button(self.tr("Previous (P)"), self.controller.previous)
        self.toggle_button = self._button(self.tr("Start (Space)"), self.controller.toggle)
        self.toggle_button.setStyleSheet("font-weight: 700;")
        self.next_button = self._button(self.tr("Next (N)"), self.controller.next)
        self.skip_button = self._button(self.tr("Skip (S)"), self.controller.skip)
        self.minus_button = self._button(self.tr("−1 min"), lambda: self.controller.adjust(-60))
        self.plus_button = self._button(self.tr("+1 min"), lambda: self.controller.adjust(60))
        self.plus5_button = self._button(self.tr("+5 min"), lambda: self.controller.adjust(300))
        self.reset_button = self._button(self.tr("Reset"), self.controller.reset)
        self.settings_button = self._button(self.tr("Timer settings…"), self.edit_timer_settings)
        self.toggle_button.setMinimumWidth(170)
        controls = QHBoxLayout()
        for button in (self.previous_button, self.toggle_button, self.next_button):
            controls.addWidget(button)
        controls.addWidget(self.skip_button)
        controls.addStretch()
        time_controls = QHBoxLayout()
        for button in (self.minus_button, self.plus_button, self.plus5_button, self.reset_button):
            time_controls.addWidget(button)
        time_controls.addStretch()
        time_controls.addWidget(self.settings_button)

        self.group_panel = GroupWorkPanel(self.controller, self._group_names, self)
        self.group_panel.status.connect(self.status)

        left = QVBoxLayout()
        left.addWidget(self.activity_label)
        left.addWidget(self.activity_details)
        left.addWidget(self.timer_label, 2)  # room to spare goes to the digits first
        left.addWidget(self.caption_label)
        left.addLayout(controls)
        left.addLayout(time_controls)
        left.addWidget(self.group_panel)
        self.task_label = QLabel()
        self.task_label.setWordWrap(True)
        self.task_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.task_label.setTextFormat(Qt.TextFormat.PlainText)
        task_box = QGroupBox(self.tr("Task and questions (as on the projector)"))
        # Scrolls when long: the Run page must fit a 1366×768 laptop with the note box open.
        task_scroll = QScrollArea()
        task_scroll.setWidgetResizable(True)
        task_scroll.setFrameShape(QFrame.Shape.NoFrame)
        task_scroll.setMinimumHeight(48)
        task_scroll.setWidget(self.task_label)
        task_layout = QVBoxLayout(task_box)
        task_layout.addWidget(task_scroll)
        left.addWidget(task_box, 1)

        room = RoomPanel(self.context)  # phones in the room: ui/run/room_panel.py
        self.day_column = DayColumn(self.controller, self.context.projector, room)
        self.day_column.projector_controls.status.connect(self.status)

        self.shift_bar = ShiftBar(self.controller)  # "Shift today's plan to start at ...?"
        run_area = QWidget()
        column = QVBoxLayout(run_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.shift_bar)  # one line across both columns, when offered
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.day_column, 2)
        column.addLayout(body, 1)
        self.capture_area = RunCaptureArea(self, run_area)  # the note box under it all
        top.addWidget(self.capture_area.toggle_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.capture_area, 1)
        self._set_enabled(False)
        self.look = RunLook(self)

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        # Buttons never take the focus, so Space and the letter keys always reach the run.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _run_action(self, slot) -> None:  # noqa: ANN001
        if self.controller.run is not None:
            slot()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.toggle_button, self.next_button, self.previous_button,
                       self.skip_button, self.minus_button, self.plus_button,
                       self.plus5_button, self.reset_button, self.settings_button,
                       self.group_panel, self.day_choice):  # fmt: skip
            widget.setEnabled(enabled)

    # -- page protocol ----------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        """The session context has loaded the session's run already (it outlives the page), and
        found whether a crashed app left its timer running, maybe before this page was built."""
        run = self.controller.run
        if self.controller.was_recovered and run is not None and run.current is not None:
            self._show_recovered(run.current.title)
        else:
            self.banner.hide()
        self.refresh()
        self.capture_area.follow_run()

    def reload_details(self, with_run: bool = False) -> None:
        if self.controller.session is None:
            return
        try:
            session = self.context.app.sessions.get(self.controller.session.id)
        except NotFoundError:
            self.context.close_session()
            self.close_session()
            return
        # with_run: the run's saved state changed too (a merge): read it as when first opened.
        (self.controller.open_session if with_run else self.controller.refresh_agenda)(session)

    def _changes_arrived(self, changes: Changes) -> None:
        """The agenda the run follows, or the run itself (a merged bundle), changed."""
        session = self.controller.session
        concerned = session is not None and changes.concerns(session.id)
        if concerned and (changes.agenda or changes.run or changes.sessions):
            self.reload_details(with_run=changes.run)

    def close_session(self) -> None:
        self.banner.hide()
        self.presenter.close()

    def showEvent(self, event) -> None:  # noqa: ANN001
        # The agenda may have been edited on the Plan page since.
        super().showEvent(event)
        self.time_keys.listen(True)
        self.reload_details()
        self.setFocus()
        # The sound loads after the page paints, not as a session opens behind another page.
        QTimer.singleShot(0, self.chime.prepare)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        super().hideEvent(event)
        self.time_keys.listen(event.spontaneous())  # a minimised window still has a projector

    # -- showing ----------------------------------------------------------------------------

    def _show_recovered(self, title: str) -> None:
        self.banner.setText(
            self.tr(
                "Recovered: Lokakarya was closed unexpectedly while “%1” was running. "
                "The timer kept counting and goes on with the time that is really left."
            ).replace("%1", title)
        )
        self.banner.show()
        self.status.emit(self.tr("Timer recovered after an unexpected stop."))
        self._show_run_page()

    def _show_run_page(self) -> None:
        """Ask the shell to bring the Run page forward (once the event loop runs)."""
        QTimer.singleShot(0, lambda: self.context.navigator.show_page.emit("run"))

    def refresh(self) -> None:
        run = self.controller.run
        session = self.controller.session
        self._set_enabled(run is not None)
        self.session_label.setText(session.title if session else "")
        self._fill_days()
        plan = self.controller.shown_plan()  # moved by a shift the facilitator took
        current = run.current if run else None
        if plan is not None:
            self.day_column.show_day(
                plan, self.controller.timings(), current.id if current else None
            )
        if current is None:
            done = run is not None and run.day_over
            self.activity_label.setText(
                self.tr("The day's programme is done.") if done else self.tr("Nothing on yet")
            )
            self.activity_details.setText(
                "" if done else self.tr("Press Space to start the first activity.")
            )
            self.task_label.setText("")
        else:
            item = (
                next((i for i in plan.items if i.activity.id == current.id), None) if plan else None
            )
            planned = f"{clock_time(item.start)}–{clock_time(item.end)}" if item is not None else ""
            self.activity_label.setText(current.title)
            questions = [f"{n}. {q}" for n, q in enumerate(current.guiding_questions, start=1)]
            self.task_label.setText("\n\n".join(p for p in (current.instructions, *questions) if p))
            self.activity_details.setText(
                " · ".join(
                    part
                    for part in (
                        activity_kind_label(current.kind),
                        self.tr("planned %1").replace("%1", planned) if planned else "",
                    )
                    if part
                )
            )
        timer = run.timer if run else None
        self.toggle_button.setText(
            self.tr("Pause (Space)")
            if timer and timer.running
            else self.tr("Resume (Space)")
            if timer and timer.status == TimerStatus.PAUSED
            else self.tr("Start (Space)")
        )
        self.group_panel.refresh()
        if session is not None:
            venue = session.venue
            self.day_column.projector_controls.set_slide_texts(session.title, venue)
        now = (current.id if current else None, bool(timer and timer.running))
        if self._run_state is not None and now != self._run_state:
            follow_run(self.context.projector, self._run_state, now)
        self._run_state = now
        self.refresh_time()

    def _fill_days(self) -> None:
        session = self.controller.session
        self.day_choice.blockSignals(True)
        self.day_choice.clear()
        if session is not None:
            for number, day in enumerate(session.days, start=1):
                self.day_choice.addItem(
                    self.tr("Day %1 · %2")
                    .replace("%1", str(number))
                    .replace("%2", long_date(day.date, self.context.app.lang)),
                    day.id,
                )
            if self.controller.day is not None:
                self.day_choice.setCurrentIndex(self.day_choice.findData(self.controller.day.id))
        self.day_choice.setVisible(self.day_choice.count() > 1)
        self.day_choice.blockSignals(False)

    def _choose_day(self, index: int) -> None:
        self.controller.choose_day(self.day_choice.itemData(index))

    def projector_view(self) -> ProjectorView:
        return projector_view(self.controller)

    def refresh_time(self) -> None:
        """Every whole second while running: readings recomputed from the model, no counting."""
        view = self.projector_view()
        background, foreground = current_tokens().phases[view.phase]
        height = max(120, min(self.timer_label.height(), 220))
        self.timer_label.setText(view.reading or "—")
        if (look := (background, foreground, height)) != self._timer_look:  # parsed at every set
            self._timer_look = look
            self.timer_label.setStyleSheet(
                f"background: {background}; color: {foreground}; border-radius: 8px;"
                f" font-family: '{digit_font(10).family()}'; font-weight: 700;"
                f" font-size: {int(height * 0.6)}px;"
            )
        self.caption_label.setText(view.caption)
        window = self.context.projector
        window.show_view(view)
        self.group_panel.refresh_readings()
        side = self.group_panel.side_panel()
        if window.side_panel_free_for(RUN_CONSOLE):  # another page's casting stays put
            if side is not None:
                window.show_side_panel(*side, owner=RUN_CONSOLE)
            elif window.side_owner == RUN_CONSOLE:
                window.clear_side_panel()
        self.day_column.show_slip(self.controller.slip())

    # -- dialogs ----------------------------------------------------------------------------

    def _group_names(self) -> list[str]:
        run = self.controller.run
        session = self.controller.session
        if run is None or session is None:
            return []
        return session_group_names(self.context.app.db, session.id, run.current)

    def show_shortcuts(self) -> None:
        from ui.run.dialogs import ShortcutsDialog

        ShortcutsDialog(shortcut_rows(), self).exec()

    def edit_sound(self) -> None:
        from ui.run.dialogs import SoundDialog

        SoundDialog(self.chime.prepare(), self).exec()

    def edit_timer_settings(self) -> None:
        from ui.run.dialogs import edit_timer_settings

        edit_timer_settings(self.controller, self)
