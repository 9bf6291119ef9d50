"""Answers from phones appear in the evaluation tabs and commitments, marked, and cannot be
typed over (they follow the phones)."""

from __future__ import annotations

import pytest

from facilitation.room.questions import QuestionKind, Target
from tests.storage.room_helpers import (
    DEVICE_A,
    DEVICE_B,
    add_people,
    as_an_older_sample,
    open_question,
)
from tests.ui.ui_helpers import make_context, page_context
from ui.notes.page import NotesPage


@pytest.fixture
def page(qtbot, data_dir):
    context = make_context(data_dir)
    session = context.sessions.get(context.sessions.list()[0].id)
    as_an_older_sample(context.db, session)  # its own pre-test drafts would count in Budi's
    room, sid = context.room, session.id
    (budi,) = add_people(context.db, session, "Budi")
    code = room.codes.ensure(sid)[budi]
    pre = open_question(room, session, QuestionKind.PRE_TEST)
    room.record_answer(sid, pre.id, DEVICE_A, "answer-0001", 1, code=code)
    first = session.days[0].activities[0]
    reaction = open_question(
        room,
        session,
        QuestionKind.REACTION,
        options=[first.title],
        targets=[Target("activity", first.id)],
    )
    room.record_answer(sid, reaction.id, DEVICE_B, "answer-0002", [5])
    promise = open_question(room, session, QuestionKind.COMMITMENT)
    room.record_answer(sid, promise.id, DEVICE_B, "answer-0003", "Datang tepat waktu")
    room.feed_record(sid)
    notes_page = NotesPage(page_context(context))
    qtbot.addWidget(notes_page)
    notes_page.open_session(sid)
    notes_page.show()
    return notes_page


def test_phone_rows_are_marked_and_read_only(qtbot, page) -> None:
    page.tabs.setCurrentIndex(page.EVALUATION_TAB)  # a tab reads its session when shown
    prepost = page.evaluation.prepost
    name = prepost.model.index(0, 0)
    assert prepost.model.data(name) == "Budi (from phones)"
    prepost.model.setData(prepost.model.index(0, 1), "10")
    assert "phones" in prepost.message.text()
    assert prepost.repo.scores(page.session.id)[0].pre == 100
    reaction = page.evaluation.reaction
    labels = [reaction.model.data(reaction.model.index(r, 0)) for r in range(2)]
    assert labels[1] == f"{labels[0]} (from phones)"
    assert reaction.model.records[1].counts == [0, 0, 0, 0, 1]
    page.tabs.setCurrentIndex(page.COMMITMENTS_TAB)
    commitments = page.commitments
    assert commitments.model.data(commitments.model.index(0, 2)) == (
        "Datang tepat waktu (from phones)"
    )
