"""The run of a session on disk: its live timer state, its event log, per-activity settings.

:meth:`RunRepository.save` is the one write of every run action: the new state and the events
it produced land in one transaction, so after a crash the state and the log agree.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from datetime import datetime

import sqlite_utils

from facilitation.clock import Clock, SystemClock, utc_now_iso
from facilitation.rounds import RoundsSnapshot
from facilitation.run_log import EventKind, RunEvent
from facilitation.session_run import RunSnapshot
from facilitation.timer import Thresholds, TimerMode, TimerSettings, TimerSnapshot, TimerStatus
from facilitation.validation import check_row
from storage import tolerant

log = logging.getLogger(__name__)

_EVENT_KINDS = {str(kind) for kind in EventKind}


def _thresholds_to_json(thresholds: Thresholds) -> dict:
    return {
        "warning_fraction": thresholds.warning_fraction,
        "warning_seconds": thresholds.warning_seconds,
        "danger_fraction": thresholds.danger_fraction,
        "danger_seconds": thresholds.danger_seconds,
    }


def _thresholds_from_json(data: dict) -> Thresholds:
    return Thresholds(**data) if data else Thresholds()


def timer_to_json(timer: TimerSnapshot) -> dict:
    return {
        "mode": str(timer.mode),
        "status": str(timer.status),
        "total_s": timer.total_s,
        "planned_s": timer.planned_s,
        "banked_s": timer.banked_s,
        "anchor_monotonic": timer.anchor_monotonic,
        "anchor_wall": timer.anchor_wall.isoformat() if timer.anchor_wall else None,
        "thresholds": _thresholds_to_json(timer.thresholds),
    }


def timer_from_json(data: dict) -> TimerSnapshot:
    wall = data.get("anchor_wall")
    return TimerSnapshot(
        total_s=float(data["total_s"]),
        planned_s=float(data["planned_s"]),
        banked_s=float(data["banked_s"]),
        status=TimerStatus(data["status"]),
        anchor_monotonic=data.get("anchor_monotonic"),
        anchor_wall=datetime.fromisoformat(wall) if wall else None,
        mode=TimerMode(data["mode"]),
        thresholds=_thresholds_from_json(data.get("thresholds") or {}),
    )


def _rounds_to_json(rounds: RoundsSnapshot | None) -> str | None:
    if rounds is None:
        return None
    return json.dumps(
        {
            "groups": list(rounds.groups),
            "seconds_each": rounds.seconds_each,
            "index": rounds.index,
            "timer": timer_to_json(rounds.timer),
            "lengths": list(rounds.lengths),
        },
        ensure_ascii=False,
    )


def _rounds_from_json(text: str | None) -> RoundsSnapshot | None:
    if not text:
        return None
    data = json.loads(text)
    return RoundsSnapshot(
        groups=tuple(data["groups"]),
        seconds_each=float(data["seconds_each"]),
        index=int(data["index"]),
        timer=timer_from_json(data["timer"]),
        lengths=tuple(float(seconds) for seconds in data.get("lengths") or ()),
    )


def _parallel_to_json(parallel: tuple[tuple[str, TimerSnapshot], ...] | None) -> str | None:
    if parallel is None:
        return None
    return json.dumps(
        [{"group": group, "timer": timer_to_json(timer)} for group, timer in parallel],
        ensure_ascii=False,
    )


def _parallel_from_json(text: str | None) -> tuple[tuple[str, TimerSnapshot], ...] | None:
    if not text:
        return None
    return tuple((item["group"], timer_from_json(item["timer"])) for item in json.loads(text))


class RunRepository:
    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()

    def _now(self) -> str:
        return utc_now_iso(self.clock)

    # -- live state -------------------------------------------------------------------------

    def running_sessions(self) -> list[str]:
        """Sessions whose timer was running when the app last stopped (e.g. a dead battery)."""
        return [
            row[0]
            for row in self.db.execute(
                "SELECT r.session_id FROM run_state r JOIN sessions s ON s.id = r.session_id"
                " WHERE r.timer_status = 'running' AND r.deleted_at IS NULL"
                " AND s.deleted_at IS NULL ORDER BY r.updated_at DESC"
            )
        ]

    def load(self, session_id: str) -> RunSnapshot | None:
        """The stored run, or None; a row left unreadable by an older version is logged and
        treated as no run (the day can be started again) rather than stopping the app."""
        rows = tolerant.readable(
            "run_state",
            self.db.query(
                "SELECT * FROM run_state WHERE session_id=? AND deleted_at IS NULL", [session_id]
            ),
        )
        if not rows:
            return None
        try:
            return self._snapshot(rows[0])
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("run state of %s unreadable, not restored", session_id, exc_info=True)
            return None

    def _snapshot(self, row: dict) -> RunSnapshot:
        timer = None
        if row["timer_status"]:
            timer = timer_from_json(
                {
                    "mode": row["timer_mode"],
                    "status": row["timer_status"],
                    "total_s": row["total_s"],
                    "planned_s": row["planned_s"],
                    "banked_s": row["banked_s"],
                    "anchor_monotonic": row["anchor_monotonic"],
                    "anchor_wall": row["anchor_wall"],
                    "thresholds": json.loads(row["thresholds"] or "{}"),
                }
            )
        return RunSnapshot(
            session_id=row["session_id"],
            day_id=row["day_id"],
            activity_id=row["activity_id"],
            timer=timer,
            rounds=_rounds_from_json(row["rounds"]),
            parallel=_parallel_from_json(row["parallel"]),
            process_token=row["process_token"],
            day_over=bool(row["day_over"]),
        )

    def save(self, snapshot: RunSnapshot, events: Iterable[RunEvent] = ()) -> None:
        """Store the run's state and the events that led to it: one transaction."""
        now = self._now()
        timer = timer_to_json(snapshot.timer) if snapshot.timer else None
        values = {
            "day_id": snapshot.day_id,
            "activity_id": snapshot.activity_id,
            "timer_mode": timer["mode"] if timer else None,
            "timer_status": timer["status"] if timer else None,
            "total_s": timer["total_s"] if timer else None,
            "planned_s": timer["planned_s"] if timer else None,
            "banked_s": timer["banked_s"] if timer else None,
            "anchor_monotonic": timer["anchor_monotonic"] if timer else None,
            "anchor_wall": timer["anchor_wall"] if timer else None,
            "thresholds": json.dumps(timer["thresholds"] if timer else {}),
            "rounds": _rounds_to_json(snapshot.rounds),
            "parallel": _parallel_to_json(snapshot.parallel),
            "process_token": snapshot.process_token,
            "day_over": int(snapshot.day_over),
        }
        check_row("run_state", values)
        with self.db.atomic():
            existing = self.db.execute(
                "SELECT id FROM run_state WHERE session_id=?", [snapshot.session_id]
            ).fetchone()
            if existing:
                self.db.execute(
                    "UPDATE run_state SET "
                    + ", ".join(f"{column}=?" for column in values)
                    + ", updated_at=?, deleted_at=NULL WHERE id=?",
                    [*values.values(), now, existing[0]],
                )
            else:
                self.db["run_state"].insert(
                    {
                        "id": str(uuid.uuid4()),
                        "session_id": snapshot.session_id,
                        **values,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            for event in events:
                self._insert_event(snapshot.session_id, event, now)

    def _insert_event(self, session_id: str, event: RunEvent, now: str) -> None:
        row = {
            "id": str(uuid.uuid4()),
            "session_id": session_id,
            "day_id": event.day_id,
            "activity_id": event.activity_id,
            "kind": str(event.kind),
            "at": event.at.isoformat(timespec="microseconds"),
            "elapsed_s": round(event.elapsed_s, 3),
            "delta_s": round(event.delta_s, 3),
            "detail": event.detail,
            "created_at": now,
            "updated_at": now,
        }
        check_row("run_events", row)
        self.db["run_events"].insert(row)

    def log(self, session_id: str, events: Iterable[RunEvent]) -> None:
        """Events on their own (e.g. that a run was recovered after a crash)."""
        now = self._now()
        with self.db.atomic():
            for event in events:
                self._insert_event(session_id, event, now)

    def events(self, session_id: str, day_id: str | None = None) -> list[RunEvent]:
        query = "SELECT * FROM run_events WHERE session_id=? AND deleted_at IS NULL"
        params: list = [session_id]
        if day_id is not None:
            query += " AND day_id=?"
            params.append(day_id)
        return [
            RunEvent(
                kind=EventKind(row["kind"]),
                activity_id=row["activity_id"],
                at=datetime.fromisoformat(row["at"]),
                elapsed_s=row["elapsed_s"],
                delta_s=row["delta_s"],
                detail=row["detail"],
                day_id=row["day_id"],
            )
            for row in tolerant.readable(
                "run_events", self.db.query(query + " ORDER BY at, created_at", params)
            )
            if row["kind"] in _EVENT_KINDS  # a kind from a newer version (a merged bundle)
        ]

    # -- per-activity timer settings --------------------------------------------------------

    def timer_settings(self, session_id: str) -> dict[str, TimerSettings]:
        return {
            row["activity_id"]: TimerSettings(
                mode=TimerMode(row["mode"]),
                thresholds=Thresholds(
                    warning_fraction=row["warning_fraction"],
                    warning_seconds=row["warning_seconds"],
                    danger_fraction=row["danger_fraction"],
                    danger_seconds=row["danger_seconds"],
                ),
            )
            for row in self.db.query(
                "SELECT * FROM activity_timer_settings WHERE session_id=? AND deleted_at IS NULL",
                [session_id],
            )
        }

    def set_timer_settings(
        self,
        session_id: str,
        activity_id: str,
        settings: TimerSettings,
        snapshot: RunSnapshot | None = None,
    ) -> None:
        """Save an activity's timer settings (and the run they changed): one transaction."""
        now = self._now()
        thresholds = _thresholds_to_json(settings.thresholds)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO activity_timer_settings (id, session_id, activity_id, mode,"
                " warning_fraction, warning_seconds, danger_fraction, danger_seconds,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(activity_id) DO UPDATE SET mode=excluded.mode,"
                " warning_fraction=excluded.warning_fraction,"
                " warning_seconds=excluded.warning_seconds,"
                " danger_fraction=excluded.danger_fraction,"
                " danger_seconds=excluded.danger_seconds,"
                " updated_at=excluded.updated_at, deleted_at=NULL",
                [
                    str(uuid.uuid4()),
                    session_id,
                    activity_id,
                    str(settings.mode),
                    *thresholds.values(),
                    now,
                    now,
                ],
            )
            if snapshot is not None:
                self.save(snapshot)
