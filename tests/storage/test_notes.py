"""Notes as the notulis takes them: stored exactly, refused clearly, found again by search."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.notes import MAX_NOTE_BYTES, Note, NoteKind, normalise_tags
from facilitation.search import fts_query, split_highlighted
from facilitation.session import Session, SessionDay, ValidationError
from storage.notes import NoteRepository
from storage.sessions import SessionRepository


def new_session(db, title="Pelatihan Cerdas Nurani") -> str:
    session = Session(title=title, days=[SessionDay(date=date(2022, 3, 23))])
    return SessionRepository(db).create(session).id


HOSTILE = [
    "<b>Tebal</b> & <script>alert('x')</script> &amp; \"kutip\"",
    "Pelayanan 🙂🙏🏽 prima 👨‍👩‍👧",
    "مرحبا بالعالم — نص من اليمين إلى اليسار",
    "\u202eterbalik\u202c dan \u200bzero-width",
    "baris satu\nbaris dua\r\nbaris tiga\ttab",
    "'; DROP TABLE notes; --",
    '"unbalanced ( quote * - AND OR NOT',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_exactly(db, text) -> None:
    repo = NoteRepository(db)
    session_id = new_session(db)
    note = repo.add(Note(session_id, text, speaker=text[:50], tags=[text[:40]]))
    again = repo.get(note.id)
    assert again.text == text
    assert again.speaker == text[:50]


def test_a_one_megabyte_note_is_kept_and_one_byte_more_refused(db) -> None:
    repo = NoteRepository(db)
    session_id = new_session(db)
    exactly = "a" * (MAX_NOTE_BYTES - 4) + "🙂"  # the emoji is 4 bytes of UTF-8
    assert len(exactly.encode()) == MAX_NOTE_BYTES
    assert repo.get(repo.add(Note(session_id, exactly)).id).text == exactly
    with pytest.raises(ValidationError) as refused:
        repo.add(Note(session_id, exactly + "b"))
    assert refused.value.key == "note_too_long"
    assert len(repo.for_session(session_id)) == 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ada\x00nul", "text_has_nul"),
        ("setengah \ud83d pasangan", "text_has_lone_surrogate"),
        ("\udfff", "text_has_lone_surrogate"),
        ("   \n\t ", "note_empty"),
    ],
)
def test_unstorable_text_is_refused_and_nothing_saved(db, text, key) -> None:
    repo = NoteRepository(db)
    session_id = new_session(db)
    with pytest.raises(ValidationError) as refused:
        repo.add(Note(session_id, text))
    assert refused.value.key == key
    assert repo.for_session(session_id) == []


def test_a_nul_in_the_speaker_is_refused_too(db) -> None:
    session_id = new_session(db)
    with pytest.raises(ValidationError):
        NoteRepository(db).add(Note(session_id, "isi", speaker="Bu\x00di"))


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=300))
def test_any_text_round_trips_or_is_refused_clearly(db, text) -> None:
    repo = NoteRepository(db)
    session_id = new_session(db)
    try:
        note = repo.add(Note(session_id, text))
    except ValidationError as error:
        assert error.key in {"note_empty", "text_has_nul", "text_has_lone_surrogate"}
        return
    assert repo.get(note.id).text == text


def test_tags_are_trimmed_and_not_repeated() -> None:
    assert normalise_tags([" Akuntabel ", "akuntabel", "", "dari  output menjadi outcome"]) == [
        "Akuntabel",
        "dari output menjadi outcome",
    ]


def test_edit_star_trash_and_restore_are_saved(db) -> None:
    repo = NoteRepository(db)
    session_id = new_session(db)
    note = repo.add(Note(session_id, "Ide awal", kind=NoteKind.IDEA))
    note.text, note.kind, note.tags = "Keputusan akhir", NoteKind.DECISION, ["Harmonis"]
    repo.update(note)
    repo.set_starred(note.id, True)
    stored = repo.get(note.id)
    assert (stored.text, stored.kind, stored.tags, stored.starred) == (
        "Keputusan akhir",
        NoteKind.DECISION,
        ["Harmonis"],
        True,
    )
    repo.move_to_trash(note.id)
    assert repo.for_session(session_id) == []
    assert [n.id for n in repo.for_session(session_id, in_trash=True)] == [note.id]
    assert repo.search("keputusan") == []
    repo.restore(note.id)
    assert [hit.note_id for hit in repo.search("keputusan")] == [note.id]


@pytest.fixture
def searchable(db):
    repo = NoteRepository(db)
    first = new_session(db, "Workshop Budaya Kerja Batam")
    second = new_session(db, "Bimtek Budaya Kinerja")
    ids = {}
    for key, session_id, text, tags in [
        ("prima", first, "Pelayanan prima yang bersih KKN", ["bersih KKN"]),
        ("layanan", first, "Layanan perizinan harus lebih cepat", ["Berorientasi Pelayanan"]),
        (
            "outcome",
            second,
            "Kinerja diukur dari hasil, bukan kegiatan",
            ["dari output menjadi outcome"],
        ),
        ("kopi", second, 'Istirahat: kopi (dan teh) "gratis"', []),
        ("kerja", second, "Rencana kerja kelompok: komitmen bersama", ["Kolaboratif"]),
        ("aksen", first, "Évaluasi pelaksanaan kegiatan", []),
    ]:
        ids[key] = repo.add(Note(session_id, text, tags=tags, speaker="Pak Agung")).id
    return repo, ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pelayanan", {"prima", "layanan"}),  # the tag of "layanan" says Pelayanan
        ('"bersih KKN"', {"prima"}),
        ('"KKN bersih"', set()),
        ("layan*", {"layanan"}),
        ("kerja -komitmen", set()),
        ("kinerja -komitmen", {"outcome"}),
        ("prima OR kopi", {"prima", "kopi"}),
        ("prima AND bersih", {"prima"}),
        ("prima AND kopi", set()),
        ("(kopi", {"kopi"}),
        ("kopi)", {"kopi"}),
        ('"kopi', {"kopi"}),
        ('"', set()),
        ("AND", set()),
        ("OR kopi AND", {"kopi"}),
        ("NOT", set()),
        ("*", set()),
        ("-", set()),
        ("evaluasi", {"aksen"}),  # accents are ignored
        ("outcome", {"outcome"}),
        ("agung", {"prima", "layanan", "outcome", "kopi", "kerja", "aksen"}),
        ("<kopi>", {"kopi"}),
        ("<b>kopi</b>", set()),  # a phrase "b kopi b" that no note holds
        ("gratis\x00", {"kopi"}),
        ("teh\ud800", {"kopi"}),
    ],
)
def test_search_understands_or_degrades_never_errors(searchable, query, expected) -> None:
    repo, ids = searchable
    found = {
        key for key, note_id in ids.items() if note_id in {h.note_id for h in repo.search(query)}
    }
    assert found == expected


def test_search_spans_sessions_and_highlights(searchable) -> None:
    repo, ids = searchable
    hits = repo.search("kerja OR layanan")
    assert {h.session_title for h in hits} == {
        "Workshop Budaya Kerja Batam",
        "Bimtek Budaya Kinerja",
    }
    layanan = next(h for h in hits if h.note_id == ids["layanan"])
    assert ("Layanan", True) in split_highlighted(layanan.snippet)


def test_trashed_sessions_are_not_searched(db, searchable) -> None:
    repo, ids = searchable
    session_id = repo.get(ids["kopi"]).session_id
    SessionRepository(db).move_to_trash(session_id)
    assert repo.search("kopi") == []


@pytest.mark.slow
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(
        alphabet=st.sampled_from(list('ab "*-()AND OR NOT:^+.{}') + ["é", "\x00"]), max_size=30
    )
    | st.text(max_size=30)
)
def test_no_typed_query_makes_search_fail(searchable, query) -> None:
    repo, _ids = searchable
    repo.search(query)  # must not raise


def test_queries_are_quoted_terms() -> None:
    assert fts_query('budaya "pelayanan prima" -korupsi layan*') == (
        '("budaya" AND "pelayanan prima" AND "layan"*) NOT "korupsi"'
    )
    assert fts_query("   ") is None


def test_search_looks_past_trashed_best_matches(db) -> None:
    repo = NoteRepository(db)
    session_id = new_session(db)
    best = [repo.add(Note(session_id, "antrian antrian antrian")).id for _ in range(6)]
    kept = repo.add(Note(session_id, "antrian di loket " + "kata " * 40)).id
    for note_id in best:
        repo.move_to_trash(note_id)
    assert [hit.note_id for hit in repo.search("antrian", limit=1)] == [kept]


def test_the_last_notes_of_an_activity_come_newest_first_without_the_trashed(db) -> None:
    from facilitation.activity import Activity, ActivityKind
    from tests.fake_clock import FakeClock

    opening = Activity("Pembukaan", ActivityKind.OPENING, 15)
    discussion = Activity("Diskusi kelompok", ActivityKind.GROUP_DISCUSSION, 45)
    day = SessionDay(date=date(2022, 3, 23), activities=[opening, discussion])
    session = Session(title="Pelatihan", days=[day])
    session_id = SessionRepository(db).create(session).id
    clock = FakeClock()
    repo = NoteRepository(db, clock)
    taken = []
    for number in range(7):
        clock.advance(60)
        taken.append(repo.add(Note(session_id, f"Catatan {number}", activity_id=discussion.id)))
    repo.add(Note(session_id, "Pembukaan saja", activity_id=opening.id))
    repo.add(Note(session_id, "Tanpa kegiatan"))
    repo.move_to_trash(taken[-1].id)

    recent = repo.recent(session_id, discussion.id, limit=5)
    assert [row.text for row in recent] == [f"Catatan {n}" for n in (5, 4, 3, 2, 1)]
    assert [row.text for row in repo.recent(session_id, None)] == ["Tanpa kegiatan"]
    assert repo.recent(session_id, opening.id, limit=0) == []
