"""Screenshots of the projector's join slide and live results in both languages, for the
README (not a test): python3 tests/ui/room/room_screenshots.py OUT_DIR.
The phone's screens come from the browser test: LOKAKARYA_SCREENSHOTS=OUT_DIR pytest
tests/ui/room/test_phone_browser.py."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from facilitation.room.leaderboard import Standing
    from facilitation.timer import Phase
    from storage.room.standings import QuizStandings
    from ui.common.i18n import install_translator
    from ui.projector.view import ProjectorView
    from ui.projector.window import ProjectorWindow
    from ui.room.live import LiveRoom
    from ui.room.questions import Kind, PhoneQuestion
    from ui.run.room_texts import join_slide, leaderboard, live_results

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    for language, title, prompt, options in (
        ("id", "Diskusi kelompok: nilai BerAKHLAK", "Nilai mana yang paling sulit dijalankan?",
         ("Berorientasi pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal")),
        ("en", "Group discussion: core values", "Which value is hardest to live by?",
         ("Service-oriented", "Accountable", "Competent", "Harmonious", "Loyal")),
    ):  # fmt: skip
        install_translator(app, language)
        room = LiveRoom("session", language=language)
        question = PhoneQuestion("q1", Kind.CHOICE, prompt, options)
        room.put_on(question)
        room.set_accepting(True)
        for n, choice in enumerate([1] * 9 + [0] * 6 + [2] * 4 + [3] * 2 + [4] * 1):
            room.submit(f"device-{n:012d}", {"type": "answer", "id": f"answer-{n:013d}",
                                            "question": "q1", "choices": [choice]})  # fmt: skip
        window = ProjectorWindow()
        window.resize(1280, 720)
        window.show_view(ProjectorView(title=title, reading="12:40", phase=Phase.NORMAL,
                                       caption="", clock="10:05"))  # fmt: skip
        window.show_live_results(live_results(room.results()))
        window.grab().save(str(out / f"projector-live-results-{language}.png"))
        cloud = PhoneQuestion("q2", Kind.WORDS, "Satu kata untuk hari ini?"
                              if language == "id" else "One word for today?")  # fmt: skip
        room.put_on(cloud)
        room.set_accepting(True)
        words = ["integritas"] * 7 + ["kerja sama"] * 5 + ["jujur"] * 4 + ["melayani"] * 3
        words += ["disiplin", "tanggung jawab", "inovasi", "ramah", "ikhlas", "tuntas"]
        for n, word in enumerate(words):
            room.submit(f"device-{n:012d}", {"type": "answer", "id": f"cloud-{n:014d}",
                                            "question": "q2", "text": word})  # fmt: skip
        for word in set(words):
            room.moderate_word("q2", word, True)
        window.show_view(ProjectorView(title=title, reading="03:12", phase=Phase.WARNING,
                                       caption="", clock="10:14"))  # fmt: skip
        window.show_live_results(live_results(room.results()))
        window.grab().save(str(out / f"projector-word-cloud-{language}.png"))
        people = [("Siti Aminah", 5), ("Budi Santoso", 4), ("Rina Marlina", 4),
                  ("Agus Salim", 3), ("Dewi Lestari", 3), ("Yohanes Kurniawan", 2)]  # fmt: skip
        ranked = tuple(
            Standing(1 + sum(1 for _n, c in people if c > right), f"p{n}", name, right, 5, 5)
            for n, (name, right) in enumerate(people)
        )
        window.show_view(ProjectorView(title=title, reading="00:00", phase=Phase.NORMAL,
                                       caption="", clock="10:20"))  # fmt: skip
        window.show_live_results(leaderboard(QuizStandings(ranked, 2, 5), 5))
        window.grab().save(str(out / f"projector-top-scores-{language}.png"))
        window.show_join_slide(join_slide(f"http://192.168.1.20:41234/{room.code}"))
        window.grab().save(str(out / f"projector-join-{language}.png"))
        window.close()


if __name__ == "__main__":
    main()
