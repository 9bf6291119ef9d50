"""Questions for phones prepared in the Plan: written in a dialog, reordered, removed and
imported from a sheet, every change stored at once and undoable."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from facilitation.room.questions import Question, QuestionKind
from tests.storage.room_helpers import as_an_older_sample
from tests.ui.plan.test_ui_agenda import open_sample, select_row
from ui.plan import question_dialog
from ui.plan.question_dialog import QuestionDialog
from ui.plan.question_import import QuestionImportDialog


def empty_first_activity(page) -> None:
    as_an_older_sample(page.context.app.db, page.session)
    page.questions.reload()


def new_question(qtbot, data_dir: Path, kind: QuestionKind, prompt: str) -> QuestionDialog:  # noqa: ANN001
    """The question dialog on a new question for the sample's first activity."""
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 0)
    blank = Question(page.session.id, page.selected_activity().id, kind, prompt)
    dialog = QuestionDialog(blank, page.session)
    qtbot.addWidget(dialog)
    return dialog


def stored(page) -> list[Question]:
    activity = page.selected_activity()
    return page.context.app.room.questions.questions(page.session.id, activity.id)


def test_a_quiz_is_written_with_its_correct_letter(qtbot, data_dir) -> None:
    dialog = new_question(qtbot, data_dir, QuestionKind.POLL_SINGLE, "")
    dialog.kind.setCurrentIndex(list(QuestionKind).index(QuestionKind.QUIZ))
    dialog.prompt.setPlainText("Apa kepanjangan KKN?")
    dialog.options.setPlainText("Kuliah kerja nyata\nKorupsi, kolusi, nepotisme\n")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # no correct answer yet
    assert "correct answer" in dialog.message.text()
    dialog.correct.setText("b")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.question().correct == [1]


def test_a_quiz_may_ask_for_the_personal_code_for_its_scores(qtbot, data_dir) -> None:
    dialog = new_question(qtbot, data_dir, QuestionKind.QUIZ, "Kuis")
    dialog.show()
    assert dialog.needs_code.isVisible() and not dialog.needs_code.isChecked()
    dialog.needs_code.setChecked(True)
    assert dialog.question().needs_code
    dialog.kind.setCurrentIndex(list(QuestionKind).index(QuestionKind.PRE_TEST))
    assert not dialog.needs_code.isVisible()  # a test always asks for it
    assert "needs_code" not in dialog.question().settings


def test_reaction_lines_rate_every_activity_and_facilitator(qtbot, data_dir) -> None:
    dialog = new_question(qtbot, data_dir, QuestionKind.REACTION, "Nilai")
    dialog.fill_reaction_lines()
    question = dialog.question()
    assert len(question.options) == len(question.targets) > 3
    assert {t.kind for t in question.targets} == {"activity", "facilitator"}


def test_questions_are_added_moved_removed_and_undone(qtbot, data_dir, monkeypatch) -> None:
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 0)
    empty_first_activity(page)  # the sample's own pre-test would be listed too
    panel = page.questions
    prompts = iter(["Siap belajar?", "Satu kata untuk hari ini"])

    class Typed:
        def __init__(self, question, _session, _parent) -> None:
            self.typed = question

        def exec(self) -> bool:
            self.typed.prompt = next(prompts)
            self.typed.kind = QuestionKind.SCALE
            return True

        def question(self) -> Question:
            return self.typed

    monkeypatch.setattr(question_dialog, "QuestionDialog", Typed)  # imported on use
    panel.add()
    panel.add()
    assert [q.prompt for q in stored(page)] == ["Siap belajar?", "Satu kata untuk hari ini"]
    assert panel.list.count() == 2
    panel.list.setCurrentRow(1)
    panel.move_selected(-1)
    assert stored(page)[0].prompt == "Satu kata untuk hari ini"
    panel.list.setCurrentRow(0)
    panel.remove_selected()
    assert [q.prompt for q in stored(page)] == ["Siap belajar?"]
    page.undo_stack.undo()  # the removal
    page.undo_stack.undo()  # the move
    assert [q.prompt for q in stored(page)] == ["Siap belajar?", "Satu kata untuk hari ini"]
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert stored(page) == [] and panel.list.count() == 0
    page.undo_stack.redo()
    assert [q.prompt for q in stored(page)] == ["Siap belajar?"]


@pytest.mark.attack("room")
def test_a_sheet_of_questions_previews_each_problem_and_imports_the_good_lines(
    qtbot, data_dir, tmp_path: Path
) -> None:
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 0)
    empty_first_activity(page)  # the sample's own pre-test would be listed too
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Pertanyaan", "A", "B", "C", "Kunci", "Jenis"])
    sheet.append(["Apa itu KKN?", "Korupsi, kolusi, nepotisme", "Kuliah kerja nyata", "", "A"])
    sheet.append(["Nilai dasar ASN?", "BerAKHLAK", "Sapta Marga", "", "D", "pre-test"])
    sheet.append(["=1+1", "2", "3", "", "A", "post-test"])
    book.save(tmp_path / "kuis.xlsx")
    dialog = QuestionImportDialog(page.context, page.session.id, page.selected_activity().id)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "kuis.xlsx")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    assert "not one of the options" in dialog.table.item(1, 5).text()
    assert "2 question(s) ready; 1 line(s)" in dialog.summary.text()
    page.questions.add_questions(dialog.questions(), "import")
    assert [q.prompt for q in stored(page)] == ["Apa itu KKN?", "=1+1"]
    assert stored(page)[1].kind is QuestionKind.POST_TEST


@pytest.mark.attack("room")
def test_a_file_that_is_no_sheet_is_refused_with_a_message(qtbot, data_dir, tmp_path) -> None:
    _window, page = open_sample(qtbot, data_dir)
    select_row(page, 0)
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    dialog = QuestionImportDialog(page.context, page.session.id, page.selected_activity().id)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "rusak.xlsx")
    qtbot.waitUntil(lambda: "cannot be read" in dialog.summary.text(), timeout=10_000)
    assert dialog.questions() == []
