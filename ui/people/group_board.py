"""Groups shown side by side, one list per group; drag a person onto another group to move
them. The lists never write: a drop becomes a move request that the Groups tab wraps in an
undo command."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QRect,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitation.group_formation import BERAKHLAK_VALUES, Group
from facilitation.participants import Participant
from ui.common.theme import set_tone
from ui.people.member_list import MemberList, plainly_drawn

MEMBER_MIME = "application/x-lokakarya-participant"
COLUMNS_PER_ROW = 4
_MEMBER_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)
# Looked up once: each Qt.ItemDataRole.X is a few attribute lookups.
_TIP_ROLE, _ID_ROLE = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole
_DISPLAY_ROLE, _EDIT_ROLE = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


REST_DELAY_MS = 100  # after the paint and between batches: the next click comes first
_PAINTING = (QEvent.Type.UpdateRequest, QEvent.Type.Paint)
REST_UNPAINTED_MS = 1000  # the rest even when no paint came (nothing of the board changed)
REST_BATCH = 8  # columns built or filled per idle batch (a few ms)


class GroupMembersModel(QStringListModel):
    """The members of one group: their names in Qt's own list of strings, so that the rows
    are counted and indexed in C++ (Qt asks that some thirty times a list while it lays out
    and paints), and a new formation is one reset, with no item made or rewritten per name.
    A list at rest is painted by MemberList from the names kept here, asking the model
    nothing; a selected or focused list, a tooltip and a drag ask the few rows concerned,
    all roles of a row in one call (multiData)."""

    move_requested = Signal(str, str)  # participant id, target group id

    def __init__(self, group_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self._members: list[Participant] = []
        self._names: tuple[list[str], bool] = ([], True)

    def set_members(self, members: list[Participant]) -> None:
        """A reset: the view drops its selection and lays the rows out again."""
        self._members = list(members)
        names = [person.name for person in members]
        self._names = (names, all(map(plainly_drawn, names)))
        self.setStringList(names)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> object:
        return _role_of(self._members[index.row()], role) if index.isValid() else None

    def multiData(self, index: QModelIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        person = self._members[index.row()] if index.isValid() else None
        for role_data in roles:
            value = None if person is None else _role_of(person, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Names are not edited here; a drop lands between names, in the list itself.
        return _MEMBER_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def names(self) -> tuple[list[str], bool]:
        """The names shown, row by row, and whether MemberList may draw them all itself."""
        return self._names

    def member(self, row: int) -> Participant:
        return self._members[row]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [self._members[i.row()].id for i in indexes if i.isValid()]
        data.setData(MEMBER_MIME, QByteArray("\n".join(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MEMBER_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MEMBER_MIME):
            return False
        own = {person.id for person in self._members}
        for participant_id in bytes(data.data(MEMBER_MIME)).decode().split("\n"):
            if participant_id and participant_id not in own:
                self.move_requested.emit(participant_id, self.group_id)
        # False: the source list must not delete its row; the refresh redraws both lists.
        return False


def _role_of(person: Participant, role: int) -> object:
    if role in (_DISPLAY_ROLE, _EDIT_ROLE):
        return person.name
    if role == _TIP_ROLE:
        return _tip(person) or None
    if role == _ID_ROLE:
        return person.id
    return None


def _tip(person: Participant) -> str:
    return " · ".join(p for p in (person.position, person.institution) if p)


class GroupColumn(QFrame):
    rename_requested = Signal(str, str)  # group id, new name ("" = ask)

    def __init__(self, group: Group, members: list[Participant], parent=None) -> None:
        super().__init__(parent)
        self.group = group
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(group.name)
        self.title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.title.setWordWrap(True)
        self.count_label = QLabel(self.tr("%1 people").replace("%1", str(len(members))))
        set_tone(self.count_label, "muted")
        # A push button leaves its menu arrow room; a tool button drew it over the word.
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Rename this group, e.g. after a BerAKHLAK value"))
        self.rename_button.setAutoDefault(False)
        menu = QMenu(self.rename_button)
        for value in BERAKHLAK_VALUES:  # the group shown now: a column is reused (update_group)
            menu.addAction(value, lambda v=value: self.rename_requested.emit(self.group.id, v))
        menu.addSeparator()
        menu.addAction(
            self.tr("Type a name…"), lambda: self.rename_requested.emit(self.group.id, "")
        )
        self.rename_button.setMenu(menu)
        self.model = GroupMembersModel(group.id, self)
        self.model.set_members(members)
        self.list_view = MemberList()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setDragEnabled(True)
        self.list_view.setAcceptDrops(True)
        self.list_view.setDropIndicatorShown(True)
        self.list_view.setMinimumHeight(140)
        # One line of text per name: every row is as high as the first, so a new formation
        # does not measure 500 names (50 lists) before it is shown.
        self.list_view.setUniformItemSizes(True)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list_view, 1)

    def update_group(self, group: Group, members: list[Participant]) -> None:
        self.group = group
        self.model.group_id = group.id
        # A label given another text asks for a new layout of the board, even of its size.
        _set_text(self.title, group.name)
        _set_text(self.count_label, self.tr("%1 people").replace("%1", str(len(members))))
        self.model.set_members(members)

    def mouseDoubleClickEvent(self, event) -> None:
        self.rename_requested.emit(self.group.id, "")


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


class GroupBoard(QScrollArea):
    """The columns of a formation, built and filled as they come into view (a scroll, a larger
    window, the board shown again): a formation of 50 groups builds and paints the dozen
    columns on screen; the others are blank places of a column's size until scrolled to or
    until the app is idle after the paint (then built in order, a few at a time: columns[i]
    always shows group i, and Tab reaches every group). A new formation of as many
    groups as shown (a re-shuffle, a move, a rename) is put into the columns already built,
    those in view at once and the others when they come into view."""

    move_requested = Signal(str, str)
    rename_requested = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.columns: list[GroupColumn] = []
        self._shown: list[tuple[Group, list[Participant]]] = []  # every group, with members
        self._waiting: set[int] = set()  # built columns that show an older group
        self._places: list[QWidget] = []  # where the columns not built yet will go
        self._holder = QWidget()
        self._grid = QGridLayout(self._holder)
        self.setWidget(self._holder)
        self._paint_watch = _PaintWatch(self._painted, self)
        self._watched: QWidget | None = None  # the window, until it paints
        self.verticalScrollBar().valueChanged.connect(self._fill_in_view)
        self.horizontalScrollBar().valueChanged.connect(self._fill_in_view)
        # After the paint the rest is built and filled a few columns at a time while the app
        # is idle, so that Tab reaches every group and a scroll finds them ready.
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_DELAY_MS)
        self._rest.timeout.connect(self._fill_some_of_the_rest)

    def _rest_later(self) -> None:
        """The rest once the window has painted the board: the delay counts from the paint,
        so a paint that takes long on a slow laptop is not followed at once, in the same pass
        of the event loop, by building more columns (the formation's click would wait for
        them). The window is watched only until its next paint."""
        self._rest.start(REST_UNPAINTED_MS)
        window = self.window()
        if self._watched is not window:
            if self._watched is not None:
                self._watched.removeEventFilter(self._paint_watch)
            window.installEventFilter(self._paint_watch)
            self._watched = window

    def _painted(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self._paint_watch)
            self._watched = None
            self._rest.start(REST_DELAY_MS)

    def show_groups(self, groups: list[Group], people: dict[str, Participant]) -> None:
        shown = [(group, [people[p] for p in group.member_ids if p in people]) for group in groups]
        if groups and len(groups) == len(self._shown):
            # As many groups as shown: the columns show the new groups in place.
            self._shown = shown
            self._waiting = set(range(len(self.columns)))
            self._fill_in_view()
            self._rest_later()
            return
        self._shown, self._waiting, self._places = shown, set(), []
        holder = QWidget()
        grid = QGridLayout(holder)
        self.columns = []
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self._holder, self._grid = holder, grid
        for index in range(min(len(groups), COLUMNS_PER_ROW)):
            self._build(index)
        if len(groups) > COLUMNS_PER_ROW:
            # Rows in view, from a built column's height; the scroll starts at the top.
            height = self.columns[0].sizeHint().height() + grid.verticalSpacing()
            rows = self.viewport().height() // max(1, height) + 1
            built = min(len(groups), rows * COLUMNS_PER_ROW) if self.isVisible() else len(groups)
            for index in range(COLUMNS_PER_ROW, built):
                self._build(index)
            for index in range(built, len(groups)):
                place = QWidget()
                place.setMinimumHeight(height - grid.verticalSpacing())
                grid.addWidget(place, index // COLUMNS_PER_ROW, index % COLUMNS_PER_ROW)
                self._places.append(place)
        for c in range(COLUMNS_PER_ROW):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(len(groups) // COLUMNS_PER_ROW + 1, 1)
        self.setWidget(holder)
        if self._places:  # once laid out: a row the estimate missed is built then
            QTimer.singleShot(0, self._fill_in_view)
            self._rest_later()

    def _build(self, index: int) -> None:
        column = GroupColumn(*self._shown[index])
        column.model.move_requested.connect(self.move_requested)
        column.rename_requested.connect(self.rename_requested)
        if self._places:  # the next place, in order
            place = self._places.pop(0)
            self._grid.replaceWidget(place, column)
            place.deleteLater()
        else:
            self._grid.addWidget(column, index // COLUMNS_PER_ROW, index % COLUMNS_PER_ROW)
        self.columns.append(column)

    def _fill_in_view(self) -> None:
        """Build the columns that came into view (and those before them), and put their
        groups into the built columns in view (into all of them while the board is hidden:
        nothing is laid out or painted then)."""
        if not self._waiting and not self._places:
            return
        shown = self.isVisible()
        seen = QRect(
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().width(),
            self.viewport().height(),
        )
        in_view = [i for i, place in enumerate(self._places) if place.geometry().intersects(seen)]
        if in_view or (self._places and not shown):
            last = len(self.columns) + (in_view[-1] if shown else len(self._places) - 1)
            for index in range(len(self.columns), last + 1):
                self._build(index)
        for index in sorted(self._waiting):
            column = self.columns[index]
            if not shown or column.geometry().intersects(seen):
                self._waiting.discard(index)
                column.update_group(*self._shown[index])

    def _fill_some_of_the_rest(self) -> None:
        """A few of the columns not built or not filled yet, in order, then again later."""
        for _ in range(REST_BATCH):
            if self._places:
                self._build(len(self.columns))
            elif self._waiting:
                index = min(self._waiting)
                self._waiting.discard(index)
                self.columns[index].update_group(*self._shown[index])
            else:
                return
        self._rest.start(REST_DELAY_MS)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fill_in_view()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill_in_view()
        if self._places:
            QTimer.singleShot(0, self._fill_in_view)


class _PaintWatch(QObject):
    """Tells the board its window is painting (the window's update request: every widget's
    pending repaint, the board's columns with them)."""

    def __init__(self, painted, parent: QObject) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PAINTING:
            self._painted()
        return False
