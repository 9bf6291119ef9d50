"""Role-play runs: which scenario an agenda activity plays, its cast per round, debrief notes
and the observers' checklist scores. Every public write is one user action, one transaction."""

from __future__ import annotations

from collections.abc import Mapping

from facilitation.bilingual import LibraryItemError, text_problem
from facilitation.method_runs import (
    MAX_NOTE_LENGTH,
    CastEntry,
    CastFrom,
    ObserverScore,
    RolePlayRun,
    RoundInfo,
)
from facilitation.roleplay import MAX_ROUNDS, SCORE_MAX, SCORE_MIN
from facilitation.validation import check_row
from storage.method_rows import MethodsRepositoryBase
from storage.sessions import NotFoundError


def _check_text(text: str) -> None:
    problem = text_problem(text, MAX_NOTE_LENGTH)
    if problem:
        raise LibraryItemError(problem)


def _run_from_row(row: dict) -> RolePlayRun:
    return RolePlayRun(
        id=row["id"],
        session_id=row["session_id"],
        activity_id=row["activity_id"],
        scenario_key=row["scenario_key"],
        scenario_title=row["scenario_title"],
        round_count=row["round_count"],
        cast_from=CastFrom(row["cast_from"]),
        seed=row["seed"],
        debrief_notes=row["debrief_notes"],
        updated_at=row["updated_at"],
        in_groups=bool(row.get("in_groups", 0)),
    )


class RolePlayRepository(MethodsRepositoryBase):
    # -- reading -----------------------------------------------------------------------------

    def for_activity(self, activity_id: str) -> RolePlayRun | None:
        rows = list(
            self.db.query(
                "SELECT * FROM role_plays WHERE activity_id=? AND deleted_at IS NULL"
                " ORDER BY updated_at DESC LIMIT 1",
                [activity_id],
            )
        )
        return _run_from_row(rows[0]) if rows else None

    def for_session(self, session_id: str) -> list[RolePlayRun]:
        return [
            _run_from_row(row)
            for row in self.db.query(
                "SELECT r.* FROM role_plays r JOIN activities a ON a.id = r.activity_id"
                " WHERE r.session_id=? AND r.deleted_at IS NULL AND a.deleted_at IS NULL"
                " ORDER BY a.day_id, a.position, r.updated_at DESC",
                [session_id],
            )
        ]

    def get(self, run_id: str) -> RolePlayRun:
        rows = list(self.db.query("SELECT * FROM role_plays WHERE id=?", [run_id]))
        if not rows:
            raise NotFoundError(run_id)
        return _run_from_row(rows[0])

    def casting(self, run_id: str) -> dict[int, list[CastEntry]]:
        """Round number -> the cast of that round, in the order people were cast."""
        rounds: dict[int, list[CastEntry]] = {}
        for number, key, name, role, group in self.db.execute(
            "SELECT round_number, person_key, person_name, role_key, group_name"
            " FROM role_play_casting"
            " WHERE role_play_id=? AND deleted_at IS NULL ORDER BY round_number, created_at, rowid",
            [run_id],
        ):
            rounds.setdefault(number, []).append(CastEntry(key, name, role, group))
        return rounds

    def rounds(self, run_id: str) -> dict[int, RoundInfo]:
        found: dict[int, RoundInfo] = {}
        for number, minutes, notes in self.db.execute(
            "SELECT round_number, minutes, debrief_notes FROM role_play_rounds"
            " WHERE role_play_id=? AND deleted_at IS NULL ORDER BY updated_at",
            [run_id],
        ):
            found[number] = RoundInfo(number, minutes, notes)  # the newest row wins
        return found

    def scores(self, run_id: str) -> list[ObserverScore]:
        return [
            ObserverScore(*row)
            for row in self.db.execute(
                "SELECT round_number, observer_key, observer_name, observer_role, item_key,"
                " value_key, score FROM observer_scores WHERE role_play_id=?"
                " AND deleted_at IS NULL ORDER BY round_number, observer_key, created_at",
                [run_id],
            )
        ]

    # -- writing -----------------------------------------------------------------------------

    def choose_scenario(
        self,
        activity_id: str,
        scenario_key: str,
        scenario_title: str,
        round_count: int,
        round_minutes: int,
        cast_from: CastFrom = CastFrom.PARTICIPANTS,
    ) -> RolePlayRun:
        """Attach a scenario to the activity (or switch it); an existing cast is kept."""
        if not 1 <= round_count <= MAX_ROUNDS:
            raise ValueError("round_count out of range")
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_activity(activity_id)
            run = self.for_activity(activity_id)
            if run is None:
                row = self._stamped(
                    {
                        "session_id": session_id,
                        "activity_id": activity_id,
                        "scenario_key": scenario_key,
                        "scenario_title": scenario_title,
                        "round_count": round_count,
                        "cast_from": str(cast_from),
                    },
                    now,
                )
                self._insert("role_plays", row)
                run_id = row["id"]
            else:
                run_id = run.id
                self.db.execute(
                    "UPDATE role_plays SET scenario_key=?, scenario_title=?, round_count=?,"
                    " cast_from=?, updated_at=? WHERE id=?",
                    [scenario_key, scenario_title, round_count, str(cast_from), now, run_id],
                )
            for number in range(1, round_count + 1):
                self._ensure_round(run_id, session_id, number, round_minutes, now)
            self._touch_session(session_id, now)
        return self.get(run_id)

    def _ensure_round(
        self, run_id: str, session_id: str, number: int, minutes: int, now: str
    ) -> None:
        exists = self.db.execute(
            "SELECT 1 FROM role_play_rounds WHERE role_play_id=? AND round_number=?"
            " AND deleted_at IS NULL",
            [run_id, number],
        ).fetchone()
        if not exists:
            self._insert(
                "role_play_rounds",
                self._stamped(
                    {
                        "session_id": session_id,
                        "role_play_id": run_id,
                        "round_number": number,
                        "minutes": minutes,
                    },
                    now,
                ),
            )

    def set_round_count(self, run_id: str, round_count: int, round_minutes: int = 10) -> None:
        """More or fewer rounds; casts of rounds beyond the count are kept, just not shown."""
        if not 1 <= round_count <= MAX_ROUNDS:
            raise ValueError("round_count out of range")
        now = self._now()
        with self.db.atomic():
            run = self.get(run_id)
            self.db.execute(
                "UPDATE role_plays SET round_count=?, updated_at=? WHERE id=?",
                [round_count, now, run_id],
            )
            for number in range(1, round_count + 1):
                self._ensure_round(run_id, run.session_id, number, round_minutes, now)
            self._touch_session(run.session_id, now)

    def set_casting(self, run_id: str, round_number: int, cast: Mapping[str, CastEntry]) -> None:
        """Replace a round's cast: person key -> entry. People left out are taken off."""
        now = self._now()
        with self.db.atomic():
            run = self.get(run_id)
            current = {
                row[1]: (row[0], row[2], row[3], row[4])
                for row in self.db.execute(
                    "SELECT id, person_key, person_name, role_key, group_name"
                    " FROM role_play_casting"
                    " WHERE role_play_id=? AND round_number=? AND deleted_at IS NULL",
                    [run_id, round_number],
                )
            }
            for key, (row_id, name, role, group) in current.items():
                entry = cast.get(key)
                if entry is None:
                    self.db.execute(
                        "UPDATE role_play_casting SET deleted_at=?, updated_at=? WHERE id=?",
                        [now, now, row_id],
                    )
                elif (entry.person_name, entry.role_key, entry.group) != (name, role, group):
                    self.db.execute(
                        "UPDATE role_play_casting SET person_name=?, role_key=?, group_name=?,"
                        " updated_at=? WHERE id=?",
                        [entry.person_name, entry.role_key, entry.group, now, row_id],
                    )
            for key, entry in cast.items():
                if key not in current:
                    self._insert(
                        "role_play_casting",
                        self._stamped(
                            {
                                "session_id": run.session_id,
                                "role_play_id": run_id,
                                "round_number": round_number,
                                "person_key": key,
                                "person_name": entry.person_name,
                                "role_key": entry.role_key,
                                "group_name": entry.group,
                            },
                            now,
                        ),
                    )
            self.db.execute("UPDATE role_plays SET updated_at=? WHERE id=?", [now, run_id])
            self._touch_session(run.session_id, now)

    def set_castings(self, run_id: str, casts: Mapping[int, Mapping[str, CastEntry]]) -> None:
        """Several rounds' casts at once (auto-cast fills every round): one transaction."""
        with self.db.atomic():
            for round_number, cast in casts.items():
                self.set_casting(run_id, round_number, cast)

    def set_in_groups(self, run_id: str, in_groups: bool) -> None:
        """Play in groups at once, or as one room; the casts already made are kept."""
        now = self._now()
        with self.db.atomic():
            run = self.get(run_id)
            self.db.execute(
                "UPDATE role_plays SET in_groups=?, updated_at=? WHERE id=?",
                [int(in_groups), now, run_id],
            )
            self._touch_session(run.session_id, now)

    def detach(self, activity_id: str) -> None:
        """The activity no longer plays a scenario (undo of the first choice); rows are kept."""
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_activity(activity_id)
            self.db.execute(
                "UPDATE role_plays SET deleted_at=?, updated_at=? WHERE activity_id=?"
                " AND deleted_at IS NULL",
                [now, now, activity_id],
            )
            self._touch_session(session_id, now)

    def set_debrief(self, run_id: str, text: str) -> None:
        _check_text(text)
        now = self._now()
        with self.db.atomic():
            run = self.get(run_id)
            self.db.execute(
                "UPDATE role_plays SET debrief_notes=?, updated_at=? WHERE id=?",
                [text, now, run_id],
            )
            self._touch_session(run.session_id, now)

    def set_round_debrief(self, run_id: str, round_number: int, text: str) -> None:
        _check_text(text)
        self._update_round(run_id, round_number, "debrief_notes", text)

    def set_round_minutes(self, run_id: str, round_number: int, minutes: int) -> None:
        if not 1 <= minutes <= 240:
            raise ValueError("minutes out of range")
        self._update_round(run_id, round_number, "minutes", minutes)

    def _update_round(self, run_id: str, round_number: int, column: str, value: object) -> None:
        check_row("role_play_rounds", {"round_number": round_number, column: value})
        now = self._now()
        with self.db.atomic():
            run = self.get(run_id)
            self._ensure_round(run_id, run.session_id, round_number, 10, now)
            self.db.execute(
                f"UPDATE role_play_rounds SET {column}=?, updated_at=? WHERE role_play_id=?"
                " AND round_number=? AND deleted_at IS NULL",
                [value, now, run_id, round_number],
            )
            self._touch_session(run.session_id, now)

    def set_scores(
        self,
        run_id: str,
        round_number: int,
        observer_key: str,
        observer_name: str,
        observer_role: str,
        scores: Mapping[str, tuple[str, int | None]],
    ) -> None:
        """One observer's sheet for a round: item key -> (value key, score 1–4 or None)."""
        for _value, score in scores.values():
            if score is not None and not SCORE_MIN <= score <= SCORE_MAX:
                raise ValueError("score out of range")
        now = self._now()
        with self.db.atomic():
            run = self.get(run_id)
            existing = {
                row[1]: (row[0], row[2])
                for row in self.db.execute(
                    "SELECT id, item_key, score FROM observer_scores WHERE role_play_id=?"
                    " AND round_number=? AND observer_key=? AND deleted_at IS NULL",
                    [run_id, round_number, observer_key],
                )
            }
            for item_key, (value_key, score) in scores.items():
                if item_key in existing:
                    row_id, old = existing[item_key]
                    if old != score:
                        self.db.execute(
                            "UPDATE observer_scores SET score=?, observer_name=?, updated_at=?"
                            " WHERE id=?",
                            [score, observer_name, now, row_id],
                        )
                else:
                    self._insert(
                        "observer_scores",
                        self._stamped(
                            {
                                "session_id": run.session_id,
                                "role_play_id": run_id,
                                "round_number": round_number,
                                "observer_key": observer_key,
                                "observer_name": observer_name,
                                "observer_role": observer_role,
                                "item_key": item_key,
                                "value_key": value_key,
                                "score": score,
                            },
                            now,
                        ),
                    )
            self._touch_session(run.session_id, now)
