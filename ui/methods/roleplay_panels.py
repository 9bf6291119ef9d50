"""The role-play tab's side panels: debrief notes (for the role play and for the shown round)
and observers' checklist scores with the mean per BerAKHLAK value."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.bilingual import lines_in, text_in, text_problem
from facilitation.core_values import value_name
from facilitation.method_runs import MAX_NOTE_LENGTH, RolePlayRun
from facilitation.roleplay import Scenario
from facilitation.scoring import scores_per_value
from storage.roleplays import RolePlayRepository
from ui.common.context import AppContext
from ui.common.theme import set_tone
from ui.common.undo import ValueCommand
from ui.methods.models import ChecklistModel, ChoiceDelegate

SAVE_DELAY_MS = 500
ROLE_PREFIX = "role:"


class DebriefPanel(QWidget):
    """Notes are saved half a second after typing stops; Ctrl+Z undoes them in one step."""

    def __init__(
        self, repo: RolePlayRepository, undo_stack: QUndoStack, context: AppContext
    ) -> None:
        super().__init__()
        self.repo, self.undo_stack, self.context = repo, undo_stack, context
        self.run: RolePlayRun | None = None
        self.scenario: Scenario | None = None
        self.round_number = 1
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        set_tone(self.questions, "muted")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What the room said in the debrief…"))
        self.round_label = QLabel()
        self.round_notes = QPlainTextEdit()
        self.round_notes.setPlaceholderText(self.tr("What happened in this round…"))
        self._timers = {}
        for editor, field in ((self.notes, "play"), (self.round_notes, "round")):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(SAVE_DELAY_MS)
            timer.timeout.connect(lambda f=field: self.save(f))
            editor.textChanged.connect(timer.start)
            self._timers[field] = timer
        layout = QVBoxLayout(self)
        layout.addWidget(self.questions)
        layout.addWidget(QLabel(self.tr("Debrief notes for the whole role play:")))
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.round_label)
        layout.addWidget(self.round_notes, 1)

    def show_run(
        self, run: RolePlayRun | None, scenario: Scenario | None, round_number: int
    ) -> None:
        self.flush()
        self.run, self.scenario, self.round_number = run, scenario, round_number
        lines = lines_in(scenario.debrief_questions, self.context.lang) if scenario else []
        self.questions.setText("\n".join(f"{n}. {q}" for n, q in enumerate(lines, start=1)))
        self.round_label.setText(self.tr("Notes for round %1:").replace("%1", str(round_number)))
        rounds = self.repo.rounds(run.id) if run else {}
        info = rounds.get(round_number)
        self._set_text(self.notes, run.debrief_notes if run else "")
        self._set_text(self.round_notes, info.debrief_notes if info else "")
        self.setEnabled(run is not None)

    def _set_text(self, editor: QPlainTextEdit, text: str) -> None:
        if editor.toPlainText() != text:
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)

    def flush(self) -> None:
        """Save what is typed now (before the panel shows another run or round)."""
        for field, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self.save(field)

    def save(self, field: str) -> None:
        if self.run is None:
            return
        editor = self.notes if field == "play" else self.round_notes
        text = editor.toPlainText()
        if text_problem(text, MAX_NOTE_LENGTH):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "These notes are too long or contain a control character; they were not saved."
                ),
            )
            return
        repo, run_id, number = self.repo, self.run.id, self.round_number
        if field == "play":
            before = repo.get(run_id).debrief_notes
            apply = lambda value: repo.set_debrief(run_id, value)  # noqa: E731
        else:
            info = repo.rounds(run_id).get(number)
            before = info.debrief_notes if info else ""
            apply = lambda value: repo.set_round_debrief(run_id, number, value)  # noqa: E731
        if before == text:
            return
        self.undo_stack.push(
            ValueCommand(
                self.tr("Edit debrief notes"),
                apply,
                before,
                text,
                lambda: (
                    self.show_run(self.repo.get(run_id), self.scenario, self.round_number)
                    if self.run and self.run.id == run_id
                    else None
                ),
                merge_key=("debrief", run_id, field, number),
            )
        )


class ObserverPanel(QWidget):
    """Enter an observer's sheet: one 1–4 score per checklist item, per round."""

    def __init__(
        self, repo: RolePlayRepository, undo_stack: QUndoStack, context: AppContext
    ) -> None:
        super().__init__()
        self.repo, self.undo_stack, self.context = repo, undo_stack, context
        self.run: RolePlayRun | None = None
        self.scenario: Scenario | None = None
        self.round_number = 1
        self.observer = QComboBox()
        self.observer.currentIndexChanged.connect(lambda _i: self._show_sheet())
        self.model = ChecklistModel(self)
        self.model.score_requested.connect(self.set_score)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        scores = [("—", None)] + [(str(n), n) for n in range(1, 5)]
        self.table.setItemDelegateForColumn(2, ChoiceDelegate(lambda _i: scores, self.table))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Observer:"), self.observer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("1 = not yet · 2 = partly · 3 = mostly · 4 = fully")))
        layout.addWidget(self.summary)

    def show_run(
        self,
        run: RolePlayRun | None,
        scenario: Scenario | None,
        round_number: int,
        cast: dict[str, str],
        names: dict[str, str],
    ) -> None:
        """Offer the observers cast in this round (cast: person key -> role key)."""
        self.run, self.scenario, self.round_number = run, scenario, round_number
        current = self.observer.currentData()
        self.observer.blockSignals(True)
        self.observer.clear()
        if scenario is not None:
            lang = self.context.lang
            for observer in scenario.observer_roles:
                people = [key for key, role in cast.items() if role == observer.key]
                for key in people:
                    name = names.get(key, key)
                    label = f"{name} — {observer.name_in(lang)}"
                    self.observer.addItem(label, (key, name, observer.key))
                if not people:  # nobody cast: score the role's sheet itself
                    key = ROLE_PREFIX + observer.key
                    self.observer.addItem(observer.name_in(lang), (key, "", observer.key))
        self.observer.setCurrentIndex(max(0, self.observer.findData(current)))
        self.observer.blockSignals(False)
        self._show_sheet()
        self.setEnabled(run is not None and scenario is not None)

    def _show_sheet(self) -> None:
        items, scores = [], {}
        chosen = self.observer.currentData()
        lang = self.context.lang
        all_scores = self.repo.scores(self.run.id) if self.run else []
        if chosen and self.scenario:
            key, _name, role_key = chosen
            observer = self.scenario.observer_role(role_key)
            for item in observer.checklist if observer else ():
                items.append((item.key, text_in(item.text, lang), value_name(item.value, lang)))
            for score in all_scores:
                if score.round_number == self.round_number and score.observer_key == key:
                    scores[score.item_key] = score.score
        self.model.set_items(items, scores)
        self.table.resizeRowsToContents()
        means = scores_per_value((s.value_key, s.score) for s in all_scores)
        self.summary.setText(
            self.tr("Mean per value, all rounds: %1").replace(
                "%1", " · ".join(f"{value_name(m.value, lang)} {m.mean:.1f}" for m in means)
            )
            if means
            else self.tr("No scores yet.")
        )

    def set_score(self, item_key: str, score: int | None) -> None:
        chosen = self.observer.currentData()
        if self.run is None or self.scenario is None or chosen is None:
            return
        key, name, role_key = chosen
        observer = self.scenario.observer_role(role_key)
        item = next((i for i in observer.checklist if i.key == item_key), None)
        if item is None:
            return
        repo, run_id, number = self.repo, self.run.id, self.round_number
        before = self.model.scores.get(item_key)

        def apply(value: int | None) -> None:
            repo.set_scores(run_id, number, key, name, role_key, {item_key: (item.value, value)})

        self.undo_stack.push(
            ValueCommand(
                self.tr("Score “%1”").replace("%1", text_in(item.text, self.context.lang)[:40]),
                apply,
                before,
                score,
                self._show_sheet,
            )
        )
