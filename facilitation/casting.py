"""Casting a role play: who plays which role in each round.

The cast can be participants or whole groups (each group plays a role together); either way
they are "people" here, identified by a key. The scenario's main roles need one person each;
observer roles take any number. Everyone who is not acting observes, so nobody sits idle; with
no observer role they are the audience (role "").

Rotation gives each person a role they have not yet had whenever one is still free for them:
main roles are matched with augmenting paths over "new to this person" pairs, so a person only
repeats a main role when every main role new to them is already taken, and only repeats an
observer role when they have had every observer role.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

AUDIENCE = ""

Casting = dict[str, str]  # person key -> role key (AUDIENCE when only watching)


def auto_cast(
    people: Sequence[str],
    roles: Sequence[str],
    observer_roles: Sequence[str] = (),
    seed: int = 0,
) -> Casting:
    """A fresh, seeded casting: the same seed and people give the same cast."""
    return rotate([], people, roles, observer_roles, seed)


def cast_rounds(
    people: Sequence[str],
    roles: Sequence[str],
    observer_roles: Sequence[str],
    seed: int,
    round_count: int,
) -> dict[int, Casting]:
    """Every round of a role play cast at once: round 1 fresh, each later round rotated from
    the ones before it (seed + round number), so one seed gives the whole plan again."""
    casts: dict[int, Casting] = {1: auto_cast(people, roles, observer_roles, seed)}
    for number in range(2, round_count + 1):
        earlier = [casts[n] for n in range(1, number)]
        casts[number] = rotate(earlier, people, roles, observer_roles, seed + number)
    return casts


def rotate(
    earlier: Sequence[Mapping[str, str]],
    people: Sequence[str],
    roles: Sequence[str],
    observer_roles: Sequence[str] = (),
    seed: int = 0,
) -> Casting:
    """The next round's casting, giving everyone a role they have not had where possible."""
    rng = random.Random(seed)
    order = list(dict.fromkeys(people))
    rng.shuffle(order)
    role_order = list(dict.fromkeys(roles))
    had: dict[str, set[str]] = {person: set() for person in order}
    acted: dict[str, int] = dict.fromkeys(order, 0)
    for casting in earlier:
        for person, role in casting.items():
            if person in had and role != AUDIENCE:
                had[person].add(role)
                if role in role_order:
                    acted[person] += 1
    # People who have acted least come first, so main roles go round the room.
    order.sort(key=lambda person: acted[person])

    role_of_person = _match_new_roles(order, role_order, had)
    person_of_role = {role: person for person, role in role_of_person.items()}
    observers = [role for role in dict.fromkeys(observer_roles) if role not in role_order]

    # Roles still free: every person left has had each of them (the matching is maximum), so
    # someone must repeat. Prefer people with no new observer role left to go to.
    waiting = [person for person in order if person not in role_of_person]
    waiting.sort(key=lambda person: not all(role in had[person] for role in observers))
    for role in role_order:
        if role not in person_of_role and waiting:
            person = waiting.pop(0)
            role_of_person[person] = role
            person_of_role[role] = person

    load = dict.fromkeys(observers, 0)
    casting: Casting = {}
    for person in order:
        if person in role_of_person:
            casting[person] = role_of_person[person]
        elif observers:
            fresh = [role for role in observers if role not in had[person]]
            choice = min(fresh or observers, key=lambda role: (load[role], observers.index(role)))
            load[choice] += 1
            casting[person] = choice
        else:
            casting[person] = AUDIENCE
    return {person: casting[person] for person in people if person in casting}


def _match_new_roles(
    people: list[str], roles: list[str], had: Mapping[str, set[str]]
) -> dict[str, str]:
    """A maximum matching of people to main roles new to them (Kuhn's augmenting paths)."""
    person_of_role: dict[str, str] = {}

    def place(person: str, seen: set[str]) -> bool:
        for role in roles:
            if role in had[person] or role in seen:
                continue
            seen.add(role)
            holder = person_of_role.get(role)
            if holder is None or place(holder, seen):
                person_of_role[role] = person
                return True
        return False

    for person in people:
        if len(person_of_role) == len(roles):
            break
        place(person, set())
    return {person: role for role, person in person_of_role.items()}


def cast_by_role(
    casting: Mapping[str, str], roles: Sequence[str], observer_roles: Sequence[str] = ()
) -> dict[str, list[str]]:
    """Role key -> the people in it, in the scenario's role order (observers after roles)."""
    by_role: dict[str, list[str]] = {role: [] for role in [*roles, *observer_roles]}
    for person, role in casting.items():
        if role in by_role:
            by_role[role].append(person)
    return by_role


def recast(casting: Mapping[str, str], person: str, role: str, roles: Sequence[str]) -> Casting:
    """Cast one person by hand. A main role holds one person, so its previous holder swaps
    into the role the person leaves (or the audience)."""
    changed = dict(casting)
    previous = changed.get(person, AUDIENCE)
    if role in roles:
        for other, other_role in casting.items():
            if other != person and other_role == role:
                changed[other] = previous
    changed[person] = role
    return changed


# -- who is in the room, and playing in groups at once ---------------------------------------

GroupCasting = dict[str, Casting]  # group name -> that group's casting


def present_people(registered: Sequence[str], present: set[str]) -> tuple[list[str], bool]:
    """Who auto-casting draws from: the people checked in on the role play's day, in the
    roster's order. With nobody checked in that day it falls back to everyone registered;
    the flag says so, so the tab can tell the facilitator."""
    here = [person for person in registered if person in present]
    return (here, False) if here else (list(registered), True)


def groups_in_the_room(
    groups: Sequence[tuple[str, Sequence[str]]], people: Sequence[str]
) -> list[tuple[str, list[str]]]:
    """The groups as they are today: absent members left out, someone in two groups only in
    the first, and anyone in the room but in no group added to the smallest groups in turn.
    Groups left empty are dropped; with no groups at all, everyone is one group ("")."""
    in_room = list(dict.fromkeys(people))
    placed: set[str] = set()
    found: list[tuple[str, list[str]]] = []
    for name, members in groups:
        kept = [m for m in dict.fromkeys(members) if m in in_room and m not in placed]
        placed.update(kept)
        found.append((name, kept))
    found = [(name, members) for name, members in found if members]
    if not found:
        return [("", in_room)] if in_room else []
    for person in in_room:
        if person not in placed:
            smallest = min(found, key=lambda group: len(group[1]))
            smallest[1].append(person)
            placed.add(person)
    return found


def cast_rounds_in_groups(
    groups: Sequence[tuple[str, Sequence[str]]],
    roles: Sequence[str],
    observer_roles: Sequence[str],
    seed: int,
    round_count: int,
) -> dict[int, GroupCasting]:
    """Every group plays the same roles at once: each is cast (and rotated) on its own, its
    remaining members observing or watching within their group."""
    rounds: dict[int, GroupCasting] = {n: {} for n in range(1, round_count + 1)}
    for index, (name, members) in enumerate(groups):
        casts = cast_rounds(members, roles, observer_roles, seed + 7919 * index, round_count)
        for number, casting in casts.items():
            rounds[number][name] = casting
    return rounds


def rotate_in_groups(
    earlier: Sequence[Mapping[str, str]],
    groups: Sequence[tuple[str, Sequence[str]]],
    roles: Sequence[str],
    observer_roles: Sequence[str] = (),
    seed: int = 0,
) -> GroupCasting:
    """The next round in every group, each rotated from what its members played before."""
    return {
        name: rotate(earlier, members, roles, observer_roles, seed + 7919 * index)
        for index, (name, members) in enumerate(groups)
    }


def recast_in_group(
    casting: Mapping[str, str],
    group_of: Mapping[str, str],
    person: str,
    role: str,
    roles: Sequence[str],
) -> Casting:
    """Cast one person by hand when groups play at once: a main role is held once per group,
    so only a holder in the person's own group swaps out."""
    group = group_of.get(person, "")
    mine = {p: r for p, r in casting.items() if group_of.get(p, "") == group}
    changed = dict(casting)
    changed.update(recast(mine, person, role, roles))
    return changed


def flatten(group_casting: Mapping[str, Mapping[str, str]]) -> tuple[Casting, dict[str, str]]:
    """One round played in groups as the whole room's casting and each person's group."""
    casting: Casting = {}
    group_of: dict[str, str] = {}
    for group, cast in group_casting.items():
        for person, role in cast.items():
            casting[person] = role
            group_of[person] = group
    return casting, group_of


GroupOf = dict[str, str]  # person key -> the group they play in ("" for the whole room)


def cast_all_rounds(
    people: Sequence[str],
    groups: Sequence[tuple[str, Sequence[str]]] | None,
    roles: Sequence[str],
    observer_roles: Sequence[str],
    seed: int,
    round_count: int,
) -> tuple[dict[int, Casting], dict[int, GroupOf]]:
    """Every round's cast and each person's group: in the groups given, else the room."""
    if groups is None:
        casts = cast_rounds(people, roles, observer_roles, seed, round_count)
        return casts, {number: {} for number in casts}
    by_group = cast_rounds_in_groups(groups, roles, observer_roles, seed, round_count)
    flat = {number: flatten(cast) for number, cast in by_group.items()}
    return {n: pair[0] for n, pair in flat.items()}, {n: pair[1] for n, pair in flat.items()}


def cast_next_round(
    earlier: Sequence[Mapping[str, str]],
    people: Sequence[str],
    groups: Sequence[tuple[str, Sequence[str]]] | None,
    roles: Sequence[str],
    observer_roles: Sequence[str],
    seed: int,
) -> tuple[Casting, GroupOf]:
    """The next round rotated from the earlier ones: in the groups given, else the room."""
    if groups is None:
        return rotate(earlier, people, roles, observer_roles, seed), {}
    return flatten(rotate_in_groups(earlier, groups, roles, observer_roles, seed))
