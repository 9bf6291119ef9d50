"""A GUI edit never writes a whole cached row back over newer data: the UI reads a row, a
second connection (another note-taker's merge, a command-line import) changes another column,
the UI saves its edit; the other column's newer value is kept."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from facilitation.evaluation import ReactionTally, ReactionTarget, TestScore
from facilitation.notes import Note
from facilitation.participants import Participant
from facilitation.session import Session
from facilitation.workplans import Commitment, WorkPlanItem
from storage.agenda import AgendaRepository
from storage.database import DB_FILENAME, connect
from storage.evaluation import EvaluationRepository
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository
from storage.workplans import CommitmentRepository, WorkPlanRepository


@pytest.fixture
def other(data_dir: Path, db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A second connection to the same store, as a merge or the command line would have."""
    second = connect(data_dir / DB_FILENAME)
    yield second
    second.close()


@pytest.mark.attack("concurrent writers")
def test_participant_edit_keeps_a_newer_phone(db, other, builtin_session: Session) -> None:
    ui = ParticipantRepository(db)
    stored = ui.add(builtin_session.id, Participant(name="Siti", phone="0811"))
    before = ui.get(stored.id)  # what the People page shows
    ParticipantRepository(other).update(
        Participant(**{**before.__dict__, "phone": "0822"}), before=before
    )

    after = copy.deepcopy(before)
    after.name = "Siti Aminah"
    ui.update(after, before=before)

    saved = ui.get(stored.id)
    assert (saved.name, saved.phone) == ("Siti Aminah", "0822")


@pytest.mark.attack("concurrent writers")
def test_undo_of_a_participant_edit_keeps_the_newer_phone(
    db, other, builtin_session: Session
) -> None:
    ui = ParticipantRepository(db)
    before = ui.add(builtin_session.id, Participant(name="Siti", phone="0811"))
    before = ui.get(before.id)
    after = copy.deepcopy(before)
    after.name = "Siti Aminah"
    ui.update(after, before=before)
    other.execute("UPDATE participants SET phone='0822' WHERE id=?", [before.id])
    other.conn.commit()

    ui.update(copy.deepcopy(before), before=after)  # undo

    saved = ui.get(before.id)
    assert (saved.name, saved.phone) == ("Siti", "0822")


@pytest.mark.attack("concurrent writers")
def test_activity_edit_keeps_newer_instructions(db, other, builtin_session: Session) -> None:
    ui = AgendaRepository(db)
    before = copy.deepcopy(SessionRepository(db).get(builtin_session.id).days[0].activities[0])
    other.execute("UPDATE activities SET instructions='Bentuk lingkaran.' WHERE id=?", [before.id])
    other.conn.commit()

    after = replace(before, title="Perkenalan singkat")
    ui.update(after, before=before)

    saved = next(
        a
        for a in SessionRepository(db).get(builtin_session.id).days[0].activities
        if a.id == before.id
    )
    assert (saved.title, saved.instructions) == ("Perkenalan singkat", "Bentuk lingkaran.")


@pytest.mark.attack("concurrent writers")
def test_note_edit_keeps_a_newer_speaker(db, other, builtin_session: Session) -> None:
    ui = NoteRepository(db)
    before = copy.deepcopy(ui.add(Note(session_id=builtin_session.id, text="Usul: apel pagi")))
    other.execute("UPDATE notes SET speaker='Pak Budi' WHERE id=?", [before.id])
    other.conn.commit()

    after = copy.deepcopy(before)
    after.text = "Usul: apel pagi setiap Senin"
    ui.update(after, before=before)

    saved = ui.get(before.id)
    assert (saved.text, saved.speaker) == ("Usul: apel pagi setiap Senin", "Pak Budi")


@pytest.mark.attack("concurrent writers")
def test_work_plan_edit_keeps_a_newer_person_in_charge(db, other, builtin_session: Session) -> None:
    ui = WorkPlanRepository(db)
    before = copy.deepcopy(ui.add(WorkPlanItem(session_id=builtin_session.id, action="Apel")))
    other.execute("UPDATE work_plan_items SET pic='Bu Rina' WHERE id=?", [before.id])
    other.conn.commit()

    after = copy.deepcopy(before)
    after.action = "Apel pagi"
    ui.update(after, before)

    saved = ui.items(builtin_session.id)[0]
    assert (saved.action, saved.pic) == ("Apel pagi", "Bu Rina")


@pytest.mark.attack("concurrent writers")
def test_commitment_edit_keeps_a_newer_owner(db, other, builtin_session: Session) -> None:
    ui = CommitmentRepository(db)
    before = copy.deepcopy(ui.add(Commitment(session_id=builtin_session.id, text="Tepat waktu")))
    other.execute("UPDATE commitments SET owner_label='Kelompok 2' WHERE id=?", [before.id])
    other.conn.commit()

    after = copy.deepcopy(before)
    after.text = "Selalu tepat waktu"
    ui.update(after, before)

    saved = ui.commitments(builtin_session.id)[0]
    assert (saved.text, saved.owner_label) == ("Selalu tepat waktu", "Kelompok 2")


MERGED_DAY = "6f1c2a9e-8f7b-4c1e-9a55-1d2e3f4a5b6c"  # ids look like the app's own


@pytest.mark.attack("concurrent writers")
def test_session_details_keep_a_newer_venue_and_a_merged_day(
    db, other, builtin_session: Session
) -> None:
    ui = SessionRepository(db)
    before = copy.deepcopy(ui.get(builtin_session.id))  # what the details dialog shows
    last = before.days[-1]
    extra = replace(
        last, id=MERGED_DAY, date=last.date.replace(year=last.date.year + 1), activities=()
    )
    merged = replace(before, venue="Aula BKPSDM", days=(*before.days, extra))
    SessionRepository(other).update_details(merged, before=before)

    after = replace(before, title="Budaya Kerja BerAKHLAK (angkatan 2)")
    ui.update_details(after, before=before)

    saved = ui.get(builtin_session.id)
    assert saved.title == "Budaya Kerja BerAKHLAK (angkatan 2)"
    assert saved.venue == "Aula BKPSDM"
    assert MERGED_DAY in [day.id for day in saved.days]


def test_a_plain_save_without_before_still_writes_every_field(db, builtin_session: Session) -> None:
    ui = ParticipantRepository(db)
    person = ui.add(builtin_session.id, Participant(name="Siti", phone="0811"))
    person.phone = ""
    person.name = "Siti A."
    ui.update(person)
    assert (ui.get(person.id).name, ui.get(person.id).phone) == ("Siti A.", "")


@pytest.mark.attack("concurrent writers")
def test_reaction_counts_keep_a_count_entered_meanwhile(db, other, builtin_session) -> None:
    ui = EvaluationRepository(db)
    first = ui.save_tally(
        ReactionTally(builtin_session.id, ReactionTarget.FACILITATOR, "Bu Ani", "Bu Ani")
    )
    before = copy.deepcopy(first)
    other.execute("UPDATE reaction_tallies SET count_5=7 WHERE id=?", [first.id])
    other.conn.commit()

    after = copy.deepcopy(before)
    after.counts[3] = 4
    ui.save_tally(after, before)

    assert ui.tallies(builtin_session.id)[0].counts == [0, 0, 0, 4, 7]


@pytest.mark.attack("concurrent writers")
def test_a_post_test_entry_keeps_a_newer_pre_test(db, other, builtin_session) -> None:
    ui = EvaluationRepository(db)
    before = copy.deepcopy(ui.save_score(TestScore(builtin_session.id, "Siti")))
    other.execute("UPDATE test_scores SET pre_score=60 WHERE id=?", [before.id])
    other.conn.commit()

    after = copy.deepcopy(before)
    after.post = 85
    ui.save_score(after, before)

    saved = ui.scores(builtin_session.id)[0]
    assert (saved.pre, saved.post) == (60, 85)
