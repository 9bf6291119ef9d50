"""Full-text search over the notes of every session, with the matching words highlighted.

Activating a result asks for that note to be opened in its session (open_note_requested).
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.search import split_highlighted
from storage.notes import NoteRepository, SearchHit
from ui.capture.labels import note_kind_label
from ui.common.formatting import local_clock
from ui.common.theme import current_tokens, set_tone
from ui.common.theme.tokens import Tokens

Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
RESULT_LIMIT = 50
RESULT_BATCH = 10  # results laid out before the first paint: more than a view shows


def hit_html(hit: SearchHit, kind_label: str | None = None, tokens: Tokens | None = None) -> str:
    """The result as rich text: the note's own text is escaped, only our markers become bold.
    kind_label and tokens: the kind's words and the theme, when the caller has them already."""
    tokens = tokens or current_tokens()
    mark = f"<b style='background:{tokens.highlight}'>"
    snippet = "".join(
        f"{mark}{html.escape(text)}</b>" if marked else html.escape(text)
        for text, marked in split_highlighted(hit.snippet.replace("\n", " ⏎ "))
    )
    details = [kind_label or note_kind_label(hit.kind), local_clock(hit.created_at)]
    if hit.group_label:
        details.append(html.escape(hit.group_label))
    if hit.speaker:
        details.append(html.escape(hit.speaker))
    return (
        f"<div><span style='font-weight:600'>{html.escape(hit.session_title)}</span>"
        f" <span style='color:{tokens.muted}'>· {' · '.join(details)}</span></div>"
        f"<div>{snippet}</div>"
    )


class SearchResultsModel(QAbstractListModel):
    MAX_KEPT = 500  # results' rich text kept: a search typed again shows them as they were

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._html: list[str] = []
        self._kept: dict[tuple[SearchHit, str], str] = {}
        self._kept_tokens: Tokens | None = None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self._html = self._rich_texts(hits)
        self.endResetModel()

    def _rich_texts(self, hits: list[SearchHit]) -> list[str]:
        tokens = current_tokens()
        if tokens is not self._kept_tokens or len(self._kept) > self.MAX_KEPT:
            self._kept, self._kept_tokens = {}, tokens  # another theme: other colours
        labels = {kind: note_kind_label(kind) for kind in {hit.kind for hit in hits}}
        texts = []
        for hit in hits:
            key = (hit, labels[hit.kind])
            text = self._kept.get(key)
            if text is None:
                text = self._kept[key] = hit_html(hit, labels[hit.kind], tokens)
            texts.append(text)
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            hit = self.hits[index.row()]
            return f"{hit.session_title}: " + "".join(t for t, _ in split_highlighted(hit.snippet))
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE rich text, wrapped to the view's width.

    Each result's laid-out document (and its size) is kept while its text, width and font stay
    the same, from one search to the next (a search typed again, or a word added, shows many
    of the same notes): the list asks every item's size on each layout pass and paints the
    visible ones, and parsing and laying out the HTML each time was most of a search's cost."""

    MAX_KEPT = 500

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: dict[tuple[str, int, str], tuple[QTextDocument, QSize]] = {}

    def _laid_out(self, option: QStyleOptionViewItem, index: Index) -> tuple[QTextDocument, QSize]:
        text = index.data(HTML_ROLE) or ""
        width = max(100, option.rect.width() - 12)
        key = (text, width, option.font.key())
        found = self._kept.get(key)
        if found is None:
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setHtml(text)
            document.setTextWidth(width)
            # As wide as the row, so that paint() finds this same layout (a narrower item
            # would be laid out again when painted, and could wrap into more lines).
            size = QSize(width + 12, int(document.size().height()) + 8)
            if len(self._kept) >= self.MAX_KEPT:
                del self._kept[next(iter(self._kept))]  # the oldest
            found = self._kept[key] = (document, size)
        return found

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        return self._laid_out(option, index)[0]

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 4))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() or (option.widget.viewport().width() if option.widget else 600)
        option.rect.setWidth(width)
        return QSize(self._laid_out(option, index)[1])


class ResultsView(QListView):
    """Enter opens the selected result (as double-click does)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    open_note_requested = Signal(str, str)  # session id, note id

    def __init__(self, notes: NoteRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr('Search the notes of all sessions: words, "a phrase", layan*, -word, OR')
        )
        self.search_edit.setStyleSheet("font-size: 12pt; padding: 4px;")
        self.search_edit.textChanged.connect(lambda: self._timer.start())
        self.search_edit.returnPressed.connect(self.search_now)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # search as you type, without a query per keystroke
        self._timer.timeout.connect(self.search_now)
        self.summary = QLabel()
        set_tone(self.summary, "muted")
        self.model = SearchResultsModel(self)
        self.results = ResultsView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(False)
        # Rich-text rows of different heights: each is laid out to know its height (~0.3 ms).
        # The first batch fills the view and is painted at once; the rest are laid out in
        # batches while the event loop is idle, so typing is never held up by all 50.
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(RESULT_BATCH)
        # A scroll bar that came and went would change the width, so every row again.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        self.results.open_requested.connect(self._open)
        hint = QLabel(
            self.tr(
                "Words are searched in notes, tags, speakers and groups, ignoring accents. "
                "Enter or double-click opens a note in its session."
            )
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        hint.setStyleSheet("font-size: 9pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text()
        hits = self.notes.search(text, limit=RESULT_LIMIT) if text.strip() else []
        self.model.set_hits(hits)
        if not text.strip():
            self.summary.setText("")
        elif not hits:
            self.summary.setText(self.tr("No notes found."))
        elif len(hits) >= RESULT_LIMIT:
            self.summary.setText(
                self.tr("The best %1 notes; add words to narrow down.").replace(
                    "%1", str(RESULT_LIMIT)
                )
            )
        else:
            self.summary.setText(self.tr("%1 notes found.").replace("%1", str(len(hits))))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.hits[index.row()]
            self.open_note_requested.emit(hit.session_id, hit.note_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box walks into the results.
        if event.key() == Qt.Key.Key_Down and self.search_edit.hasFocus():
            self.results.setFocus()
            return
        super().keyPressEvent(event)
