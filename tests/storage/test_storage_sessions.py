"""SessionRepository: round trips, listing and search, editing the details (duplication,
trash and validation: test_storage_session_changes.py)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest

from facilitation.session import ReportLanguage, Session, SessionDay
from storage.agenda import AgendaRepository
from storage.database import open_store
from storage.sessions import NotFoundError, SessionRepository
from tests.storage.session_helpers import (
    TRICKY,
    FakeClock,
    all_ids,
    assert_uuid,
    dump,
    iso,
    make_activity,
    make_session,
)

# -- create / get --------------------------------------------------------------------------


def test_create_get_round_trip_preserves_everything_exactly(repo, clock):
    session = make_session(title="Sesi 🌱 <b>Cerdas</b> & Nurani " + TRICKY)
    created = repo.create(session)

    now = iso(clock.now())
    assert created.created_at == created.updated_at == now  # a new object: session is frozen
    got = repo.get(session.id)

    stamped = {"created_at": now, "updated_at": now}
    expected = replace(
        session,
        **stamped,
        days=tuple(
            replace(day, activities=tuple(replace(a, **stamped) for a in day.activities))
            for day in session.days
        ),
    )
    assert got == expected == created
    assert got.title == "Sesi 🌱 <b>Cerdas</b> & Nurani " + TRICKY
    assert got.days[0].activities[0].instructions == TRICKY
    assert got.days[0].activities[0].guiding_questions == (
        "Apa harapan Anda? 🤔",
        "<i>&nbsp;</i>",
        "",
    )
    assert [a.title for a in got.days[1].activities] == [
        "Bermain peran ✨",
        "Istirahat",
        "Refleksi",
    ]
    assert got.report_language is ReportLanguage.ENGLISH
    assert got.deleted_at is None


def test_text_is_stored_verbatim_in_the_file(repo, db):
    session = repo.create(make_session(title="<b>&amp;</b> 🎉"))
    row = db.execute(
        "SELECT title, organiser, venue FROM sessions WHERE id=?", [session.id]
    ).fetchone()
    assert row == (
        "<b>&amp;</b> 🎉",
        "Dinas Kesehatan — Kab. Sleman <b>&</b>",
        "Aula 'Merapi' 🏔️",
    )
    instructions = db.execute(
        "SELECT instructions FROM activities WHERE title=?", ["Pembukaan 🎉 <b>&</b>"]
    ).fetchone()[0]
    assert instructions == TRICKY


def test_round_trip_survives_closing_and_reopening(tmp_path, clock):
    data_dir = tmp_path / "data"
    opened = open_store(data_dir, take_backup=False)
    session = SessionRepository(opened.db, clock).create(make_session())
    before = SessionRepository(opened.db, clock).get(session.id)
    opened.db.close()

    reopened = open_store(data_dir, take_backup=False)
    try:
        assert SessionRepository(reopened.db, clock).get(session.id) == before
    finally:
        reopened.db.close()


def test_get_unknown_session_raises_not_found(repo):
    with pytest.raises(NotFoundError):
        repo.get(str(uuid.uuid4()))


def test_every_id_is_a_uuid(repo, db):
    original = repo.create(make_session())
    repo.duplicate(original.id, "Salinan")
    changed = repo.get(original.id)
    added = SessionDay(date=date(2025, 3, 12), activities=[make_activity("Baru")])
    repo.update_details(replace(changed, days=(*changed.days, added)))
    ids = all_ids(db)
    assert len(ids) == 2 * (1 + 2 + 5) + 1 + 1
    for value in ids:
        assert_uuid(value)
    assert len(set(ids)) == len(ids)


def test_timestamps_are_set_and_updated_at_moves(repo, db, clock):
    session = repo.create(make_session())
    first = iso(clock.now())
    for table in ("sessions", "session_days", "activities"):
        stamps = set(db.execute(f"SELECT created_at, updated_at FROM {table}").fetchall())
        assert stamps == {(first, first)}, table

    second = clock.advance(minutes=5)
    updated = repo.update_details(replace(session, title="Judul baru"))
    assert updated.updated_at == second
    assert db.execute("SELECT created_at, updated_at FROM sessions").fetchone() == (
        first,
        second,
    )
    got = repo.get(session.id)
    assert (got.created_at, got.updated_at) == (first, second)
    assert repo.list()[0].updated_at == second

    third = clock.advance(seconds=1)
    repo.move_to_trash(session.id)
    assert repo.get(session.id).updated_at == third
    assert repo.get(session.id).deleted_at == third
    fourth = clock.advance(microseconds=1)
    repo.restore(session.id)
    assert repo.get(session.id).updated_at == fourth
    assert first < second < third < fourth


def test_timestamps_are_utc_even_when_the_clock_is_not(db):
    wib = timezone(timedelta(hours=7))
    clock = FakeClock(datetime(2025, 6, 1, 7, 0, tzinfo=wib))
    session = SessionRepository(db, clock).create(make_session())
    assert session.created_at == "2025-06-01T00:00:00.000000+00:00"


# -- list ----------------------------------------------------------------------------------


@pytest.fixture
def several(repo, clock):
    def day(d: date, n: int = 0) -> SessionDay:
        return SessionDay(date=d, activities=[make_activity(f"A{i}") for i in range(n)])

    made = {
        "march": repo.create(
            Session(
                title="Budaya Kerja Maret",
                organiser="Dinas Kesehatan Sleman",
                venue="Aula Merapi",
                days=[day(date(2025, 3, 11), 2), day(date(2025, 3, 10), 1)],
            )
        ),
        "may_b": repo.create(
            Session(
                title="Zona Integritas",
                organiser="BPKP",
                venue="Hotel Tugu",
                days=[day(date(2025, 5, 2))],
            )
        ),
        "may_a": repo.create(
            Session(
                title="Anti Korupsi",
                organiser="KPK",
                venue="Gedung Merah Putih",
                days=[day(date(2025, 5, 2), 3)],
            )
        ),
        "january": repo.create(
            Session(
                title="Belum lengkap",
                organiser="Puskesmas Depok",
                days=[day(date(2025, 1, 20))],
            )
        ),
        "trashed": repo.create(
            Session(
                title="Budaya Kerja lama",
                organiser="Sleman",
                days=[day(date(2030, 1, 1))],
            )
        ),
    }
    clock.advance(seconds=1)
    repo.move_to_trash(made["trashed"].id)
    return made


def test_list_orders_by_first_date_newest_first_then_title(repo, several):
    summaries = repo.list()
    assert [s.id for s in summaries] == [
        several["may_a"].id,
        several["may_b"].id,
        several["march"].id,
        several["january"].id,
    ]
    march = summaries[2]
    assert march.first_date == date(2025, 3, 10)
    assert (march.day_count, march.activity_count) == (2, 3)
    assert (march.title, march.organiser, march.venue) == (
        "Budaya Kerja Maret",
        "Dinas Kesehatan Sleman",
        "Aula Merapi",
    )
    assert summaries[3].first_date == date(2025, 1, 20)
    assert (summaries[3].day_count, summaries[3].activity_count) == (1, 0)
    assert all(s.deleted_at is None for s in summaries)


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("budaya", ["march"]),  # title, case-insensitive
        ("  KERJA maret ", ["march"]),  # surrounding blanks ignored
        ("sleman", ["march"]),  # organiser
        ("kpk", ["may_a"]),
        ("tugu", ["may_b"]),  # venue
        ("merah putih", ["may_a"]),
        ("merapi", ["march"]),
        ("ta", ["may_b", "march"]),  # Zona Integritas / Dinas Kesehatan
        ("ke", ["march", "january"]),  # Kerja, Kesehatan / Puskesmas
        ("tidak ada", []),
        ("", ["may_a", "may_b", "march", "january"]),
    ],
)
def test_list_searches_title_organiser_and_venue(repo, several, search, expected):
    assert [s.id for s in repo.list(search)] == [several[key].id for key in expected]


def test_list_of_trash_is_separate(repo, several):
    in_trash = repo.list(in_trash=True)
    assert [s.id for s in in_trash] == [several["trashed"].id]
    assert in_trash[0].deleted_at is not None
    assert repo.list("sleman", in_trash=True)[0].id == several["trashed"].id
    assert repo.list("zona", in_trash=True) == []


def test_list_search_treats_percent_and_underscore_literally(repo):
    def titled(title: str) -> Session:
        day = SessionDay(date=date(2025, 1, 1))
        return repo.create(Session(title=title, days=[day]))

    percent = titled("Target 100% kepatuhan")
    titled("100 hari kerja")
    underscore = titled("modul_a")
    titled("modulXa")
    backslash = titled("C:\\data")
    assert [s.id for s in repo.list("100%")] == [percent.id]
    assert [s.id for s in repo.list("modul_a")] == [underscore.id]
    assert [s.id for s in repo.list("c:\\")] == [backslash.id]


# -- update_details ------------------------------------------------------------------------


def test_update_details_changes_fields_and_days(repo, db, clock):
    session = repo.create(make_session())
    first_day, second_day = session.days
    second_day_activity_ids = [a.id for a in second_day.activities]
    rows_before = db.execute("SELECT count(*) FROM activities").fetchone()[0]

    now = clock.advance(hours=1)
    read = repo.get(session.id)
    new_day = SessionDay(date=date(2025, 3, 13), activities=[make_activity("Hari baru")])
    edited = replace(
        read,
        title="Judul 🆕 <baru>",
        organiser="Organiser & co",
        venue="",
        facilitators=["Seorang saja"],
        objectives=[],
        report_language=ReportLanguage.INDONESIAN,
        # the second day is removed
        days=[replace(read.days[0], start=time(7, 45), end=time(12, 0)), new_day],
    )
    repo.update_details(edited)

    got = repo.get(session.id)
    assert (got.title, got.organiser, got.venue) == (
        "Judul 🆕 <baru>",
        "Organiser & co",
        "",
    )
    assert got.facilitators == ("Seorang saja",)
    assert got.objectives == ()
    assert got.report_language is ReportLanguage.INDONESIAN
    assert [d.id for d in got.days] == [first_day.id, new_day.id]
    assert (got.days[0].start, got.days[0].end) == (time(7, 45), time(12, 0))
    assert [a.id for a in got.days[0].activities] == [a.id for a in first_day.activities]
    assert [a.title for a in got.days[1].activities] == ["Hari baru"]

    # The removed day and its activities went to the trash: the rows still exist.
    day_row = db.execute(
        "SELECT deleted_at FROM session_days WHERE id=?", [second_day.id]
    ).fetchone()
    assert day_row == (now,)
    for activity_id in second_day_activity_ids:
        row = db.execute(
            "SELECT deleted_at, updated_at, day_id FROM activities WHERE id=?",
            [activity_id],
        ).fetchone()
        assert row == (now, now, second_day.id)
    assert db.execute("SELECT count(*) FROM activities").fetchone()[0] == rows_before + 1
    summary = repo.list()[0]
    assert (summary.day_count, summary.activity_count) == (2, 2 + 1)
    # Activities of a trashed day are not offered as individually restorable.
    assert AgendaRepository(db, clock).trashed(session.id) == []


def test_update_details_does_not_touch_kept_activities(repo, db, clock):
    session = repo.create(make_session())
    before = db.execute("SELECT * FROM activities ORDER BY id").fetchall()
    clock.advance(minutes=1)
    repo.update_details(replace(session, venue="Tempat lain"))
    assert db.execute("SELECT * FROM activities ORDER BY id").fetchall() == before


def test_update_details_of_unknown_session_writes_nothing(repo, db):
    repo.create(make_session())
    before = dump(db)
    with pytest.raises(NotFoundError):
        repo.update_details(make_session(title="Tidak ada"))
    assert dump(db) == before
