"""The session's list is read from plain tuples in the participant's field order: it must give
exactly what reading each participant on its own gives, a gender from a newer version read as
unknown."""

from __future__ import annotations

import logging

import pytest

from facilitation.participants import Gender, Participant
from storage.participants import ParticipantRepository
from tests.report_fixtures import sample_session


def test_the_list_reads_what_each_participant_reads(db) -> None:
    session = sample_session(db)
    people = ParticipantRepository(db)
    people.add(session.id, Participant(name="Sri Wahyuni", nip="198003122005012001"))
    people.add(
        session.id,
        Participant(
            name="Ahmad",
            position="Analis",
            institution="Dinas Kominfo",
            gender=Gender.MALE,
            phone="+62 812-3456-7890",
            email="ahmad@example.go.id",
            rank_grade="Penata / III.c",
            birth_place="Bogor",
            birth_date="1980-03-12",
        ),
    )
    listed = people.list(session.id)
    assert listed and listed == [people.get(person.id) for person in listed]
    assert [person.number for person in listed] == sorted(person.number for person in listed)


@pytest.mark.attack("data from newer versions")
def test_a_gender_this_version_lacks_reads_as_unknown(db, caplog) -> None:
    session = sample_session(db)
    people = ParticipantRepository(db)
    person = people.add(session.id, Participant(name="Rina", gender=Gender.FEMALE))
    db.execute("UPDATE participants SET gender='nonbinary' WHERE id=?", [person.id])
    with caplog.at_level(logging.WARNING):
        listed = [p for p in people.list(session.id) if p.id == person.id]
    assert listed[0].gender == Gender.UNKNOWN
    assert listed == [people.get(person.id)]
    assert "participants.gender" in caplog.text
