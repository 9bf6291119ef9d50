"""Helper for test_notes_crash.py: a note-taker pressing Enter as fast as possible until killed.

Usage: python tests/storage/notes_crash_writer.py DATA_DIR [LIMIT]

Prints "session <id>" once, then the id of each note after NoteRepository.add() returned
(the "Saved" the user sees), flushing after every line.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from facilitation.notes import Note, NoteKind  # noqa: E402
from facilitation.session import Session, SessionDay  # noqa: E402
from storage.database import open_store  # noqa: E402
from storage.notes import NoteRepository  # noqa: E402
from storage.sessions import SessionRepository  # noqa: E402

KINDS = list(NoteKind)


def main() -> None:
    data_dir = Path(sys.argv[1])
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 5000  # a runaway writer still stops
    opened = open_store(data_dir, take_backup=False)
    session = SessionRepository(opened.db).create(
        Session(title="Notulen", days=[SessionDay(date=date(2025, 7, 1))])
    )
    print("session", session.id, flush=True)
    notes = NoteRepository(opened.db)
    for number in range(limit):
        note = notes.add(
            Note(
                session.id,
                f"Catatan {number}: pelayanan <prima> & cepat 🙂 " * (1 + number % 5),
                kind=KINDS[number % len(KINDS)],
                tags=["Akuntabel"] if number % 2 else [],
                group_label=f"Kelompok {number % 6 + 1}",
            )
        )
        print(note.id, flush=True)


if __name__ == "__main__":
    main()
