"""The facilitator's own role-play scenarios and cases, merged with the built-in library.

Built-ins are read-only (they ship with the app and change with it); a facilitator who wants
to change one duplicates it, and the copy is stored here as bilingual JSON under its row id.
"""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum

from facilitation.cases import Case, case_from_dict, case_to_dict, validate_case
from facilitation.roleplay import (
    Scenario,
    scenario_from_dict,
    scenario_to_dict,
    validate_scenario,
)
from facilitation.validation import check_row
from storage.method_rows import MethodsRepositoryBase
from storage.sessions import NotFoundError


class LibraryKind(StrEnum):
    ROLE_PLAY = "role_play"
    CASE = "case"


class LibraryItemRepository(MethodsRepositoryBase):
    def _items(self, kind: LibraryKind, with_trashed: bool) -> list[tuple[str, dict]]:
        where = "" if with_trashed else " AND deleted_at IS NULL"
        return [
            (row[0], json.loads(row[1]))
            for row in self.db.execute(
                "SELECT id, content FROM library_items WHERE kind=?"
                + where
                + " ORDER BY created_at",
                [str(kind)],
            )
        ]

    def _save(self, kind: LibraryKind, key: str, content: dict, based_on: str | None) -> None:
        now = self._now()
        text = json.dumps(content, ensure_ascii=False)
        check_row(
            "library_items",
            {"id": key, "kind": str(kind), "content": text, "based_on": based_on},
        )
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE library_items SET content=?, deleted_at=NULL, updated_at=?"
                " WHERE id=? AND kind=?",
                [text, now, key, str(kind)],
            ).rowcount
            if not changed:
                self.db["library_items"].insert(
                    {
                        "id": key,
                        "kind": str(kind),
                        "content": text,
                        "based_on": based_on,
                        "created_at": now,
                        "updated_at": now,
                    }
                )

    def move_to_trash(self, key: str) -> None:
        now = self._now()
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE library_items SET deleted_at=?, updated_at=? WHERE id=?"
                " AND deleted_at IS NULL",
                [now, now, key],
            ).rowcount
        if not changed:
            raise NotFoundError(key)

    def restore(self, key: str) -> None:
        now = self._now()
        with self.db.atomic():
            self.db.execute(
                "UPDATE library_items SET deleted_at=NULL, updated_at=? WHERE id=?", [now, key]
            )

    # -- scenarios ---------------------------------------------------------------------------

    def scenarios(self, builtins: list[Scenario], with_trashed: bool = False) -> list[Scenario]:
        """Built-ins first, then the user's own in the order they were made."""
        own = [
            scenario_from_dict(content, key=key)
            for key, content in self._items(LibraryKind.ROLE_PLAY, with_trashed)
        ]
        return [*builtins, *own]

    def save_scenario(self, scenario: Scenario) -> Scenario:
        """Add or replace the user's scenario (its key is its row id)."""
        if scenario.builtin:
            raise PermissionError("built-in scenarios are read-only; duplicate to edit")
        validate_scenario(scenario)
        self._save(
            LibraryKind.ROLE_PLAY, scenario.key, scenario_to_dict(scenario), scenario.based_on
        )
        return scenario

    def new_key(self) -> str:
        return self._new_id()

    # -- cases -------------------------------------------------------------------------------

    def cases(self, builtins: list[Case], with_trashed: bool = False) -> list[Case]:
        own = [
            case_from_dict(content, key=key)
            for key, content in self._items(LibraryKind.CASE, with_trashed)
        ]
        return [*builtins, *own]

    def save_case(self, case: Case) -> Case:
        if case.builtin:
            raise PermissionError("built-in cases are read-only; duplicate to edit")
        validate_case(case)
        self._save(LibraryKind.CASE, case.key, case_to_dict(replace(case)), case.based_on)
        return case
