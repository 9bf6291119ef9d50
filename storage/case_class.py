"""Case class: which case each group of an activity works on, and the groups' answers per
guiding question. Every public write is one user action, one transaction."""

from __future__ import annotations

from collections.abc import Mapping

from facilitation.bilingual import LibraryItemError, text_problem
from facilitation.method_runs import MAX_NOTE_LENGTH, CaseAssignment
from storage.method_rows import MethodsRepositoryBase
from storage.sessions import NotFoundError

MAX_GROUP_NAME = 300


class CaseClassRepository(MethodsRepositoryBase):
    def assignments(self, activity_id: str) -> list[CaseAssignment]:
        """The activity's assignments with their answers, in the order groups were given one."""
        rows = self.db.execute(
            "SELECT id, activity_id, group_name, case_key, case_title FROM case_assignments"
            " WHERE activity_id=? AND deleted_at IS NULL ORDER BY created_at, rowid",
            [activity_id],
        ).fetchall()
        return [self._with_answers(row) for row in rows]

    def for_session(self, session_id: str) -> list[CaseAssignment]:
        rows = self.db.execute(
            "SELECT c.id, c.activity_id, c.group_name, c.case_key, c.case_title"
            " FROM case_assignments c JOIN activities a ON a.id = c.activity_id"
            " WHERE c.session_id=? AND c.deleted_at IS NULL AND a.deleted_at IS NULL"
            " ORDER BY a.day_id, a.position, c.created_at",
            [session_id],
        ).fetchall()
        return [self._with_answers(row) for row in rows]

    def _with_answers(self, row: tuple) -> CaseAssignment:
        answers: dict[int, str] = {}
        for index, text in self.db.execute(
            "SELECT question_index, answer FROM case_answers WHERE assignment_id=?"
            " AND deleted_at IS NULL ORDER BY updated_at",
            [row[0]],
        ):
            answers[index] = text
        return CaseAssignment(*row, answers=answers)

    def assign(self, activity_id: str, cases_by_group: Mapping[str, tuple[str, str]]) -> None:
        """Give groups their cases: group name -> (case key, case title). A group that already
        had a different case gets a new assignment; its earlier answers stay in the trash."""
        for group in cases_by_group:
            problem = text_problem(group, MAX_GROUP_NAME)
            if problem or not group.strip():
                raise LibraryItemError(problem or "group_name_empty")
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_activity(activity_id)
            current = {
                row[1]: (row[0], row[2])
                for row in self.db.execute(
                    "SELECT id, group_name, case_key FROM case_assignments WHERE activity_id=?"
                    " AND deleted_at IS NULL",
                    [activity_id],
                )
            }
            for group, (case_key, case_title) in cases_by_group.items():
                if group in current and current[group][1] == case_key:
                    continue
                if group in current:
                    self._trash_assignment(current[group][0], now)
                self._insert(
                    "case_assignments",
                    self._stamped(
                        {
                            "session_id": session_id,
                            "activity_id": activity_id,
                            "group_name": group,
                            "case_key": case_key,
                            "case_title": case_title,
                        },
                        now,
                    ),
                )
            self._touch_session(session_id, now)

    def unassign(self, activity_id: str, group_names: list[str]) -> None:
        now = self._now()
        with self.db.atomic():
            session_id = self._session_of_activity(activity_id)
            for row_id, group in self.db.execute(
                "SELECT id, group_name FROM case_assignments WHERE activity_id=?"
                " AND deleted_at IS NULL",
                [activity_id],
            ).fetchall():
                if group in group_names:
                    self._trash_assignment(row_id, now)
            self._touch_session(session_id, now)

    def _trash_assignment(self, assignment_id: str, now: str) -> None:
        for table, column in (("case_answers", "assignment_id"), ("case_assignments", "id")):
            self.db.execute(
                f"UPDATE {table} SET deleted_at=?, updated_at=? WHERE {column}=?"
                " AND deleted_at IS NULL",
                [now, now, assignment_id],
            )

    def set_answer(self, assignment_id: str, question_index: int, answer: str) -> None:
        """The group's answer to one question, stored exactly as typed."""
        problem = text_problem(answer, MAX_NOTE_LENGTH)
        if problem:
            raise LibraryItemError(problem)
        now = self._now()
        with self.db.atomic():
            row = self.db.execute(
                "SELECT session_id FROM case_assignments WHERE id=? AND deleted_at IS NULL",
                [assignment_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(assignment_id)
            changed = self.db.execute(
                "UPDATE case_answers SET answer=?, updated_at=? WHERE assignment_id=?"
                " AND question_index=? AND deleted_at IS NULL",
                [answer, now, assignment_id, question_index],
            ).rowcount
            if not changed:
                self._insert(
                    "case_answers",
                    self._stamped(
                        {
                            "session_id": row[0],
                            "assignment_id": assignment_id,
                            "question_index": question_index,
                            "answer": answer,
                        },
                        now,
                    ),
                )
            self._touch_session(row[0], now)
