"""PNGs of the official paperwork for docs/screenshots (not a test): the official report's
pages and the berita acara through pdftoppm, and the Report page's paperwork tabs.

    python3 tests/ui/report/paperwork_screenshots.py docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

TEXTS = {
    "foreword": (
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Laporan ini menyajikan "
        "pelaksanaan Pelatihan Cerdas Nurani bagi aparatur BPMPT Kabupaten Kulon Progo, "
        "sebagai bahan pertanggungjawaban dan tindak lanjut penguatan budaya kerja."
    ),
    "background": (
        "Reformasi birokrasi menuntut pelayanan perizinan yang cepat, bersih dan ramah. "
        "Survei kepuasan triwulan lalu menunjukkan keluhan tentang waktu tunggu dan "
        "kejelasan persyaratan. Pelatihan ini menginternalisasi nilai dasar BerAKHLAK "
        "dalam tugas sehari-hari di meja layanan."
    ),
    "targets": "60 aparatur BPMPT dan perangkat daerah terkait perizinan.",
    "expected_results": (
        "Setiap unit menyusun rencana aksi pelayanan prima dan menyepakati maklumat "
        "pelayanan yang diumumkan kepada masyarakat."
    ),
    "conclusions": (
        "- Peserta menyepakati maklumat pelayanan bebas pungutan.\n"
        "- Waktu layanan izin usaha mikro ditargetkan satu hari kerja."
    ),
    "recommendations": (
        "Pimpinan menetapkan maklumat pelayanan dan memantau rencana aksi setiap bulan."
    ),
}


def _photo(folder: Path, n: int) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (2400, 1600), (226, 232, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1100, 2400, 1600), fill=(150, 120, 90))
    draw.rectangle((300, 250, 2100, 900), fill=(250, 250, 250), outline=(80, 80, 80), width=8)
    for row in range(4):
        draw.line(
            (380, 360 + row * 130, 1500 + 200 * n, 360 + row * 130), fill=(40, 90, 160), width=18
        )
    for person in range(7):
        x = 180 + person * 320
        draw.ellipse((x, 950, x + 150, 1100), fill=(120 + 15 * person, 90, 70))
        draw.rectangle((x - 20, 1100, x + 170, 1450), fill=(30 + 25 * person, 80, 140))
    path = folder / f"foto-{n}.jpg"
    image.save(path, "JPEG", quality=90)
    return path


def _page_shots(data_dir: Path, out: Path) -> None:
    """The Report page in Indonesian with its paperwork tabs, as a facilitator sees them."""
    from PySide6.QtCore import QSettings, QSize
    from PySide6.QtWidgets import QApplication

    import ui.common.import_speed  # noqa: F401
    from ui.common.context import AppContext
    from ui.common.i18n import install_translator
    from ui.common.refcount_guard import keep_singletons_alive
    from ui.report.page import ReportPage
    from ui.shell.main_window import MainWindow

    keep_singletons_alive()
    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    install_translator(app, "id")
    from facilitation.library import load_library
    from storage.database import open_store

    opened = open_store(data_dir, take_backup=False)
    context = AppContext(
        db=opened.db, data_dir=data_dir, library=load_library(), lang="id", db_path=opened.path
    )
    window = MainWindow(context)
    window.resize(QSize(1366, 768))
    window.show()
    window.open_session(window.context.sessions.list()[0].id)
    page = next(p for p in window.session_pages if isinstance(p, ReportPage))
    rows = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    window.navigation.setCurrentRow(rows.index("Laporan"))
    for _ in range(5):
        app.processEvents()
    tabs = page.paperwork
    tabs.texts.sections.setCurrentRow(1)
    for index, name in (
        (1, "report-texts-id"),
        (2, "report-photos-id"),
        (3, "report-presenters-id"),
    ):
        tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    from facilitation.documents.official.berita_acara import save_berita_acara
    from facilitation.documents.official.report_pdf import save_official_report
    from facilitation.documents.report.pdf import ReportOptions
    from facilitation.official import Presenter, PresenterRole, ReportSection
    from facilitation.photos import Photo, shrink_photo
    from storage.database import open_store
    from storage.official import OfficialRepository
    from storage.official_source import load_official_data
    from tests.report_fixtures import fill_day, sample_session

    work = Path(tempfile.mkdtemp())
    opened = open_store(work / "data", take_backup=False)
    session = sample_session(opened.db)
    fill_day(opened.db, session, people=24, notes_per_activity=3)
    repository = OfficialRepository(opened.db)
    for key, text in TEXTS.items():
        repository.set_section_text(session.id, ReportSection(key), text)
    activities = [a for day in session.days for a in day.activities]
    repository.save_presenter(
        session.id,
        Presenter(
            "Dra. Sri Lestari, M.Si.",
            PresenterRole.FACILITATOR,
            "196805121993032004",
            "Widyaiswara Ahli Madya",
            "BPSDM DIY",
            [a.id for a in activities[1:6]],
        ),
    )
    repository.save_presenter(
        session.id,
        Presenter(
            "Ir. Bambang Susilo, M.T.",
            PresenterRole.RESOURCE_PERSON,
            "",
            "Kepala Bidang Pelayanan",
            "DPMPTSP Kulon Progo",
            [activities[6].id],
        ),
    )
    shown = [a for a in activities if a.kind in ("group_discussion", "case_class")][:2]
    for n, activity in enumerate(shown, start=1):
        jpeg, width, height = shrink_photo(_photo(work, n))
        caption = "Kelompok memaparkan hasilnya" if n == 1 else "Peserta berdiskusi"
        repository.add_photo(session.id, Photo(activity.id, jpeg, width, height, caption))
    data = load_official_data(opened.db, session.id)
    opened.db.close()
    args.out.mkdir(parents=True, exist_ok=True)
    report = work / "official.pdf"
    minutes = work / "berita-acara.pdf"
    save_official_report(data, ReportOptions(lang="id"), report)
    save_berita_acara(data, ReportOptions(lang="id"), minutes)
    for first, name in (
        (1, "official-id-cover"),
        (2, "official-id-approval"),
        (4, "official-id-contents"),
        (6, "official-id-chapter2"),
    ):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                str(first),
                "-l",
                str(first),
                "-singlefile",
                str(report),
                str(args.out / name),
            ],
            check=True,
        )
    pages = int(
        subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True)
        .stdout.split("Pages:")[1]
        .split()[0]
    )
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(pages),
            "-l",
            str(pages),
            "-singlefile",
            str(report),
            str(args.out / "official-id-photos"),
        ],
        check=True,
    )
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-singlefile",
            str(minutes),
            str(args.out / "berita-acara-id"),
        ],
        check=True,
    )
    _page_shots(work / "data", args.out)
    print(args.out)


if __name__ == "__main__":
    main()
