"""Re-shuffle and Form groups find their groups formed ahead while the facilitator looks
(issue 14): the click only saves and shows them, and they are the groups the click would have
formed. Anything changed in between (a check-in, an undo, another plan) is formed at the
click, as before."""

from __future__ import annotations

import pytest

import ui.people.form_groups_dialog as dialog_module
import ui.people.groups_controller as controller_module
from facilitation.groups import GroupPlan, form_groups
from tests.ui.people.test_ui_people import imported_page
from ui.people.form_groups_dialog import FormGroupsDialog
from ui.people.page import GROUPS_TAB, PeoplePage


@pytest.fixture
def at_the_click(monkeypatch) -> list[int]:
    """Formations made at the click, on the window's thread (ahead, the thread of
    facilitation.forming_ahead forms them)."""
    made: list[int] = []

    def counted(members, plan, *rest, **options):  # noqa: ANN001, ANN202
        made.append(plan.seed)
        return form_groups(members, plan, *rest, **options)

    monkeypatch.setattr(controller_module, "form_groups", counted)
    monkeypatch.setattr(dialog_module, "form_groups", counted)
    return made


def grouped_page(qtbot, data_dir, tmp_path) -> PeoplePage:
    page = imported_page(qtbot, data_dir, tmp_path)
    page.show()
    page.tabs.setCurrentIndex(GROUPS_TAB)
    qtbot.waitExposed(page)
    for seed in (1, 2):
        assert page.groups.form(GroupPlan(value=6, seed=seed, avoid_repeats=True))
    return page


def formed_ahead(qtbot, page: PeoplePage) -> None:
    """Wait for the quiet moment and for the groups formed in it."""
    ahead = page.groups.ahead
    qtbot.waitUntil(lambda: ahead._future is not None and ahead.ready(), timeout=5000)


def expected_groups(page: PeoplePage, plan: GroupPlan) -> list[list[str]]:
    members = page.groups._current_roster().members()
    return form_groups(members, plan, earlier=page.groups.repo.earlier_groupings(page.session.id))


def member_ids(page: PeoplePage) -> list[list[str]]:
    return [group.member_ids for group in page.groups.formation.groups]


def test_a_reshuffle_takes_the_groups_formed_while_they_were_looked_at(
    qtbot, data_dir, tmp_path, at_the_click
) -> None:
    page = grouped_page(qtbot, data_dir, tmp_path)
    at_the_click.clear()
    formed_ahead(qtbot, page)
    plan = page.groups._reshuffle_plan(page.groups.formation)
    expected = expected_groups(page, plan)
    page.groups_tab.reshuffle_button.click()
    assert at_the_click == []
    assert page.groups.formation.plan == plan
    assert member_ids(page) == expected
    # The next re-shuffle is formed ahead in turn, with this formation among the earlier ones.
    formed_ahead(qtbot, page)
    following = page.groups._reshuffle_plan(page.groups.formation)
    assert page.groups.ahead._asked[1] == following
    assert len(page.groups.ahead._asked[2]) == 3  # the two formed before, and this one
    expected = expected_groups(page, following)
    page.groups_tab.reshuffle_button.click()
    assert at_the_click == [] and member_ids(page) == expected


def test_a_check_in_after_forming_ahead_is_formed_at_the_click(
    qtbot, data_dir, tmp_path, at_the_click
) -> None:
    page = grouped_page(qtbot, data_dir, tmp_path)
    formed_ahead(qtbot, page)
    at_the_click.clear()
    present = [p.id for p in page.model.participants()[:18]]
    for participant_id in present:
        page.model.set_present(participant_id, True)
    page.groups_tab.reshuffle_button.click()  # before the quiet moment: nothing ready for this
    assert len(at_the_click) == 1
    grouped = sorted(pid for group in member_ids(page) for pid in group)
    assert grouped == sorted(present)


def test_after_an_undo_the_reshuffle_avoids_the_formations_left(
    qtbot, data_dir, tmp_path, at_the_click
) -> None:
    page = grouped_page(qtbot, data_dir, tmp_path)
    page.groups.undo_stack.undo()
    at_the_click.clear()
    formed_ahead(qtbot, page)
    assert len(page.groups.repo.earlier_groupings(page.session.id)) == 1
    plan = page.groups._reshuffle_plan(page.groups.formation)
    expected = expected_groups(page, plan)
    page.groups_tab.reshuffle_button.click()
    assert at_the_click == [] and member_ids(page) == expected


def test_nothing_is_formed_ahead_while_the_groups_tab_is_not_shown(
    qtbot, data_dir, tmp_path
) -> None:
    """Also when the quiet moment's timer, started while the groups were shown, runs out
    after another tab came to the front."""
    page = grouped_page(qtbot, data_dir, tmp_path)
    formed_ahead(qtbot, page)
    page.groups.ahead.forget()
    page.groups._ahead_timer.start()  # as a refresh just before the switch leaves it
    page.tabs.setCurrentIndex(0)
    page.groups.refresh()
    qtbot.wait(3 * controller_module.FORM_AHEAD_AFTER_MS)
    assert not page.groups._ahead_timer.isActive()  # it ran out
    assert page.groups.ahead._future is None


def open_dialog(qtbot, page: PeoplePage, plan: GroupPlan) -> FormGroupsDialog:
    people, _ = page.groups.present_people()
    dialog = FormGroupsDialog(
        people,
        page.groups.activity_targets(),
        page.groups.repo.earlier_groupings(page.session.id),
        plan,
        members=page.groups._current_roster().members(),
        ahead=page.groups.ahead,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_form_groups_takes_the_groups_of_the_plan_shown(
    qtbot, data_dir, tmp_path, at_the_click
) -> None:
    page = grouped_page(qtbot, data_dir, tmp_path)
    at_the_click.clear()
    plan = GroupPlan(value=7, seed=4242, balance_gender=True, avoid_repeats=True)
    dialog = open_dialog(qtbot, page, plan)
    ahead = page.groups.ahead
    qtbot.waitUntil(lambda: ahead._asked is not None and ahead._asked[1] == plan and ahead.ready())
    dialog.try_form()
    assert at_the_click == []
    assert dialog.result_plan == plan
    assert dialog.result_groups == expected_groups(page, plan)


def test_a_plan_changed_just_before_the_press_is_formed_at_the_press(
    qtbot, data_dir, tmp_path, at_the_click
) -> None:
    page = grouped_page(qtbot, data_dir, tmp_path)
    at_the_click.clear()
    plan = GroupPlan(value=7, seed=4242, avoid_repeats=True)
    dialog = open_dialog(qtbot, page, plan)
    ahead = page.groups.ahead
    qtbot.waitUntil(lambda: ahead._asked is not None and ahead._asked[1] == plan and ahead.ready())
    dialog.seed_spin.setValue(99)
    dialog.value_spin.setValue(5)
    assert dialog._ahead_timer.interval() == dialog_module.FORM_AHEAD_AFTER_MS
    dialog.try_form()
    assert at_the_click == [99]
    assert dialog.result_groups == expected_groups(page, dialog.plan())
    assert len(dialog.result_groups) == 5


def test_the_form_groups_button_opens_a_dialog_whose_plan_is_formed_ahead(
    qtbot, data_dir, tmp_path, at_the_click
) -> None:
    """Through the Groups tab's own button: the modal dialog forms its plan ahead, the press
    takes those groups, and they are saved and shown."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    page = grouped_page(qtbot, data_dir, tmp_path)
    at_the_click.clear()
    pressed: list[GroupPlan] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FormGroupsDialog)
        dialog.value_spin.setValue(4)
        ahead = page.groups.ahead
        qtbot.waitUntil(
            lambda: ahead._asked is not None and ahead._asked[1] == dialog.plan() and ahead.ready()
        )
        pressed.append(dialog.plan())
        dialog.form_button.click()

    QTimer.singleShot(0, press)
    page.groups_tab.form_button.click()
    (plan,) = pressed
    assert at_the_click == []
    assert page.groups.formation.plan == plan and len(page.groups.formation.groups) == 4
    earlier = page.groups.repo.earlier_groupings(page.session.id)[:-1]  # before this one
    members = page.groups._current_roster().members()
    assert member_ids(page) == form_groups(members, plan, earlier=earlier)
    # The closed dialog (its 500 people's rows) is not kept under the page.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not page.findChildren(FormGroupsDialog)
