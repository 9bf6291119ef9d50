"""The method library beside the agenda: filter, read the description, add to the day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.library import Library
from ui.common.labels import activity_kind_label, minutes_label
from ui.common.theme import set_tone


class MethodPanel(QWidget):
    add_requested = Signal(str)  # method key

    def __init__(self, library: Library, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        title = QLabel(self.tr("Method library"))
        title.setStyleSheet("font-weight: 600;")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter methods…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.method_list = QListWidget()
        for method in library.methods.values():
            item = QListWidgetItem(
                f"{method.title_in(lang)}  ·  {minutes_label(method.default_minutes)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, method.key)
            item.setToolTip(f"{activity_kind_label(method.kind)}\n{method.description_in(lang)}")
            self.method_list.addItem(item)
        self.method_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.method_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.method_list.itemDoubleClicked.connect(lambda item: self._request(item))
        self.method_list.currentItemChanged.connect(self._describe)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.description.setMinimumHeight(96)
        set_tone(self.description, "muted")
        self.add_button = QPushButton(self.tr("&Add to agenda"))
        self.add_button.clicked.connect(lambda: self._request(self.method_list.currentItem()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.method_list, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.add_button)
        self.method_list.setCurrentRow(0)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.method_list.count()):
            item = self.method_list.item(row)
            method = self.library.method(item.data(Qt.ItemDataRole.UserRole))
            haystack = " ".join(
                (
                    method.title_in(self.lang),
                    method.description_in(self.lang),
                    activity_kind_label(method.kind),
                )
            ).casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def _describe(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.description.clear()
            return
        method = self.library.method(item.data(Qt.ItemDataRole.UserRole))
        self.description.setText(
            f"<b>{activity_kind_label(method.kind)}</b> · "
            f"{minutes_label(method.default_minutes)}<br>{_escape(method.description_in(self.lang))}"
        )

    def _request(self, item: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.add_requested.emit(item.data(Qt.ItemDataRole.UserRole))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
