"""The role-play tab casts from who is in the room and lets a large room play in groups."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from facilitation.casting import AUDIENCE
from tests.ui.methods_helpers import NAMES, open_methods
from ui.methods.roleplay_groups import activity_day

MAIN = {"pemohon", "petugas", "atasan"}


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def check_in(page, tab, names) -> int:
    """Check these people in on the role play's day; returns the day's number."""
    context = page.context.app
    number, day_id = activity_day(context, tab.session_id, tab.activity_id())
    by_name = {p.name: p.id for p in context.participants.list(tab.session_id)}
    for name in names:
        context.attendance.set_present(by_name[name], day_id, True)
    tab.refresh()
    return number


def stored(tab, round_number: int) -> dict[str, tuple[str, str]]:
    """name -> (role, group) as stored for the round."""
    return {
        e.person_name: (e.role_key, e.group) for e in tab.repo.casting(tab.run.id)[round_number]
    }


def test_auto_cast_draws_only_from_the_people_checked_in_that_day(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    present = NAMES[:6]
    day = check_in(page, tab, present)
    assert tab.ui.pool_label.text() == f"Cast from the 6 people checked in on Day {day}."
    qtbot.mouseClick(tab.ui.auto_button, Qt.MouseButton.LeftButton)
    for number in (1, 2):
        assert set(stored(tab, number)) == set(present), "nobody absent is cast"
    # The table still lists everyone (present first): casting by hand may pick anyone.
    model = tab.ui.cast_model
    assert model.rowCount() == len(NAMES)
    assert {model.people[row][1] for row in range(6)} == set(present)
    absent_row = next(r for r in range(model.rowCount()) if model.people[r][1] == NAMES[9])
    assert model.setData(model.index(absent_row, 1), "pemohon")
    assert stored(tab, 1)[NAMES[9]][0] == "pemohon"


def test_nobody_checked_in_casts_everyone_and_says_so(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    assert tab.ui.pool_label.text().startswith("Nobody is checked in on Day")
    assert "all 10 people registered" in tab.ui.pool_label.text()
    tab.auto_cast(seed=4)
    assert set(stored(tab, 1)) == set(NAMES)


def test_groups_play_at_once_each_with_the_same_roles(qtbot, data_dir, tmp_path: Path) -> None:
    _window, page = open_methods(qtbot, data_dir, groups=2)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    present = NAMES[:8]
    check_in(page, tab, present)
    tab.ui.in_groups.click()
    assert tab.run.in_groups and "2 groups play at once" in tab.ui.pool_label.text()
    tab.auto_cast(seed=5)
    for number in (1, 2):
        cast = stored(tab, number)
        assert set(cast) == set(present)
        groups = {group for _role, group in cast.values()}
        assert groups == {"Kelompok 1", "Kelompok 2"}
        for group in groups:
            roles = [role for role, g in cast.values() if g == group]
            assert sorted(r for r in roles if r in MAIN) == sorted(MAIN), "same roles per group"
            assert AUDIENCE not in roles, "the rest of the group observes"
    # By role: a heading per group with its roles under it.
    rows = tab.ui.by_role_model.rows
    headings = [label for label, _kind, names in rows if names is None]
    assert headings == ["Kelompok 1", "Kelompok 2"]
    # The projector: a section per group.
    _title, sections = tab.projector_sections()
    assert [heading for heading, _lines in sections] == ["Kelompok 1", "Kelompok 2"]
    assert all(len(lines) >= 3 for _heading, lines in sections)
    # By hand: the lead of group 1 changes; group 2's lead keeps the role.
    cast = stored(tab, 1)
    lead_2 = next(n for n, (r, g) in cast.items() if r == "pemohon" and g == "Kelompok 2")
    observer_1 = next(n for n, (r, g) in cast.items() if r not in MAIN and g == "Kelompok 1")
    key = next(k for k, name in tab.names.items() if name == observer_1)
    tab.cast_by_hand(key, 1, "pemohon")
    cast = stored(tab, 1)
    assert cast[observer_1] == ("pemohon", "Kelompok 1") and cast[lead_2][0] == "pemohon"
    # Role cards: one set per group, each card naming its group.
    target = tmp_path / "kartu.pdf"
    tab.printing.print_pdf("cards", target, tab.round_cast())
    qtbot.waitUntil(target.exists, timeout=20000)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Kelompok 1" in text and "Kelompok 2" in text
    # Undo three times: the hand-cast, the auto-cast, then the mode.
    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert not tab.run.in_groups and not tab.ui.in_groups.isChecked()


def test_rotation_in_groups_keeps_each_group_together(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir, groups=2)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    tab.ui.in_groups.click()
    tab.auto_cast(seed=6)
    first = stored(tab, 1)
    qtbot.mouseClick(tab.ui.rotate_button, Qt.MouseButton.LeftButton)
    second = stored(tab, 2)
    assert {n: g for n, (_r, g) in first.items()} == {n: g for n, (_r, g) in second.items()}


def test_groups_playing_the_roles_cannot_also_split_into_groups(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    choose(tab.ui.cast_from, "groups")
    assert not tab.ui.in_groups.isEnabled()
    assert tab.ui.pool_label.text() == "Groups play the roles: cast from the 4 groups."


def test_someone_cast_by_hand_outside_the_groups_is_still_shown(qtbot, data_dir) -> None:
    _window, page = open_methods(qtbot, data_dir, groups=2)
    tab = page.role_play
    choose(tab.ui.scenario_choice, "izin_usaha_loket")
    check_in(page, tab, NAMES[:8])
    tab.ui.in_groups.click()
    tab.auto_cast(seed=7)
    late = next(k for k, name in tab.names.items() if name == NAMES[9])
    tab.cast_by_hand(late, 1, "pengamat")
    rows = tab.ui.by_role_model.rows
    assert [label for label, _k, names in rows if names is None][-1] == "Not in a group"
    assert any(NAMES[9] in (names or []) for _label, _kind, names in rows)
    _title, sections = tab.projector_sections()
    assert any(NAMES[9] in line for _heading, lines in sections for line in lines)
