"""The sample session comes with a small room to try in Bahasa Indonesia (English where the
sample is English), each question under the activity it belongs to; a store that already has
its sample keeps it as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from facilitation.library import Library
from facilitation.room.questions import QuestionKind
from storage.database import open_store
from storage.room.store import RoomStore
from storage.sample import ensure_sample_session
from tests.conftest import SAMPLE_DAY
from tests.storage.room_helpers import as_an_older_sample

K = QuestionKind
EXPECTED = {
    "pembukaan": [K.PRE_TEST] * 5,
    "permainan_energizer": [K.WORD_CLOUD, K.POLL_SINGLE],
    "ceramah": [K.SCALE, K.IDEAS],
    "pleno": [K.QUIZ] * 5,
    "komitmen_bersama": [K.COMMITMENT],
    "penutupan": [K.POST_TEST] * 5 + [K.REACTION],
}
BERAKHLAK = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Kolaboratif")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_sample_has_a_room_to_try(tmp_path: Path, library: Library, lang: str) -> None:
    opened = open_store(tmp_path / "data", take_backup=False)
    try:
        session = ensure_sample_session(opened.db, library, lang, SAMPLE_DAY)
        assert session is not None
        questions = RoomStore(opened.db).questions.questions(session.id)
        by_activity = {
            a.method_key: [q.kind for q in questions if q.activity_id == a.id]
            for day in session.days
            for a in day.activities
        }
        assert {k: v for k, v in by_activity.items() if v} == EXPECTED
        cloud = next(q for q in questions if q.kind is K.WORD_CLOUD)
        assert cloud.max_words == 1
        if lang == "id":
            assert cloud.prompt == "Satu kata untuk budaya kerja di kantor kita"
            prompts = " ".join(q.prompt for q in questions if q.kind is K.QUIZ)
            assert all(value in prompts for value in BERAKHLAK)
        else:
            assert cloud.prompt == "One word for the work culture in our office"
    finally:
        opened.db.close()


def test_pre_test_post_test_and_quiz_ask_the_same_items(builtin_session, db) -> None:
    questions = RoomStore(db).questions.questions(builtin_session.id)
    items = {
        kind: [(q.prompt, q.options, q.correct) for q in questions if q.kind is kind]
        for kind in (K.PRE_TEST, K.QUIZ, K.POST_TEST)
    }
    ordered = {kind: sorted(found) for kind, found in items.items()}
    assert ordered[K.PRE_TEST] == ordered[K.QUIZ] == ordered[K.POST_TEST]
    assert len(ordered[K.QUIZ]) == 5
    assert all(len(q.correct) == 1 for q in questions if q.kind is K.QUIZ)


def test_the_reaction_rates_the_agenda_and_the_facilitators(builtin_session, db) -> None:
    [reaction] = [q for q in RoomStore(db).questions.questions(builtin_session.id)
                  if q.kind is K.REACTION]  # fmt: skip
    rated = {target.key for target in reaction.targets}
    assert set(builtin_session.facilitators) <= rated
    assert any(a.id in rated for day in builtin_session.days for a in day.activities)
    assert len(reaction.options) == len(reaction.targets)


def test_a_store_that_has_its_sample_keeps_it_as_it_was(tmp_path: Path, library: Library) -> None:
    opened = open_store(tmp_path / "data", take_backup=False)
    try:
        session = ensure_sample_session(opened.db, library, "id", SAMPLE_DAY)
        assert session is not None
        as_an_older_sample(opened.db, session)  # made by an earlier version
        assert ensure_sample_session(opened.db, library, "id", date(2026, 3, 2)) is None
        assert RoomStore(opened.db).questions.questions(session.id) == []
    finally:
        opened.db.close()
