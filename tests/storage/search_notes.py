"""A session of notes of many lengths for the search tests (storage/search_ranking,
search_index, the snippets): the words sought, among filler, in the text, tags, speaker and
group. The `many_notes` fixture (tests/storage/conftest.py) is a store with 400 of them."""

from __future__ import annotations

import json
import random
from datetime import date

from facilitation.session import Session, SessionDay
from storage.search_index import index_pending_notes
from storage.sessions import SessionRepository

WORDS = ["amanah", "pengaduan", "pelayanan", "kinerja", "layanan", "digital", "bersih", "kkn"]
FILLER = ["rapat", "hasil", "kelompok", "usul", "data", "warga", "kantor", "jadwal"]


def fill(db, count: int, seed: int = 7) -> str:  # noqa: ANN001
    """Notes of many lengths holding the words 0-4 times, also in tags, speaker and group."""
    session = SessionRepository(db).create(
        Session(title="Pelatihan", days=[SessionDay(date=date(2022, 3, 23))])
    )
    chance = random.Random(seed)
    with db.atomic():
        for number in range(count):
            words = [chance.choice(FILLER) for _ in range(chance.randint(1, 40))]
            for word in chance.sample(WORDS, chance.randint(0, 3)):
                words[chance.randrange(len(words))] += " " + " ".join([word] * chance.randint(1, 4))
            db.execute(
                "INSERT INTO notes (id, session_id, text, tags, speaker, group_label, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, '2022-03-23', '2022-03-23')",
                [
                    f"n{number}",
                    session.id,
                    " ".join(words),
                    json.dumps([chance.choice(WORDS + FILLER)]),
                    chance.choice(["", "Bu Amanah", "Pak Data"]),
                    chance.choice(["", "Kelompok Layanan", "Kelompok 2"]),
                ],
            )
    index_pending_notes(db.conn)  # what a search does first
    return session.id
