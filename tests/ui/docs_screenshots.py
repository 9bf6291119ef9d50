"""The README's screenshots of the pages (not a test): the sample session with sixty people,
check-in, groups, a running timer and notes, in the light theme, then the same window
switched live to the dark one. python3 tests/ui/docs_screenshots.py docs/screenshots"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import ui.common.import_speed  # noqa: E402, F401
from ui.common.refcount_guard import keep_singletons_alive  # noqa: E402

FIRST = ["Hendra", "Eko", "Joko", "Lestari", "Siti", "Sri", "Budi", "Dewi", "Yuni", "Nur"]
LAST = ["Wibowo", "Rahayu", "Handayani", "Setiawan", "Santoso", "Nugroho", "Purnomo", "Susanti"]
OFFICES = [
    "BPMPT Kabupaten Kulon Progo",
    "Dinas Kesehatan",
    "Bappeda",
    "Dinas Pendidikan",
    "Sekretariat Daerah",
    "Kecamatan Pengasih",
]
NOTES = [
    "Antrean di loket bisa dipangkas dengan nomor urut daring",
    "Petugas menyapa pemohon lebih dulu, bukan menunggu ditanya",
    "Standar waktu layanan dipasang di papan depan",
    "Setiap bidang menunjuk agen perubahan sebelum akhir bulan",
]


def populate(context, session_id: str) -> None:  # noqa: ANN001
    """Sixty participants, 55 present on day 1, six groups and a few notes."""
    from facilitation.groups import GroupPlan
    from facilitation.notes import Note, NoteKind
    from facilitation.participants import Gender, Participant

    people = []
    for number in range(60):
        person = Participant(
            name=f"{FIRST[number % len(FIRST)]} {LAST[(number * 3 + number // 10) % len(LAST)]}",
            nip=f"19{70 + number % 30:02d}{number % 12 + 1:02d}{number % 28 + 1:02d}"
            f"2005011{number:03d}",
            position="Analis Kebijakan" if number % 3 else "Kepala Seksi",
            institution=OFFICES[number % len(OFFICES)],
            gender=Gender.FEMALE if number % 2 else Gender.MALE,
            number=number + 1,
        )
        people.append(context.participants.add(session_id, person))
    day = context.sessions.get(session_id).days[0]
    for person in people[:55]:
        context.attendance.set_present(person.id, day.id, True)
    ids = [p.id for p in people[:54]]
    groups = [ids[i::6] for i in range(6)]
    names = [f"Kelompok {i + 1}" for i in range(6)]
    context.groups.save_formation(session_id, GroupPlan(value=6, seed=7), groups, names)
    kinds = [NoteKind.IDEA, NoteKind.INSIGHT, NoteKind.DECISION, NoteKind.ACTION]
    for index, (text, kind) in enumerate(zip(NOTES, kinds, strict=True)):
        context.notes.add(
            Note(session_id, text, kind=kind, group_label=names[index], author="Fasilitator")
        )


def main() -> None:
    keep_singletons_alive()
    out = Path(sys.argv[1])
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtWidgets import QApplication

    from tests.ui.ui_helpers import make_context
    from ui.common.i18n import install_translator
    from ui.common.theme import ThemeChoice, install_theme, theme_manager
    from ui.shell.main_window import MainWindow

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    install_translator(app, "id")
    install_theme(ThemeChoice.LIGHT)
    data_dir = Path(tempfile.mkdtemp()) / "data"
    data_dir.mkdir()
    context = make_context(data_dir, "id")
    session_id = context.sessions.list()[0].id
    populate(context, session_id)
    window = MainWindow(context)
    window.resize(QSize(1366, 768))
    window.show()

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def grab(name: str) -> None:
        settle()
        window.grab().save(str(out / name))

    grab("sessions-id.png")
    window.open_session(session_id)
    grab("agenda-id.png")
    window.show_page("people")
    people = window.pages_by_key["people"]
    people.tabs.setCurrentIndex(1)
    grab("checkin-id.png")
    people.tabs.setCurrentIndex(2)
    grab("groups-id.png")
    window.show_page("run")
    window.session_context.run_controller.toggle()  # the first activity's timer runs
    grab("run-console-id.png")
    window.show_page("notes")
    grab("notes-id.png")
    theme_manager().choose(ThemeChoice.DARK)  # live, as View > Theme > Dark does
    grab("notes-dark-id.png")
    window.show_page("run")
    grab("run-console-dark-id.png")
    window.show_page("plan")
    grab("agenda-dark-id.png")
    window.show_page("people")
    people.tabs.setCurrentIndex(1)
    grab("checkin-dark-id.png")
    window.session_context.run_controller.toggle()
    window.close()


if __name__ == "__main__":
    main()
