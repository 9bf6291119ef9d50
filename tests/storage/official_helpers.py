"""A session with the official paperwork filled in: section texts, two presenters and a photo."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import sqlite_utils
from PIL import Image

from facilitation.official import Presenter, PresenterRole, ReportSection
from facilitation.photos import Photo, shrink_photo
from facilitation.session import Session
from storage.official import OfficialRepository


def photo_file(folder: Path, size: tuple[int, int] = (3000, 2000), name: str = "p.jpg") -> Path:
    image = Image.new("RGB", size, (180, 120, 60))
    for x in range(0, size[0], 97):  # some detail, so the JPEG is not trivially small
        for y in range(0, size[1], 89):
            image.putpixel((x, y), (x % 255, y % 255, 30))
    path = folder / name
    image.save(path, "JPEG", quality=90)
    return path


def small_jpeg(size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


def fill_paperwork(db: sqlite_utils.Database, session: Session, folder: Path) -> None:
    repository = OfficialRepository(db)
    activities = [a for day in session.days for a in day.activities]
    repository.set_section_text(
        session.id, ReportSection.BACKGROUND, "Reformasi birokrasi menuntut pelayanan prima."
    )
    repository.set_section_text(
        session.id, ReportSection.CONCLUSIONS, "Peserta menyepakati maklumat pelayanan."
    )
    repository.save_presenter(
        session.id,
        Presenter(
            name="Dra. Sri Lestari, M.Si.",
            nip="196805121993032004",
            position="Widyaiswara Ahli Madya",
            institution="BPSDM Provinsi",
            activity_ids=[a.id for a in activities[2:4]],
        ),
    )
    repository.save_presenter(
        session.id,
        Presenter(
            name="Ir. Bambang Susilo",
            role=PresenterRole.RESOURCE_PERSON,
            activity_ids=[activities[5].id],
        ),
    )
    jpeg, width, height = shrink_photo(photo_file(folder))
    repository.add_photo(
        session.id,
        Photo(activities[2].id, jpeg, width, height, caption="Peserta berdiskusi"),
    )
