"""Rank/grade, birth place and birth date: stored through the migration, checked by meaning,
carried by bundles (older bundles without them still import), and left out of a redacted
bundle like the NIP (birth data is personal; the rank is not), a merge keeping the
receiver's values."""

from __future__ import annotations

import json
import zipfile

import pytest

from facilitation.participants import Participant, ParticipantError
from facilitation.redaction import redact_record
from facilitation.validation import RowValueError, check_row
from storage.bundle_check import DATA
from storage.bundles import bundle_contents, export_bundle, import_bundle
from storage.database import open_store
from storage.migrations import LATEST_VERSION, MIGRATIONS
from storage.participants import ParticipantRepository
from tests.report_fixtures import sample_session

DETAILS = {"rank_grade": "Pembina / IV.a", "birth_place": "Jakarta", "birth_date": "1978-03-12"}


@pytest.fixture
def laptops(tmp_path):
    home = open_store(tmp_path / "home", take_backup=False).db
    session = sample_session(home)
    people = ParticipantRepository(home)
    person = people.add(session.id, Participant(name="Ahmad", **DETAILS))
    away = open_store(tmp_path / "away", take_backup=False).db
    full = tmp_path / "full.lokakarya"
    export_bundle(home, session.id, full)
    import_bundle(away, full, tmp_path / "backups")
    yield session, person, home, away, tmp_path
    home.close()
    away.close()


def test_the_details_are_stored_and_read_back(laptops):
    _session, person, home, away, _tmp = laptops
    for db in (home, away):
        stored = ParticipantRepository(db).get(person.id)
        assert {name: getattr(stored, name) for name in DETAILS} == DETAILS


def test_the_migration_adds_the_columns_with_empty_defaults(tmp_path):
    db = open_store(tmp_path / "data", take_backup=False).db
    columns = {row[1]: row for row in db.execute("PRAGMA table_info(participants)")}
    for name in DETAILS:
        assert columns[name][2] == "TEXT" and columns[name][4] == "''"
    assert len(MIGRATIONS) == LATEST_VERSION
    db.close()


@pytest.mark.attack("values by meaning")
@pytest.mark.parametrize("born", ["1978-02-30", "12-03-1978", "kemarin", "19780312"])
def test_a_birth_date_that_is_no_iso_date_is_refused(laptops, born):
    session, _person, home, _away, _tmp = laptops
    with pytest.raises(ParticipantError) as error:
        ParticipantRepository(home).add(session.id, Participant(name="Siti", birth_date=born))
    assert error.value.key == "birth_date_invalid"
    with pytest.raises(RowValueError):
        check_row("participants", {"id": "x", "name": "Siti", "birth_date": born})


def test_an_older_bundle_without_the_columns_still_imports(laptops, tmp_path):
    session, _person, home, _away, tmp = laptops
    bundle = tmp / "old.lokakarya"
    export_bundle(home, session.id, bundle)
    old = tmp / "older.lokakarya"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(old, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == DATA:
                tables = json.loads(data)
                for row in tables["tables"]["participants"]:
                    for name in DETAILS:
                        del row[name]
                data = json.dumps(tables).encode()
            target.writestr(info, data)
    fresh = open_store(tmp_path / "fresh", take_backup=False).db
    import_bundle(fresh, old, tmp / "backups")
    (person,) = ParticipantRepository(fresh).list(session.id)
    assert (person.rank_grade, person.birth_place, person.birth_date) == ("", "", "")
    fresh.close()


def test_a_redacted_bundle_leaves_birth_data_out_but_carries_the_rank(laptops):
    session, _person, home, _away, _tmp = laptops
    bundle = bundle_contents(home, session.id, redact=True)
    assert {"birth_place", "birth_date"} <= set(bundle.manifest["redacted_columns"]["participants"])
    (row,) = bundle.tables["participants"]
    assert "birth_place" not in row and "birth_date" not in row
    assert row["rank_grade"] == "Pembina / IV.a"
    assert redact_record({"birth_place": "Jakarta", "birth_date": "1978-03-12"}) == {
        "birth_place": "",
        "birth_date": "",
    }


@pytest.mark.attack("redacted merge")
def test_merging_a_redacted_bundle_keeps_the_receivers_birth_data(laptops):
    session, person, home, away, tmp = laptops
    people = ParticipantRepository(away)
    edited = people.get(person.id)
    edited.rank_grade = "Pembina Tk. I / IV.b"  # promoted: the rank travels
    people.update(edited)
    back = tmp / "redacted.lokakarya"
    export_bundle(away, session.id, back, redact=True)
    import_bundle(home, back, tmp / "backups")
    merged = ParticipantRepository(home).get(person.id)
    assert merged.rank_grade == "Pembina Tk. I / IV.b"
    assert (merged.birth_place, merged.birth_date) == ("Jakarta", "1978-03-12")
