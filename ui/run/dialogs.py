"""Small dialogs of the run console: rounds, group timers, sound, timer settings, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.rounds import MAX_GROUPS
from facilitation.timer import Thresholds, TimerMode, TimerSettings
from ui.common.theme import set_tone
from ui.run.chime import chime_enabled, chime_volume, set_chime_preferences
from ui.run_control.controller import RunController

MAX_GROUP_NAME = 80


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class GroupNamesEditor(QWidget):
    """Group names one per line, prefilled from the session's groups or numbered."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_GROUPS)
        self.count.setValue(len(names) or 5)
        self.names = QPlainTextEdit("\n".join(names))
        self.names.setPlaceholderText(self.tr("One group per line"))
        self.numbered = QPushButton(self.tr("&Number the groups"))
        self.numbered.clicked.connect(self._number)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Number of groups:"), self.count)
        layout.addRow("", self.numbered)
        layout.addRow(self.tr("Groups:"), self.names)
        if not names:
            self._number()

    def _number(self) -> None:
        self.names.setPlainText(
            "\n".join(
                self.tr("Group %1").replace("%1", str(n)) for n in range(1, self.count.value() + 1)
            )
        )

    def group_names(self) -> list[str]:
        names = []
        for line in self.names.toPlainText().splitlines():
            clean = line.replace("\x00", "").strip()[:MAX_GROUP_NAME]
            if clean:
                names.append(clean)
        return names[:MAX_GROUPS]


class RoundsDialog(QDialog):
    """Report-back (pleno): each group presents in turn for the same number of minutes."""

    def __init__(self, names: list[str], planned_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report-back rounds"))
        self.groups = GroupNamesEditor(names)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 120)
        self.minutes.setSuffix(self.tr(" min"))
        share = planned_minutes // max(1, len(names) or 5)
        self.minutes.setValue(max(1, min(share or 5, 120)))
        self.error = QLabel()
        set_tone(self.error, "danger")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each group presents in turn; N moves to the next group.")))
        layout.addWidget(self.groups)
        form = QFormLayout()
        form.addRow(self.tr("Minutes per group:"), self.minutes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        if not self.groups.group_names():
            self.error.setText(self.tr("Please name at least one group."))
            return
        super().accept()

    def result_groups(self) -> tuple[list[str], float]:
        return self.groups.group_names(), self.minutes.value() * 60.0


class ParallelDialog(QDialog):
    """Breakout timers: every group gets its own length, all start together."""

    def __init__(self, names: list[str], planned_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group timers"))
        self.planned = max(1, min(planned_minutes or 15, 600))
        self.groups = GroupNamesEditor(names)
        self.fill = QPushButton(self.tr("&Set lengths for these groups"))
        self.fill.clicked.connect(self._fill)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Minutes")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.error = QLabel()
        set_tone(self.error, "danger")
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups)
        layout.addWidget(self.fill)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.resize(460, 560)
        self._fill()

    def _fill(self) -> None:
        names = self.groups.group_names()
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            spin = QSpinBox()
            spin.setRange(1, 600)
            spin.setValue(self.planned)
            self.table.setCellWidget(row, 1, spin)

    def lengths(self) -> list[tuple[str, float]]:
        return [
            (self.table.item(row, 0).text(), self.table.cellWidget(row, 1).value() * 60.0)
            for row in range(self.table.rowCount())
        ]

    def accept(self) -> None:
        if not self.lengths():
            self.error.setText(self.tr("Please name at least one group."))
            return
        super().accept()


class SoundDialog(QDialog):
    def __init__(self, available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sound"))
        self.enabled = QCheckBox(self.tr("&Chime at warning and at zero"))
        self.enabled.setChecked(chime_enabled())
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(chime_volume())
        self.enabled.toggled.connect(self.volume.setEnabled)
        self.volume.setEnabled(self.enabled.isChecked())
        layout = QFormLayout(self)
        layout.addRow(self.enabled)
        layout.addRow(self.tr("&Volume:"), self.volume)
        if not available:
            note = QLabel(self.tr("No sound device was found: the timer runs visual-only."))
            note.setWordWrap(True)
            layout.addRow(note)
        layout.addRow(_buttons(self))

    def accept(self) -> None:
        set_chime_preferences(self.enabled.isChecked(), self.volume.value())
        super().accept()


class TimerSettingsDialog(QDialog):
    """Per activity: count down or up, and when the timer turns amber and red."""

    def __init__(self, title: str, settings: TimerSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timer settings — %1").replace("%1", title[:60]))
        t = settings.thresholds
        self.count_up = QCheckBox(self.tr("Count &up (open-ended activity)"))
        self.count_up.setChecked(settings.mode == TimerMode.COUNT_UP)
        self.warning_percent = self._spin(0, 100, round(t.warning_fraction * 100), " %")
        self.warning_seconds = self._spin(0, 3600, int(t.warning_seconds), self.tr(" s"))
        self.danger_percent = self._spin(0, 100, round(t.danger_fraction * 100), " %")
        self.danger_seconds = self._spin(0, 3600, int(t.danger_seconds), self.tr(" s"))
        layout = QFormLayout(self)
        layout.addRow(self.count_up)
        layout.addRow(QLabel(self.tr("Warning (amber) when this much is left, or:")))
        layout.addRow(self.tr("Share of the time:"), self.warning_percent)
        layout.addRow(self.tr("Seconds:"), self.warning_seconds)
        layout.addRow(QLabel(self.tr("Danger (red) when this much is left, or:")))
        layout.addRow(self.tr("Share of the time:"), self.danger_percent)
        layout.addRow(self.tr("Seconds:"), self.danger_seconds)
        defaults = QPushButton(self.tr("&Defaults"))
        defaults.clicked.connect(lambda: self._show(Thresholds()))
        layout.addRow(defaults)
        layout.addRow(_buttons(self))

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _show(self, t: Thresholds) -> None:
        self.warning_percent.setValue(round(t.warning_fraction * 100))
        self.warning_seconds.setValue(int(t.warning_seconds))
        self.danger_percent.setValue(round(t.danger_fraction * 100))
        self.danger_seconds.setValue(int(t.danger_seconds))

    def settings(self) -> TimerSettings:
        return TimerSettings(
            mode=TimerMode.COUNT_UP if self.count_up.isChecked() else TimerMode.COUNTDOWN,
            thresholds=Thresholds(
                warning_fraction=self.warning_percent.value() / 100,
                warning_seconds=float(self.warning_seconds.value()),
                danger_fraction=self.danger_percent.value() / 100,
                danger_seconds=float(self.danger_seconds.value()),
            ),
        )


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run shortcuts"))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (key, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table = table
        self.resize(520, 520)


def edit_timer_settings(controller: RunController, parent: QWidget) -> None:
    """The settings of the activity that is on, stored when the dialog is accepted."""
    run = controller.run
    if run is None or run.current is None:
        return
    dialog = TimerSettingsDialog(run.current.title, run.settings_for(run.current), parent)
    if dialog.exec():
        controller.set_timer_settings(run.current.id, dialog.settings())
