"""The phones panel's "top scores on the wall": after a quiz, the best of those who answered
with their personal code go on the projector beside the countdown, by first name and initial
(never a NIP), ties sharing a rank; a phone without a code is counted, never named."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from facilitation.participants import Participant
from facilitation.room.questions import QuestionKind, QuestionState
from storage.participants import ParticipantRepository
from storage.room.store import RoomStore
from tests.fake_clock import FakeClock
from tests.ui.room.room_helpers import plan
from tests.ui.run.test_ui_run import open_run
from ui.run.room_panel import RoomPanel

SHOTS = os.environ.get("LOKAKARYA_SCREENSHOTS")
NIP = "198806122015031002"
PEOPLE = ("Budi Santoso", "Dr. Siti Aminah, M.Si.", "Rina Marlina", "Agus Salim")


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _quiz_answered(page) -> None:  # noqa: ANN001
    """Three quiz questions on the first activity: Siti 3 right, Budi and Rina 2, Agus 1;
    the last question also answered by a phone without a code."""
    db, session = page.context.app.db, page.controller.session
    repo = ParticipantRepository(db)
    ids = [repo.add(session.id, Participant(name=name)).id for name in PEOPLE]
    budi = repo.get(ids[0])
    budi.nip = NIP
    repo.update(budi)
    store = RoomStore(db, FakeClock())  # everyone as quick: Budi and Rina tie on time too
    codes = store.codes.ensure(session.id)
    quiz = [
        plan(db, session, QuestionKind.QUIZ, prompt=f"Soal {n}", settings={"needs_code": n < 2})
        for n in range(3)
    ]
    for question in quiz:
        store.questions.set_state(session.id, question.id, QuestionState.OPEN)
    right = {ids[1]: 3, ids[0]: 2, ids[2]: 2, ids[3]: 1}
    for p, (person, score) in enumerate(right.items()):
        for n, question in enumerate(quiz):
            choice = 1 if n < score else 0
            device, client = f"phone{p:04}x", f"answer-{p}-{n}"
            store.record_answer(session.id, question.id, device, client, choice, codes[person])
    store.record_answer(session.id, quiz[2].id, "phone-anonymous", "answer-anon", 1)


def test_the_top_scores_of_the_quiz_go_on_the_wall(qtbot, data_dir, tmp_path: Path) -> None:
    window, page = open_run(qtbot, data_dir)
    _quiz_answered(page)
    panel: RoomPanel = page.day_column.room_panel
    projector = page.context.projector
    assert not panel.top_button.isEnabled()  # before the activity is on: no quiz
    qtbot.keyClick(page, Qt.Key.Key_Space)  # the first activity is on
    panel.refresh_questions()
    click(qtbot, panel.fold_button)
    assert panel.top_button.isEnabled()
    panel.top_count.setValue(3)
    click(qtbot, panel.top_button)
    shown = projector.live_results
    assert shown is not None
    assert shown.ranking == ((1, "Siti A.", "3/3"), (2, "Budi S.", "2/3"), (2, "Rina M.", "2/3"))
    assert shown.title == "Quiz: the top 3"
    assert shown.caption == "4 ranked · 1 without a code"
    words = " ".join([shown.title, shown.caption, *(name for _r, name, _s in shown.ranking)])
    assert NIP not in words and "Santoso" not in words
    panel.top_count.setValue(5)
    assert len(projector.live_results.ranking) == 4
    projector.resize(1280, 720)
    image = projector.grab()
    assert not image.isNull() and image.width() == 1280
    image.save(str(tmp_path / "projector-top-scores.png"))
    if SHOTS:
        image.save(str(Path(SHOTS) / "projector-top-scores.png"))
    click(qtbot, panel.top_button)  # off: the wall is the countdown's again
    assert projector.live_results is None
    window.close()


def test_the_next_activity_takes_the_top_scores_off(qtbot, data_dir) -> None:
    window, page = open_run(qtbot, data_dir)
    _quiz_answered(page)
    panel: RoomPanel = page.day_column.room_panel
    qtbot.keyClick(page, Qt.Key.Key_Space)
    panel.refresh_questions()
    click(qtbot, panel.fold_button)
    click(qtbot, panel.top_button)
    assert page.context.projector.live_results is not None
    page.controller.next()  # the icebreaker: no quiz
    panel.refresh_questions()
    assert not panel.top_button.isChecked() and not panel.top_button.isEnabled()
    assert page.context.projector.live_results is None
    window.close()
