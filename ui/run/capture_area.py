"""The note box on the Run page: the capture panel under the timer, following the day.

Whoever sits at the console can write down what the room says without leaving the run, and
sees the activity's last notes under the box (editable there). The panel's activity follows
the one that is on (a choice made by hand stays until the run moves on); kind and group are
the Notes page's too (the session context's CaptureState), and go back to the whole room when
the run moves on. The box can be folded away with the Notes button or by dragging the
splitter, and the Run page remembers that. While the focus is in the box, the run's
single-key shortcuts (Space, N, P, S, +, −, G, B, W, M, ?) are off so every letter goes into
the note; Esc gives the keys back to the timer, F6 jumps into the box.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QGroupBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from ui.capture.names import activity_choices, fill_capture_names
from ui.capture.panel import CapturePanel
from ui.capture.recent_notes import RecentNotes

log = logging.getLogger(__name__)

SPLITTER_SETTING = "run/capture_splitter"
OPEN_HEIGHT = 250  # the box's height when first shown or opened again from folded
RUN_NOTE_MIN_HEIGHT = 56  # three lines of the note; more when the splitter gives more


class RunCaptureArea(QSplitter):
    """The run console's body above, the capture panel below, with a fold-away splitter."""

    def __init__(self, console, run_area: QWidget) -> None:  # noqa: ANN001
        super().__init__(Qt.Orientation.Vertical, console)
        self.console = console
        app = console.context.app
        self.notes = app.notes
        self.state = console.context.capture_state
        undo_stack = console.context.undo_stack
        self.recent = RecentNotes(app, undo_stack)  # beside the box: what was just saved
        self.recent.status.connect(console.status)
        self.capture = CapturePanel(app, undo_stack, state=self.state, beside=self.recent)
        self.capture.status.connect(console.status)
        self.capture.fit_under_timer(RUN_NOTE_MIN_HEIGHT)
        self.recent.follow(self.capture)
        self.box = QGroupBox(self.tr("Notes for the report (F6 to type · Esc back to the timer)"))
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.capture)
        self.addWidget(run_area)
        self.addWidget(self.box)
        self.setCollapsible(0, False)
        self.setCollapsible(1, True)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self._open_height = OPEN_HEIGHT
        self._followed: str | None = None  # the run's activity the box last followed
        self._activities: list[tuple[str, str]] | None = None

        self.toggle_button = QPushButton(self.tr("Notes"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle_button.setToolTip(self.tr("Show or fold away the note box under the timer"))
        self.toggle_button.toggled.connect(self.set_open)
        self._restore()
        self.splitterMoved.connect(lambda _pos, _index: self._remember())

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_to_timer)
        jump = QShortcut(QKeySequence(Qt.Key.Key_F6), console)
        jump.setContext(Qt.ShortcutContext.WindowShortcut)
        jump.activated.connect(self.start_typing)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        console.controller.changed.connect(self.follow_run)
        self.capture.names_wanted.connect(self._fill_names)

    # -- folding ------------------------------------------------------------------------------

    def is_open(self) -> bool:
        return self.sizes()[1] > 0

    def set_open(self, open_: bool) -> None:
        if open_ == self.is_open():
            return
        total = sum(self.sizes())
        if open_:
            height = min(self._open_height, max(120, total // 2))
            self.setSizes([max(0, total - height), height])
        else:
            self._open_height = max(120, self.sizes()[1])
            if self._has_focus():
                self.back_to_timer()
            self.setSizes([total, 0])
        self._remember()

    def _remember(self) -> None:
        if self.is_open():
            self._open_height = max(120, self.sizes()[1])
        self.toggle_button.blockSignals(True)
        self.toggle_button.setChecked(self.is_open())
        self.toggle_button.blockSignals(False)
        QSettings().setValue(SPLITTER_SETTING, self.saveState())

    def _restore(self) -> None:
        saved = QSettings().value(SPLITTER_SETTING)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreState(saved):
            self.toggle_button.setChecked(self.is_open())
            if self.is_open():
                self._open_height = max(120, self.sizes()[1])
        else:
            self.setSizes([600, OPEN_HEIGHT])

    # -- keys ---------------------------------------------------------------------------------

    def start_typing(self) -> None:
        """F6: open the box if folded and put the cursor in the note."""
        if self.console.controller.session is None:
            return
        self.set_open(True)
        self.capture.text_edit.setFocus()

    def back_to_timer(self) -> None:
        self.console.setFocus()

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self.box or self.box.isAncestorOf(focused))

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        """Single keys type into the note while the box has the focus, and drive the run
        everywhere else; F1, F5 and the like keep working in both."""
        typing = self._has_focus()
        for shortcut in self.console.shortcuts:
            if _is_typing_key(shortcut.key()):
                shortcut.setEnabled(not typing)

    # -- following the run --------------------------------------------------------------------

    def follow_run(self) -> None:
        controller = self.console.controller
        session = controller.session
        if session is None:
            if self.capture.session_id is not None:
                self.capture.set_session(None, [])
            self._followed = None
            self._activities = None
            return
        run = controller.run
        activity = run.current if run is not None else None
        current = activity.id if activity is not None else None
        activities = activity_choices(session)
        same_session = session.id == self.capture.session_id
        if not same_session or activities != self._activities:
            # The agenda changed (or another session): refill, keeping a half-typed note.
            chosen = self.capture.activity_combo.currentData() if same_session else None
            typed = self.capture.text_edit.toPlainText() if same_session else ""
            moved = current != self._followed or not same_session
            self.capture.set_session(session.id, activities, current if moved else chosen)
            if typed:
                self.capture.text_edit.setPlainText(typed)
            self._activities = activities
            self._followed = current
            if not same_session:  # this session's names, read when the note-taker wants them
                self.capture.set_names([], [], [])
                self.capture.names_stale = True
            self.recent.refresh()
        elif current != self._followed:
            self._followed = current
            if current is not None:
                self.capture.set_current_activity(current)
        if activity is not None:
            self.state.follow(activity.id, activity.title)  # once per activity, both pages

    def _fill_names(self) -> None:
        """The completers: the roster, groups and names used in the session's notes (20,000
        notes in a big session), read when the speaker, group or tags are about to be typed."""
        session_id = self.capture.session_id
        if session_id is not None:
            fill_capture_names(self.capture, self.console.context.app, self.notes, session_id)


def _is_typing_key(sequence: QKeySequence) -> bool:
    """A key that types a character (with or without Shift), unlike F1 or Ctrl+Z."""
    if sequence.count() != 1:
        return False
    combination = sequence[0]
    typing_modifiers = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    other = combination.keyboardModifiers() & ~typing_modifiers
    return other == Qt.KeyboardModifier.NoModifier and combination.key().value < 0x01000000
