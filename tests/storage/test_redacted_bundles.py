"""A redacted bundle carries no NIP, phone or e-mail: not in the participants' columns, the
notes' text and speakers, the session's details or anything else typed; it still imports."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from facilitation.notes import Note
from facilitation.participants import Participant
from facilitation.redaction import REDACTED_MARK
from storage.bundle_check import DATA, MANIFEST
from storage.bundles import export_bundle, import_bundle
from storage.database import open_store
from storage.notes import NoteRepository
from storage.participants import ParticipantRepository
from storage.sessions import SessionRepository
from tests.report_fixtures import fill_day, sample_session

NIP = "19880612 201503 1 002"
PHONE = "+62 (812) 7777-6666"
EMAIL = "budi.santoso+pelatihan@bkd.jatengprov.go.id"


def _with_pii(what: str) -> str:
    return f"{what} NIP {NIP}, WA {PHONE}, surel {EMAIL}"


def _leaks(text: str) -> list[str]:
    digits = re.sub(r"\D", "", text)
    found = [s for s in ("198806122015031002", "8127777", "77776666") if s in digits]
    return found + [marker for marker in ("@", "jatengprov") if marker in text]


@pytest.fixture
def exported(data_dir: Path, tmp_path: Path):
    opened = open_store(data_dir)
    db = opened.db
    session = sample_session(db)
    fill_day(db, session, people=6, notes_per_activity=1)
    sessions = SessionRepository(db)
    session = replace(
        sessions.get(session.id),
        title=_with_pii("Pelatihan"),
        organiser=_with_pii("BKD"),
        facilitators=[_with_pii("Dra. Sri Lestari")],
        objectives=[_with_pii("Tujuan")],
    )
    sessions.update_details(session)
    ParticipantRepository(db).add(
        session.id,
        Participant(
            name=_with_pii("Budi Santoso"),
            nip=NIP.replace(" ", ""),
            phone="081277776666",
            email=EMAIL,
            institution=_with_pii("Dinas"),
        ),
    )
    NoteRepository(db).add(
        Note(
            session_id=session.id,
            activity_id=session.days[0].activities[1].id,
            text=_with_pii("Usul: hubungi"),
            speaker=_with_pii("Budi"),
            tags=[_with_pii("tag")],
        )
    )
    plain, redacted = tmp_path / "plain.lokakarya", tmp_path / "redacted.lokakarya"
    export_bundle(db, session.id, plain)
    export_bundle(db, session.id, redacted, redact=True)
    yield db, plain, redacted
    db.close()


def _contents(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(MANIFEST).decode() + archive.read(DATA).decode()


@pytest.mark.attack("redaction leaks")
def test_a_redacted_bundle_carries_no_personal_data(exported):
    _db, plain, redacted = exported
    assert _leaks(_contents(plain))
    assert _leaks(_contents(redacted)) == []
    tables = json.loads(zipfile.ZipFile(redacted).read(DATA))["tables"]
    note = next(n for n in tables["notes"] if n["text"].startswith("Usul"))
    assert (
        note["text"]
        == f"Usul: hubungi NIP {REDACTED_MARK}, WA {REDACTED_MARK}, surel {REDACTED_MARK}"
    )
    assert note["speaker"].startswith("Budi NIP")
    assert json.loads(note["tags"]) == [
        f"tag NIP {REDACTED_MARK}, WA {REDACTED_MARK}, surel {REDACTED_MARK}"
    ]
    person = next(p for p in tables["participants"] if p["name"].startswith("Budi Santoso"))
    assert not {"nip", "phone", "email"} & set(person)  # absent, not emptied (format 2)
    assert json.loads(tables["sessions"][0]["facilitators"])[0].startswith("Dra. Sri Lestari")


@pytest.mark.attack("redaction leaks")
def test_a_redacted_bundle_still_imports_elsewhere(exported, tmp_path: Path):
    _db, _plain, redacted = exported
    other = open_store(tmp_path / "other")
    try:
        summary = import_bundle(other.db, redacted, tmp_path / "backups")
        assert summary.session_id
        texts = [row[0] for row in other.db.execute("SELECT text FROM notes")]
        assert texts and _leaks("\n".join(texts)) == []
        found = other.db.execute(
            "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'hubungi'"
        ).fetchone()[0]
        assert found == 1
    finally:
        other.db.close()
