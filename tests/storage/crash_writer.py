"""Helper for test_storage_crash.py: save activities one by one until killed.

Usage: python tests/storage/crash_writer.py DATA_DIR [LIMIT]

Prints "session <session id> <day id>" once, then the id of each activity after its
transaction has committed ("acknowledged"), flushing after every line.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from facilitation.activity import Activity, ActivityKind  # noqa: E402
from facilitation.session import Session, SessionDay  # noqa: E402
from storage.agenda import AgendaRepository  # noqa: E402
from storage.database import open_store  # noqa: E402
from storage.sessions import SessionRepository  # noqa: E402


def main() -> None:
    data_dir = Path(sys.argv[1])
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 5000  # a runaway writer still stops
    opened = open_store(data_dir, take_backup=False)
    session = SessionRepository(opened.db).create(
        Session(title="Crash test", days=[SessionDay(date=date(2025, 7, 1))])
    )
    day_id = session.days[0].id
    print("session", session.id, day_id, flush=True)
    agenda = AgendaRepository(opened.db)
    for number in range(limit):
        activity = Activity(
            title=f"Kegiatan {number} 🌱",
            kind=ActivityKind.GROUP_DISCUSSION,
            planned_minutes=number % 120,
            instructions="Diskusikan & catat <hasil>. " * (number % 7),
        )
        # Alternate between the end and the front, so each save rewrites positions too.
        agenda.insert(day_id, activity, None if number % 2 else 0)
        print(activity.id, flush=True)


if __name__ == "__main__":
    main()
