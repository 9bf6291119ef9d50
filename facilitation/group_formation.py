"""A formation: the groups made for a session or for one activity, with the plan and seed
that made them, so a formation can be re-made exactly and the history of who sat with whom
is kept across activities."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from facilitation.groups import GroupPlan, GroupTarget

# The BerAKHLAK core values of the Indonesian civil service: a favourite set of group names.
BERAKHLAK_VALUES = (
    "Berorientasi Pelayanan",
    "Akuntabel",
    "Kompeten",
    "Harmonis",
    "Loyal",
    "Adaptif",
    "Kolaboratif",
)

MAX_GROUP_NAME_LENGTH = 120

_DEFAULT_NAME = {"id": "Kelompok {number}", "en": "Group {number}"}


def default_group_name(number: int, language: str) -> str:
    return _DEFAULT_NAME.get(language, _DEFAULT_NAME["id"]).format(number=number)


def group_name_problem(name: str) -> str | None:
    if not name.strip():
        return "group_name_empty"
    if len(name) > MAX_GROUP_NAME_LENGTH:
        return "text_too_long"
    if "\x00" in name:
        return "text_has_nul"
    return None


@dataclass
class Group:
    name: str
    member_ids: list[str] = field(default_factory=list)
    id: str = ""
    position: int = 0


@dataclass
class GroupFormation:
    session_id: str
    groups: list[Group]
    plan: GroupPlan
    activity_id: str | None = None
    id: str = ""
    created_at: str = ""

    @property
    def seed(self) -> int:
        return self.plan.seed

    def group_of(self, participant_id: str) -> Group | None:
        return next((g for g in self.groups if participant_id in g.member_ids), None)


def plan_to_json(plan: GroupPlan) -> str:
    data = asdict(plan)
    data["target"] = str(plan.target)
    data["keep_together"] = [sorted(lock) for lock in plan.keep_together]
    data["keep_apart"] = [sorted(lock) for lock in plan.keep_apart]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def plan_from_json(text: str, seed: int) -> GroupPlan:
    data = json.loads(text or "{}")
    known = GroupPlan.__dataclass_fields__
    data = {key: value for key, value in data.items() if key in known}
    data["target"] = GroupTarget(data.get("target", GroupTarget.COUNT))
    data["keep_together"] = tuple(frozenset(lock) for lock in data.get("keep_together", ()))
    data["keep_apart"] = tuple(frozenset(lock) for lock in data.get("keep_apart", ()))
    data["seed"] = seed
    return GroupPlan(**data)
