"""A group's list draws its names itself, laid out once: the same pixels as Qt's own painting
(both themes, the window active or not, names Qt would cut), and whatever else a list can show
(a selection, the focused row, a name Qt lays out otherwise) is left to Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QListView

from facilitation.group_formation import Group
from facilitation.groups import GroupPlan
from facilitation.participants import Participant
from tests.ui.people.test_ui_people import imported_page
from ui.common.theme import ThemeChoice, install_theme
from ui.people import member_list
from ui.people.group_board import GroupColumn
from ui.people.member_list import MemberList, plainly_drawn
from ui.people.page import GROUPS_TAB

NAMES = [
    "Sri Wahyuni, S.Sos.",
    "Ir. Budi Santoso, M.Si.",
    "Yohanes Kristianto",
    "Putu Ayu Pramesti",
    "Ñoman Ångström 🙂",
    "Nur Hidayah",  # a descender on the last row: cut at the row's edge, as Qt cuts it
    "A",
    "Gg jj yy (pq) [ÅÉ]",
]
LONG = "Prof. Dr. Hj. Raden Ayu Siti Nurhaliza Kusumawardhani Prawirodirdjo, S.H., M.Hum."


def column(qtbot, names: list[str], width: int = 260) -> GroupColumn:  # noqa: ANN001
    people = [Participant(name, position="Analis", institution="BKPSDM") for name in names]
    shown = GroupColumn(Group("Kelompok 1", [p.id for p in people]), people)
    qtbot.addWidget(shown)
    shown.resize(width, 40 + 24 * len(names))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def painted(view: QListView, by_qt: bool, monkeypatch) -> QImage:  # noqa: ANN001
    with monkeypatch.context() as patched:
        if by_qt:
            patched.setattr(MemberList, "paintEvent", QListView.paintEvent)
        return view.viewport().grab().toImage()


def drawn_here(view: QListView, monkeypatch) -> int:  # noqa: ANN001
    """How many names the list drew itself at one paint (0: Qt painted it)."""
    drawn: list[object] = []

    class Counted(QPainter):
        def drawStaticText(self, *args) -> None:  # noqa: ANN002, N802
            drawn.append(args)
            super().drawStaticText(*args)

    with monkeypatch.context() as patched:
        patched.setattr(member_list, "QPainter", Counted)
        view.viewport().grab()
    return len(drawn)


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
@pytest.mark.parametrize("width", [200, 320])
def test_names_are_the_same_pixels_as_qts_painting(qtbot, monkeypatch, choice, width) -> None:  # noqa: ANN001
    install_theme(choice)
    shown = column(qtbot, NAMES, width)
    view = shown.list_view
    assert drawn_here(view, monkeypatch) == len(NAMES)
    ours = painted(view, False, monkeypatch)
    assert ours == painted(view, True, monkeypatch)
    shown.window().activateWindow()  # the text's colour group follows the window's state
    QApplication.processEvents()
    assert painted(view, False, monkeypatch) == painted(view, True, monkeypatch)


def test_a_name_qt_would_cut_is_left_to_qt(qtbot, monkeypatch) -> None:  # noqa: ANN001
    view = column(qtbot, [LONG, "Dewi"], 200).list_view  # rows as wide as the list: "Prof…"
    assert drawn_here(view, monkeypatch) == 0
    view.parentWidget().resize(2000, view.parentWidget().height())  # room for it now
    QApplication.processEvents()
    assert drawn_here(view, monkeypatch) == 2
    assert painted(view, False, monkeypatch) == painted(view, True, monkeypatch)


def test_rows_wider_than_the_list_scroll_as_qts(qtbot, monkeypatch) -> None:  # noqa: ANN001
    view = column(qtbot, [*NAMES[:3], LONG], 200).list_view  # rows as wide as the longest
    assert view.horizontalScrollBar().maximum() > 0
    for offset in (0, 37, view.horizontalScrollBar().maximum()):
        view.horizontalScrollBar().setValue(offset)
        assert drawn_here(view, monkeypatch) == 4
        assert painted(view, False, monkeypatch) == painted(view, True, monkeypatch)


def test_a_selection_and_the_focused_row_are_painted_by_qt(qtbot, monkeypatch) -> None:  # noqa: ANN001
    view = column(qtbot, NAMES).list_view
    plain = painted(view, False, monkeypatch)
    view.selectionModel().select(
        view.model().index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert drawn_here(view, monkeypatch) == 0
    assert painted(view, False, monkeypatch) != plain  # the selection shows
    view.selectionModel().clearSelection()
    view.setCurrentIndex(view.model().index(2, 0))
    view.selectionModel().clearSelection()
    view.setFocus()
    QApplication.processEvents()
    if view.hasFocus():  # a focus frame on the current row: Qt's own
        assert drawn_here(view, monkeypatch) == 0
    view.clearFocus()
    QApplication.processEvents()
    assert drawn_here(view, monkeypatch) == len(NAMES)
    assert painted(view, False, monkeypatch) == painted(view, True, monkeypatch)


def test_a_new_formation_draws_the_new_names(qtbot, monkeypatch) -> None:  # noqa: ANN001
    shown = column(qtbot, NAMES[:4])
    people = [Participant(name) for name in reversed(NAMES[4:])]
    shown.update_group(Group("Kelompok 2", [p.id for p in people]), people)
    QApplication.processEvents()
    view = shown.list_view
    assert view.model().names() == ([p.name for p in people], True)
    assert painted(view, False, monkeypatch) == painted(view, True, monkeypatch)


@pytest.mark.attack("roster encoding")
@pytest.mark.parametrize(
    "name",
    [
        "Siti\nNurhaliza",  # a line break Qt lays out as a second line
        "Tab\tdi tengah",
        "\u202eilahruN itiS",  # a right-to-left override
        "عبد الله",  # right-to-left letters
        "Budi\u2028Santoso",  # a line separator
        "Nol\x00byte",
    ],
)
def test_a_name_qt_lays_out_otherwise_is_left_to_qt(qtbot, monkeypatch, name: str) -> None:  # noqa: ANN001
    assert not plainly_drawn(name)
    view = column(qtbot, [NAMES[0], name]).list_view
    assert view.model().names()[1] is False
    assert drawn_here(view, monkeypatch) == 0
    assert painted(view, False, monkeypatch) == painted(view, True, monkeypatch)


def test_plain_names_are_drawn_here() -> None:
    assert all(plainly_drawn(name) for name in [*NAMES, LONG, "Dewi", "Ngurah Rai", "Çelik"])


def test_a_formed_board_is_the_same_pixels_as_qts(qtbot, data_dir, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    page = imported_page(qtbot, data_dir, tmp_path)
    page.window().resize(1100, 700)
    page.tabs.setCurrentIndex(GROUPS_TAB)
    assert page.groups.form(GroupPlan(value=4, seed=3))
    QApplication.processEvents()
    board = page.groups_tab.board
    assert all(drawn_here(column.list_view, monkeypatch) for column in board.columns)
    ours = board.grab().toImage()
    with monkeypatch.context() as patched:
        patched.setattr(MemberList, "paintEvent", QListView.paintEvent)
        assert board.grab().toImage() == ours
