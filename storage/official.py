"""The official paperwork in the store: the report's narrative sections, the presenters
(facilitators and resource persons) and the photos of activities. Each change is one
transaction; removing is a tombstone, so undo (and a bundle) can bring a row back."""

from __future__ import annotations

import uuid

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.official import (
    Presenter,
    PresenterRole,
    ReportSection,
    validate_presenter,
    validate_section_text,
)
from facilitation.photos import (
    MAX_PHOTOS_PER_SESSION,
    Photo,
    PhotoError,
    decode,
    encode,
)
from facilitation.validation import check_row
from storage.sessions import NotFoundError
from storage.tolerant import choice

_NAMESPACE = uuid.UUID("6f0c1d55-8d0e-4c3a-9a51-3d1f6f0c0a11")


def section_row_id(session_id: str, section: ReportSection) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"text/{session_id}/{section}"))


def link_row_id(presenter_id: str, activity_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"link/{presenter_id}/{activity_id}"))


class OfficialRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- narrative sections ----------------------------------------------------------------

    def section_texts(self, session_id: str) -> dict[ReportSection, str]:
        texts: dict[ReportSection, str] = {}
        for row in self.db.query(
            "SELECT section, body FROM report_texts WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ):
            if row["section"] in ReportSection.__members__.values():
                texts[ReportSection(row["section"])] = row["body"]
        return texts

    def set_section_text(self, session_id: str, section: ReportSection, body: str) -> None:
        """Save one section's text (empty text keeps the row, empty)."""
        section = ReportSection(section)
        validate_section_text(body)
        now = self._now()
        row = {
            "id": section_row_id(session_id, section),
            "session_id": session_id,
            "section": str(section),
            "body": body,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        check_row("report_texts", row)
        with self.db.atomic():
            self._require_session(session_id)
            self.db.execute(
                "INSERT INTO report_texts (id, session_id, section, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body=excluded.body,"
                " updated_at=excluded.updated_at, deleted_at=NULL",
                [
                    row[k]
                    for k in ("id", "session_id", "section", "body", "created_at", "updated_at")
                ],
            )

    def _require_session(self, session_id: str) -> None:
        if not self.db.execute("SELECT 1 FROM sessions WHERE id=?", [session_id]).fetchone():
            raise NotFoundError(session_id)

    # -- presenters ------------------------------------------------------------------------

    def presenters(self, session_id: str) -> list[Presenter]:
        links: dict[str, list[str]] = {}
        for row in self.db.query(
            "SELECT presenter_id, activity_id FROM presenter_activities"
            " WHERE session_id=? AND deleted_at IS NULL ORDER BY created_at",
            [session_id],
        ):
            links.setdefault(row["presenter_id"], []).append(row["activity_id"])
        return [
            Presenter(
                id=row["id"],
                name=row["name"],
                role=choice(PresenterRole, row["role"], PresenterRole.FACILITATOR, "presenters"),
                nip=row["nip"],
                position=row["position"],
                institution=row["institution"],
                activity_ids=links.get(row["id"], []),
            )
            for row in self.db.query(
                "SELECT * FROM presenters WHERE session_id=? AND deleted_at IS NULL"
                " ORDER BY number, created_at",
                [session_id],
            )
        ]

    def save_presenter(self, session_id: str, presenter: Presenter) -> None:
        """Add or update a presenter and the activities they led, in one transaction; the
        same id again (redo after undo) brings a removed presenter back."""
        validate_presenter(presenter)
        now = self._now()
        values = {
            "name": presenter.name,
            "role": str(presenter.role),
            "nip": presenter.nip,
            "position": presenter.position,
            "institution": presenter.institution,
        }
        check_row("presenters", values)
        with self.db.atomic():
            self._require_session(session_id)
            exists = self.db.execute(
                "SELECT session_id FROM presenters WHERE id=?", [presenter.id]
            ).fetchone()
            if exists and exists[0] != session_id:
                raise NotFoundError(presenter.id)
            if exists:
                self.db.execute(
                    "UPDATE presenters SET name=?, role=?, nip=?, position=?, institution=?,"
                    " updated_at=?, deleted_at=NULL WHERE id=?",
                    [*values.values(), now, presenter.id],
                )
            else:
                number = self.db.execute(
                    "SELECT coalesce(max(number), -1) + 1 FROM presenters WHERE session_id=?",
                    [session_id],
                ).fetchone()[0]
                self.db.execute(
                    "INSERT INTO presenters (id, session_id, number, name, role, nip, position,"
                    " institution, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [presenter.id, session_id, number, *values.values(), now, now],
                )
            self._set_links(session_id, presenter, now)

    def _set_links(self, session_id: str, presenter: Presenter, now: str) -> None:
        own = {
            row[0]
            for row in self.db.execute(
                "SELECT id FROM activities WHERE session_id=? AND deleted_at IS NULL", [session_id]
            )
        }
        wanted = [a for a in dict.fromkeys(presenter.activity_ids) if a in own]
        self.db.execute(
            "UPDATE presenter_activities SET deleted_at=?, updated_at=?"
            " WHERE presenter_id=? AND deleted_at IS NULL AND activity_id NOT IN"
            f" ({', '.join('?' * len(wanted))})",
            [now, now, presenter.id, *wanted],
        )
        for activity_id in wanted:
            self.db.execute(
                "INSERT INTO presenter_activities (id, session_id, presenter_id, activity_id,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " deleted_at=NULL, updated_at=excluded.updated_at"
                " WHERE presenter_activities.deleted_at IS NOT NULL",
                [link_row_id(presenter.id, activity_id), session_id, presenter.id, activity_id]
                + [now, now],
            )

    def remove_presenter(self, presenter_id: str) -> None:
        now = self._now()
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE presenters SET deleted_at=?, updated_at=? WHERE id=?"
                " AND deleted_at IS NULL",
                [now, now, presenter_id],
            ).rowcount:
                raise NotFoundError(presenter_id)

    # -- photos ----------------------------------------------------------------------------

    def photos(self, session_id: str) -> list[Photo]:
        """The session's photos in order; a damaged one (a store edited by hand) is left out."""
        photos = []
        for row in self.db.query(
            "SELECT * FROM activity_photos WHERE session_id=? AND deleted_at IS NULL"
            " ORDER BY position, created_at",
            [session_id],
        ):
            try:
                jpeg = decode(row["jpeg"])
            except PhotoError:
                continue
            photos.append(
                Photo(
                    id=row["id"],
                    activity_id=row["activity_id"],
                    jpeg=jpeg,
                    width=row["width"],
                    height=row["height"],
                    caption=row["caption"],
                    position=row["position"],
                )
            )
        return photos

    def add_photo(self, session_id: str, photo: Photo) -> None:
        self.add_photos(session_id, [photo])

    def add_photos(self, session_id: str, photos: list[Photo]) -> None:
        """Store shrunk photos under the session's activities, all or none (or bring removed
        ones back: redo). Refused past MAX_PHOTOS_PER_SESSION."""
        now = self._now()
        with self.db.atomic():
            for photo in photos:
                self._add_one(session_id, photo, now)

    def remove_photos(self, photo_ids: list[str]) -> None:
        now = self._now()
        with self.db.atomic():
            for photo_id in photo_ids:
                self.db.execute(
                    "UPDATE activity_photos SET deleted_at=?, updated_at=? WHERE id=?"
                    " AND deleted_at IS NULL",
                    [now, now, photo_id],
                )

    def _add_one(self, session_id: str, photo: Photo, now: str) -> None:
        owner = self.db.execute(
            "SELECT session_id FROM activities WHERE id=? AND deleted_at IS NULL",
            [photo.activity_id],
        ).fetchone()
        if owner is None or owner[0] != session_id:
            raise NotFoundError(photo.activity_id)
        existing = self.db.execute(
            "SELECT session_id FROM activity_photos WHERE id=?", [photo.id]
        ).fetchone()
        if existing:
            if existing[0] != session_id:
                raise NotFoundError(photo.id)
            self.db.execute(
                "UPDATE activity_photos SET deleted_at=NULL, updated_at=? WHERE id=?",
                [now, photo.id],
            )
            return
        count = self.db.execute(
            "SELECT count(*) FROM activity_photos WHERE session_id=? AND deleted_at IS NULL",
            [session_id],
        ).fetchone()[0]
        if count >= MAX_PHOTOS_PER_SESSION:
            raise PhotoError("too_many_photos")
        position = self.db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM activity_photos WHERE session_id=?",
            [session_id],
        ).fetchone()[0]
        photo.position = position
        row = {
            "id": photo.id,
            "session_id": session_id,
            "activity_id": photo.activity_id,
            "caption": photo.caption,
            "jpeg": encode(photo.jpeg),
            "width": photo.width,
            "height": photo.height,
            "position": position,
            "created_at": now,
            "updated_at": now,
        }
        check_row("activity_photos", row)
        self.db.execute(
            f"INSERT INTO activity_photos ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )

    def set_caption(self, photo_id: str, caption: str) -> None:
        check_row("activity_photos", {"caption": caption})
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE activity_photos SET caption=?, updated_at=? WHERE id=?"
                " AND deleted_at IS NULL",
                [caption, self._now(), photo_id],
            ).rowcount:
                raise NotFoundError(photo_id)

    def remove_photo(self, photo_id: str) -> None:
        now = self._now()
        with self.db.atomic():
            if not self.db.execute(
                "UPDATE activity_photos SET deleted_at=?, updated_at=? WHERE id=?"
                " AND deleted_at IS NULL",
                [now, now, photo_id],
            ).rowcount:
                raise NotFoundError(photo_id)
