"""SessionRepository: round trips, search, edits, duplication, trash and validation."""

from __future__ import annotations

import copy
import sqlite3
import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from facilitation.activity import Activity, ActivityKind, Grouping
from facilitation.session import ReportLanguage, Session, SessionDay, ValidationError
from storage.agenda import AgendaRepository
from storage.database import open_store
from storage.sessions import NotFoundError, SessionRepository

START = datetime(2025, 3, 1, 8, 30, 0, 123456, tzinfo=UTC)

TRICKY = "Ibu Siti 🌱 <b>&amp;</b> & \"kutip\" 'tunggal' — é e\u0301 ß 漢字 \u200b\t\r\nakhir  "


class FakeClock:
    """A clock the test moves by hand (the Clock protocol: now() and monotonic())."""

    def __init__(self, start: datetime = START) -> None:
        self.moment = start
        self.seconds = 1000.0

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, **delta: float) -> str:
        step = timedelta(**delta)
        self.moment += step
        self.seconds += step.total_seconds()
        return iso(self.moment)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def repo(db, clock):
    return SessionRepository(db, clock)


def dump(db) -> list[str]:
    """Everything in the file, as SQL text, to compare before/after an operation."""
    return [
        *db.conn.iterdump(),
        f"user_version={db.execute('PRAGMA user_version').fetchone()[0]}",
    ]


def make_activity(title: str, minutes: int = 30, **extra) -> Activity:
    return Activity(title=title, kind=ActivityKind.LECTURE, planned_minutes=minutes, **extra)


def make_session(title: str = "Pelatihan Budaya Kerja", **extra) -> Session:
    days = extra.pop(
        "days",
        [
            SessionDay(
                date=date(2025, 3, 10),
                start=time(8, 0),
                end=time(16, 30),
                activities=[
                    Activity(
                        title="Pembukaan 🎉 <b>&</b>",
                        kind=ActivityKind.OPENING,
                        planned_minutes=15,
                        instructions=TRICKY,
                        guiding_questions=["Apa harapan Anda? 🤔", "<i>&nbsp;</i>", ""],
                        materials="Spidol & kertas plano\nproyektor",
                        grouping=Grouping.WHOLE_ROOM,
                        method_key="opening_circle",
                    ),
                    Activity(
                        title="Diskusi kelompok",
                        kind=ActivityKind.GROUP_DISCUSSION,
                        planned_minutes=90,
                        grouping=Grouping.GROUPS,
                    ),
                ],
            ),
            SessionDay(
                date=date(2025, 3, 11),
                start=time(9, 15),
                end=time(15, 45),
                activities=[
                    Activity(
                        title="Bermain peran ✨",
                        kind=ActivityKind.ROLE_PLAY,
                        planned_minutes=60,
                        grouping=Grouping.PAIRS,
                        instructions="Langkah 1 < langkah 2 && 3 > 2",
                    ),
                    make_activity("Istirahat", 15),
                    make_activity("Refleksi", 0),
                ],
            ),
        ],
    )
    return Session(
        title=title,
        organiser=extra.pop("organiser", "Dinas Kesehatan — Kab. Sleman <b>&</b>"),
        venue=extra.pop("venue", "Aula 'Merapi' 🏔️"),
        days=days,
        facilitators=extra.pop("facilitators", ["Ibu Siti 🌱", "Pak Budi & <i>tim</i>"]),
        objectives=extra.pop("objectives", [TRICKY, "Memahami nilai 'jujur' & \"adil\""]),
        report_language=extra.pop("report_language", ReportLanguage.ENGLISH),
        **extra,
    )


def all_ids(db) -> list[str]:
    ids = []
    for table in ("sessions", "session_days", "activities"):
        ids += [row[0] for row in db.execute(f"SELECT id FROM {table}")]
    return ids


def assert_uuid(value: str) -> None:
    parsed = uuid.UUID(value)
    assert str(parsed) == value
    assert parsed.version == 4


# -- create / get --------------------------------------------------------------------------


def test_create_get_round_trip_preserves_everything_exactly(repo, clock):
    session = make_session(title="Sesi 🌱 <b>Cerdas</b> & Nurani " + TRICKY)
    expected = copy.deepcopy(session)
    created = repo.create(session)

    now = iso(clock.now())
    assert created is session
    assert session.created_at == session.updated_at == now
    got = repo.get(session.id)

    expected.created_at = expected.updated_at = now
    for day in expected.days:
        for activity in day.activities:
            activity.created_at = activity.updated_at = now
    assert got == expected
    assert got.title == "Sesi 🌱 <b>Cerdas</b> & Nurani " + TRICKY
    assert got.days[0].activities[0].instructions == TRICKY
    assert got.days[0].activities[0].guiding_questions == [
        "Apa harapan Anda? 🤔",
        "<i>&nbsp;</i>",
        "",
    ]
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
    changed.days.append(SessionDay(date=date(2025, 3, 12), activities=[make_activity("Baru")]))
    repo.update_details(changed)
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
    session.title = "Judul baru"
    updated = repo.update_details(session)
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
    edited = repo.get(session.id)
    edited.title = "Judul 🆕 <baru>"
    edited.organiser = "Organiser & co"
    edited.venue = ""
    edited.facilitators = ["Seorang saja"]
    edited.objectives = []
    edited.report_language = ReportLanguage.INDONESIAN
    edited.days[0].start, edited.days[0].end = time(7, 45), time(12, 0)
    new_day = SessionDay(date=date(2025, 3, 13), activities=[make_activity("Hari baru")])
    edited.days = [edited.days[0], new_day]  # the second day is removed
    repo.update_details(edited)

    got = repo.get(session.id)
    assert (got.title, got.organiser, got.venue) == (
        "Judul 🆕 <baru>",
        "Organiser & co",
        "",
    )
    assert got.facilitators == ["Seorang saja"]
    assert got.objectives == []
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
    session.venue = "Tempat lain"
    repo.update_details(session)
    assert db.execute("SELECT * FROM activities ORDER BY id").fetchall() == before


def test_update_details_of_unknown_session_writes_nothing(repo, db):
    repo.create(make_session())
    before = dump(db)
    with pytest.raises(NotFoundError):
        repo.update_details(make_session(title="Tidak ada"))
    assert dump(db) == before


# -- duplicate -----------------------------------------------------------------------------


def test_duplicate_gives_new_ids_and_an_independent_copy(repo, db, clock):
    original = repo.create(make_session())
    original_snapshot = repo.get(original.id)
    clock.advance(days=1)
    copy_made = repo.duplicate(original.id, "Salinan — 🌱")
    copied = repo.get(copy_made.id)

    assert copied.title == "Salinan — 🌱"
    assert copied.id != original.id
    original_ids = {original.id, *(d.id for d in original.days)} | {
        a.id for d in original.days for a in d.activities
    }
    copy_ids = {copied.id, *(d.id for d in copied.days)} | {
        a.id for d in copied.days for a in d.activities
    }
    assert len(copy_ids) == len(original_ids) == 1 + 2 + 5
    assert not original_ids & copy_ids
    for value in copy_ids:
        assert_uuid(value)
    assert copied.created_at == iso(clock.now())

    # Same content apart from ids and timestamps.
    def content(session: Session):
        return (
            session.organiser,
            session.venue,
            session.facilitators,
            session.objectives,
            session.report_language,
            [
                (
                    d.date,
                    d.start,
                    d.end,
                    [
                        (
                            a.title,
                            a.kind,
                            a.planned_minutes,
                            a.instructions,
                            a.guiding_questions,
                        )
                        + (a.materials, a.grouping, a.method_key)
                        for a in d.activities
                    ],
                )
                for d in session.days
            ],
        )

    assert content(copied) == content(original_snapshot)

    # Changing the copy leaves the original alone.
    agenda = AgendaRepository(db, clock)
    first_activity = copied.days[0].activities[0]
    first_activity.title = "Diubah di salinan"
    agenda.update(first_activity)
    agenda.move_to_trash(copied.days[0].activities[1].id)
    agenda.insert(copied.days[1].id, make_activity("Hanya di salinan"), 0)
    copied = repo.get(copy_made.id)
    copied.days = copied.days[:1]
    copied.venue = "Tempat salinan"
    repo.update_details(copied)
    repo.move_to_trash(copy_made.id)

    assert repo.get(original.id) == original_snapshot


def test_duplicate_of_unknown_session_raises(repo, db):
    before = dump(db)
    with pytest.raises(NotFoundError):
        repo.duplicate(str(uuid.uuid4()), "x")
    assert dump(db) == before


def test_duplicate_of_trashed_session_is_not_in_trash(repo, clock):
    original = repo.create(make_session())
    repo.move_to_trash(original.id)
    copied = repo.duplicate(original.id, "Dari tempat sampah")
    assert repo.get(copied.id).deleted_at is None
    assert [s.id for s in repo.list()] == [copied.id]


# -- trash ---------------------------------------------------------------------------------


def test_move_to_trash_and_restore(repo, clock):
    session = repo.create(make_session())
    other = repo.create(make_session(title="Lain"))
    stamp = clock.advance(seconds=30)
    repo.move_to_trash(session.id)
    assert [s.id for s in repo.list()] == [other.id]
    assert [s.id for s in repo.list(in_trash=True)] == [session.id]
    trashed = repo.get(session.id)
    assert trashed.in_trash and trashed.deleted_at == stamp
    assert len(trashed.days) == 2  # nothing else is touched

    clock.advance(seconds=30)
    repo.restore(session.id)
    assert repo.list(in_trash=True) == []
    assert {s.id for s in repo.list()} == {session.id, other.id}
    restored = repo.get(session.id)
    assert restored.deleted_at is None
    trashed.deleted_at = None
    trashed.updated_at = restored.updated_at
    assert restored == trashed


def test_trash_and_restore_of_unknown_session_raise(repo, db):
    repo.create(make_session())
    before = dump(db)
    with pytest.raises(NotFoundError):
        repo.move_to_trash("nope")
    with pytest.raises(NotFoundError):
        repo.restore("nope")
    assert dump(db) == before


# -- validation ----------------------------------------------------------------------------


def invalid_variants():
    def with_(**changes):
        def build() -> Session:
            session = make_session()
            for key, value in changes.items():
                setattr(session, key, value)
            return session

        return build

    def with_day(**changes):
        def build() -> Session:
            session = make_session()
            for key, value in changes.items():
                setattr(session.days[1], key, value)
            return session

        return build

    return [
        pytest.param(with_(title=""), "title_empty", id="empty-title"),
        pytest.param(with_(title=" \t\n "), "title_empty", id="blank-title"),
        pytest.param(with_(title="x" * 301), "title_too_long", id="long-title"),
        pytest.param(with_(title="a\x00b"), "text_has_nul", id="nul-title"),
        pytest.param(with_(organiser="a\x00"), "text_has_nul", id="nul-organiser"),
        pytest.param(with_(venue="\x00"), "text_has_nul", id="nul-venue"),
        pytest.param(with_(facilitators=["ok", "b\x00"]), "text_has_nul", id="nul-facilitator"),
        pytest.param(with_(objectives=["\x00"]), "text_has_nul", id="nul-objective"),
        pytest.param(with_(venue="v" * 20_001), "text_too_long", id="long-venue"),
        pytest.param(
            with_day(start=time(15, 0), end=time(9, 0)),
            "day_ends_before_start",
            id="day-backwards",
        ),
        pytest.param(
            with_day(start=time(9, 0), end=time(9, 0)),
            "day_ends_before_start",
            id="day-empty",
        ),
        pytest.param(with_day(date=date(2025, 3, 10)), "duplicate_day", id="duplicate-day"),
    ]


@pytest.mark.parametrize(("build", "key"), invalid_variants())
def test_create_rejects_invalid_sessions_and_writes_nothing(repo, db, build, key):
    repo.create(make_session(title="Yang sah"))
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        repo.create(build())
    assert caught.value.key == key
    assert dump(db) == before


@pytest.mark.parametrize(("build", "key"), invalid_variants())
def test_update_rejects_invalid_sessions_and_writes_nothing(repo, db, clock, build, key):
    valid = repo.create(make_session())
    snapshot = repo.get(valid.id)
    before = dump(db)
    invalid = build()
    invalid.id = valid.id
    invalid.days[0].id = valid.days[0].id
    clock.advance(seconds=1)
    with pytest.raises(ValidationError) as caught:
        repo.update_details(invalid)
    assert caught.value.key == key
    assert dump(db) == before
    assert repo.get(valid.id) == snapshot


def test_a_failure_midway_through_create_writes_nothing(repo, db, monkeypatch):
    repo.create(make_session(title="Sudah ada"))
    before = dump(db)
    session = make_session()
    # The second day reuses the first day's id: the insert fails after the session row and the
    # first day with its activities were written, inside the same transaction.
    session.days[1].id = session.days[0].id
    with pytest.raises(sqlite3.IntegrityError):
        repo.create(session)
    assert dump(db) == before
