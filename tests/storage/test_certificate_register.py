"""The register of certificates: numbers from the pattern, never reused across reissues,
deletions, emptied trash and bundles; verification of a number and its check value."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from facilitation.certificates import CertificateError, CertificateSettings
from facilitation.jp import JpSettingsError
from storage.bundles import export_bundle, import_bundle
from storage.certificate_source import NoOneCompletedError, issue_certificates
from storage.certificates import CertificateRegister, VerifyStatus
from storage.jp import JpRepository, load_standing
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository
from storage.trash import empty_trash
from tests.jp_fixtures import make_jp_session
from tests.storage.session_helpers import dump

ISSUED = date(2026, 3, 11)


def test_standing_credits_each_person_from_attendance(db) -> None:
    made = make_jp_session(db)
    standing = load_standing(db, made.session.id)
    credits = [(c.credited_minutes, c.completed) for _p, c in standing.people]
    assert credits == [(360, True), (360, True), (225, False), (135, False), (0, False)]
    JpRepository(db).set_settings(made.session.id, 45, 60)
    standing = load_standing(db, made.session.id)
    assert [c.completed for _p, c in standing.people] == [True, True, True, False, False]


def test_numbers_follow_the_pattern_and_go_only_to_those_who_completed(db) -> None:
    made = make_jp_session(db)
    issued = issue_certificates(db, made.session.id, "id", ISSUED)
    assert [e.number for e in issued.entries] == ["001/SKP/BPSDM/2026", "002/SKP/BPSDM/2026"]
    assert [p.name for p in issued.batch.people] == ["Siti Rahmawati, S.Sos.", "Budi Santoso"]
    assert issued.batch.people[0].jp_text == "8"


def test_issuing_again_keeps_the_numbers(db) -> None:
    made = make_jp_session(db)
    first = issue_certificates(db, made.session.id, "id", ISSUED).entries
    again = issue_certificates(db, made.session.id, "en", ISSUED).entries
    assert first == again
    assert len(CertificateRegister(db).entries(made.session.id)) == 2


def test_a_corrected_reissue_keeps_its_number_with_a_revision(db) -> None:
    made = make_jp_session(db)
    first = issue_certificates(db, made.session.id, "id", ISSUED).entries[0]
    people = ParticipantRepository(db)
    siti = people.get(made.people[0].id)
    people.update(replace(siti, name="Siti Rahmawati, S.Sos., M.AP."))
    second = issue_certificates(db, made.session.id, "id", ISSUED).entries[0]
    assert second.number == first.number and second.revision == 1
    assert second.check_value != first.check_value
    register = CertificateRegister(db)
    assert register.verify(first.number, first.check_value).status == VerifyStatus.SUPERSEDED
    assert register.verify(second.number, second.check_value).status == VerifyStatus.VALID


def test_numbers_are_never_reused_after_deletion_and_emptied_trash(db) -> None:
    made = make_jp_session(db)
    issued = issue_certificates(db, made.session.id, "id", ISSUED).entries
    ParticipantRepository(db).move_to_trash([made.people[0].id])
    SessionRepository(db).move_to_trash(made.session.id)
    assert empty_trash(db) == 1
    assert CertificateRegister(db).entries() == []
    other = make_jp_session(db, "Pelatihan kedua")
    numbers = [e.number for e in issue_certificates(db, other.session.id, "id", ISSUED).entries]
    assert numbers == ["003/SKP/BPSDM/2026", "004/SKP/BPSDM/2026"]
    assert not {e.number for e in issued} & set(numbers)


def test_a_number_known_from_another_laptops_bundle_is_skipped(db, data_dir, tmp_path) -> None:
    made = make_jp_session(db)
    issue_certificates(db, made.session.id, "id", ISSUED)
    bundle = tmp_path / "pelatihan.lokakarya"
    export_bundle(db, made.session.id, bundle)
    # The other laptop: a fresh store that already numbered nothing.
    from storage.database import open_store

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = open_store(other_dir).db
    import_bundle(other, bundle, other_dir / "backups")
    assert len(CertificateRegister(other).entries()) == 2
    second = make_jp_session(other, "Pelatihan di laptop lain")
    numbers = [e.number for e in issue_certificates(other, second.session.id, "id", ISSUED).entries]
    assert numbers == ["003/SKP/BPSDM/2026", "004/SKP/BPSDM/2026"]
    # Its register says where the first two came from; only the issuing laptop confirms them.
    first = CertificateRegister(other).entries(made.session.id)[0]
    assert CertificateRegister(other).verify(first.number, first.check_value).status == (
        VerifyStatus.OTHER_LAPTOP
    )
    assert CertificateRegister(db).verify(first.number, first.check_value).status == (
        VerifyStatus.VALID
    )


def test_verification_refuses_wrong_and_unknown(db) -> None:
    made = make_jp_session(db)
    entry = issue_certificates(db, made.session.id, "id", ISSUED).entries[0]
    register = CertificateRegister(db)
    typed = entry.check_value.lower().replace("-", " ")
    assert register.verify(" " + entry.number, typed).status == VerifyStatus.VALID
    assert register.verify(entry.number, "AAAA-AAAA").status == VerifyStatus.WRONG_CHECK
    assert register.verify("999/SKP/BPSDM/2026", entry.check_value).status == (VerifyStatus.UNKNOWN)


@pytest.mark.attack("certificates")
def test_a_forged_register_row_does_not_verify(db) -> None:
    """A row written into the register with this laptop's name but a check value its key did
    not make (a hostile bundle, a hand-edited store) is not confirmed."""
    made = make_jp_session(db)
    entry = issue_certificates(db, made.session.id, "id", ISSUED).entries[0]
    db.execute("UPDATE certificate_register SET name='Orang Lain' WHERE id=?", [entry.id])
    status = CertificateRegister(db).verify(entry.number, entry.check_value).status
    assert status == VerifyStatus.WRONG_CHECK


@pytest.mark.attack("certificates")
@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        ("SKP/{org}/{year}", "pattern_without_no"),
        ("{no:03}/{unit}/{year}", "pattern_unknown_field"),
        ("{no:03/SKP", "pattern_unbalanced"),
        ("{no!r}/SKP", "pattern_bad_format"),
        ("{year:>20}/{no}", "pattern_bad_format"),
        ("{no:0300}", "pattern_bad_format"),
        ("{no}|{org}", "pattern_bad_character"),
        ("", "pattern_empty"),
        ("{no}" + "x" * 200, "pattern_too_long"),
        ("{0}/{no}", "pattern_unknown_field"),
        ("{no.__class__}", "pattern_unknown_field"),
    ],
)
def test_a_bad_pattern_is_refused_and_changes_nothing(db, pattern, key) -> None:
    made = make_jp_session(db)
    before = dump(db)
    with pytest.raises(CertificateError) as error:
        JpRepository(db).set_certificate_settings(
            made.session.id, CertificateSettings(number_pattern=pattern)
        )
    assert error.value.key == key
    assert dump(db) == before


@pytest.mark.attack("certificates")
def test_a_pattern_stored_by_a_bundle_is_checked_again_when_issuing(db) -> None:
    made = make_jp_session(db)
    db.execute("UPDATE certificate_settings SET number_pattern='{no.real}'")
    before = dump(db)
    with pytest.raises(CertificateError):
        issue_certificates(db, made.session.id, "id", ISSUED)
    assert dump(db) == before


@pytest.mark.attack("jp")
def test_out_of_range_jp_settings_change_nothing(db) -> None:
    made = make_jp_session(db)
    before = dump(db)
    with pytest.raises(JpSettingsError):
        JpRepository(db).set_settings(made.session.id, 0, 80)
    with pytest.raises(JpSettingsError):
        JpRepository(db).set_settings(made.session.id, 45, 120)
    assert dump(db) == before


@pytest.mark.attack("jp")
def test_a_damaged_jp_settings_row_falls_back_to_the_defaults(db) -> None:
    made = make_jp_session(db)
    JpRepository(db).set_settings(made.session.id, 45, 80)
    db.execute("UPDATE jp_settings SET jp_minutes=0")
    assert JpRepository(db).rules(made.session.id).jp_minutes == 45


def test_no_one_completed_means_no_certificates(db) -> None:
    made = make_jp_session(db)
    JpRepository(db).set_settings(made.session.id, 45, 100)
    db.execute("DELETE FROM attendance")
    with pytest.raises(NoOneCompletedError):
        issue_certificates(db, made.session.id, "id", ISSUED)
    assert CertificateRegister(db).entries() == []


def test_activity_decisions_change_the_jp(db) -> None:
    made = make_jp_session(db)
    opening = made.session.days[0].activities[0]
    repo = JpRepository(db)
    repo.set_counts(opening.id, True)
    assert load_standing(db, made.session.id).jp.days[0].planned_minutes == 255
    repo.set_counts(opening.id, None)
    assert load_standing(db, made.session.id).jp.days[0].planned_minutes == 225


def test_the_register_travels_in_a_bundle_and_back(db, tmp_path: Path) -> None:
    made = make_jp_session(db)
    issue_certificates(db, made.session.id, "id", ISSUED)
    bundle = tmp_path / "b.lokakarya"
    export_bundle(db, made.session.id, bundle)
    import_bundle(db, bundle, tmp_path / "backups")
    assert len(CertificateRegister(db).entries()) == 2


def test_a_run_day_credits_its_delivered_jp(db) -> None:
    """Day one ran short (the discussion was skipped): those present earn what was delivered,
    and the certificates say so."""
    from datetime import UTC, datetime, timedelta

    from facilitation.run_log import EventKind, RunEvent
    from storage.run_state import RunRepository

    made = make_jp_session(db)
    day = made.session.days[0]
    _opening, lecture, _break, discussion = day.activities
    start = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)

    def event(kind: str, activity, minutes: float, elapsed: float = 0.0) -> RunEvent:
        moment = start + timedelta(minutes=minutes)
        return RunEvent(EventKind(kind), activity.id, moment, elapsed, day_id=day.id)

    RunRepository(db).log(
        made.session.id,
        [
            event("start", lecture, 0),
            event("end", lecture, 90, 90 * 60),
            event("start", discussion, 100),
            event("skip", discussion, 101),
        ],
    )
    standing = load_standing(db, made.session.id)
    assert standing.jp.days[0].delivered_minutes == 90
    assert standing.jp.credit_minutes == 90 + 135
    siti = standing.people[0][1]
    assert (siti.credited_minutes, siti.completed) == (225, True)
    made_ayu = standing.people[2][1]  # day one only: 90 of 225 is 40 %
    assert (made_ayu.attendance_percent, made_ayu.completed) == (40, False)
    entry = issue_certificates(db, made.session.id, "id", ISSUED).entries[0]
    assert entry.jp_text == "5"


def test_a_certificate_shows_the_rank_from_the_roster(db) -> None:
    made = make_jp_session(db)
    participants = ParticipantRepository(db)
    first = made.people[0]
    participants.update(replace(first, rank_grade="Penata / III.c"), before=first)
    issued = issue_certificates(db, made.session.id, "id", ISSUED)
    assert issued.batch.people[0].rank_grade == "Penata / III.c"
    assert issued.batch.people[1].rank_grade == ""
