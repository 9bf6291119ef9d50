"""Games played in an activity: the game, how many rounds, and each group's points per round.
Every public write is one user action, one transaction."""

from __future__ import annotations

from facilitation.games import MAX_GAME_ROUNDS
from facilitation.method_runs import GamePlay
from facilitation.scoring import points_problem
from storage.method_rows import MethodsRepositoryBase
from storage.sessions import NotFoundError


class GameRepository(MethodsRepositoryBase):
    def for_activity(self, activity_id: str) -> GamePlay | None:
        row = self.db.execute(
            "SELECT id FROM game_plays WHERE activity_id=? AND deleted_at IS NULL"
            " ORDER BY updated_at DESC LIMIT 1",
            [activity_id],
        ).fetchone()
        return self.get(row[0]) if row else None

    def for_session(self, session_id: str) -> list[GamePlay]:
        return [
            self.get(row[0])
            for row in self.db.execute(
                "SELECT g.id FROM game_plays g JOIN activities a ON a.id = g.activity_id"
                " WHERE g.session_id=? AND g.deleted_at IS NULL AND a.deleted_at IS NULL"
                " ORDER BY a.day_id, a.position",
                [session_id],
            ).fetchall()
        ]

    def get(self, play_id: str) -> GamePlay:
        row = self.db.execute(
            "SELECT id, session_id, activity_id, game_key, game_title, round_count"
            " FROM game_plays WHERE id=?",
            [play_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(play_id)
        play = GamePlay(*row)
        for group, number, points in self.db.execute(
            "SELECT group_name, round_number, points FROM game_scores WHERE game_play_id=?"
            " AND deleted_at IS NULL ORDER BY updated_at",
            [play_id],
        ):
            if points is None:
                play.scores.pop((group, number), None)
            else:
                play.scores[(group, number)] = points
        return play

    def choose_game(self, activity_id: str, game_key: str, title: str, rounds: int) -> GamePlay:
        """Play a game in the activity (or switch game); points already given are kept."""
        if not 1 <= rounds <= MAX_GAME_ROUNDS:
            raise ValueError("rounds out of range")
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_activity(activity_id)
            play = self.for_activity(activity_id)
            if play is None:
                row = self._stamped(
                    {
                        "session_id": session_id,
                        "activity_id": activity_id,
                        "game_key": game_key,
                        "game_title": title,
                        "round_count": rounds,
                    },
                    now,
                )
                self._insert("game_plays", row)
                play_id = row["id"]
            else:
                play_id = play.id
                self.db.execute(
                    "UPDATE game_plays SET game_key=?, game_title=?, round_count=?, updated_at=?"
                    " WHERE id=?",
                    [game_key, title, rounds, now, play_id],
                )
            self._touch_session(session_id, now)
        return self.get(play_id)

    def detach(self, activity_id: str) -> None:
        """The activity no longer plays a game (undo of the first choice); rows are kept."""
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_activity(activity_id)
            self.db.execute(
                "UPDATE game_plays SET deleted_at=?, updated_at=? WHERE activity_id=?"
                " AND deleted_at IS NULL",
                [now, now, activity_id],
            )
            self._touch_session(session_id, now)

    def set_round_count(self, play_id: str, rounds: int) -> None:
        if not 1 <= rounds <= MAX_GAME_ROUNDS:
            raise ValueError("rounds out of range")
        now = self._now()
        with self.db.atomic():
            play = self.get(play_id)
            self.db.execute(
                "UPDATE game_plays SET round_count=?, updated_at=? WHERE id=?",
                [rounds, now, play_id],
            )
            self._touch_session(play.session_id, now)

    def set_points(self, play_id: str, group: str, round_number: int, points: float | None) -> None:
        """A group's points in a round; None clears them."""
        if points is not None and points_problem(points):
            raise ValueError(points_problem(points))
        now = self._now()
        with self.db.atomic():
            play = self.get(play_id)
            changed = self.db.execute(
                "UPDATE game_scores SET points=?, updated_at=? WHERE game_play_id=?"
                " AND group_name=? AND round_number=? AND deleted_at IS NULL",
                [points, now, play_id, group, round_number],
            ).rowcount
            if not changed:
                self._insert(
                    "game_scores",
                    self._stamped(
                        {
                            "session_id": play.session_id,
                            "game_play_id": play_id,
                            "round_number": round_number,
                            "group_name": group,
                            "points": points,
                        },
                        now,
                    ),
                )
            self._touch_session(play.session_id, now)
