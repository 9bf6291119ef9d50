"""What the casting table calls each role of a scenario, in the UI language: the roles by
name, observers marked as such, and the audience. Words keep the RolePlayTab context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.casting import AUDIENCE
from facilitation.roleplay import Scenario

translate = QCoreApplication.translate


def role_labels(scenario: Scenario | None, lang: str) -> dict[str, str]:
    """role key -> label; AUDIENCE first, then the scenario's roles and observer roles."""
    labels = {AUDIENCE: translate("RolePlayTab", "— audience —")}
    if scenario:
        for role in scenario.roles:
            labels[role.key] = role.name_in(lang)
        suffix = translate("RolePlayTab", "observer")
        for observer in scenario.observer_roles:
            name = observer.name_in(lang)
            # "Pengamat" needs no "(observer)" after it; "Process observer" neither.
            known = suffix.casefold() in name.casefold() or "pengamat" in name.casefold()
            labels[observer.key] = name if known else f"{name} ({suffix})"
    return labels


def role_choices(scenario: Scenario | None, lang: str) -> list[tuple[str, object]]:
    """(label, role key) for the cast-by-hand menu: the roles, then the audience last."""
    labels = role_labels(scenario, lang)
    return [(label, key) for key, label in labels.items() if key != AUDIENCE] + [
        (labels[AUDIENCE], AUDIENCE)
    ]
