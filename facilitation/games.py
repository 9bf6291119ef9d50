"""Energizers and team games (*permainan*) with instructions, timing and scoring rules, shipped
in resources/library/games.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from facilitation.bilingual import bilingual, text_in
from facilitation.resources_path import resource_path

LIBRARY_FILE = resource_path("library", "games.json")
MAX_GAME_ROUNDS = 20


class GameKind(StrEnum):
    ENERGIZER = "energizer"
    TEAM_GAME = "team_game"


@dataclass(frozen=True)
class Game:
    key: str
    kind: GameKind
    title: dict[str, str]
    minutes: int
    rounds: int
    scored: bool
    instructions: dict[str, str]
    scoring: dict[str, str]
    materials: dict[str, str]

    def title_in(self, lang: str) -> str:
        return text_in(self.title, lang)


def load_games(path: Path = LIBRARY_FILE) -> list[Game]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [
        Game(
            key=str(item["key"]),
            kind=GameKind(item["kind"]),
            title=bilingual(item["title"]),
            minutes=int(item["minutes"]),
            rounds=int(item.get("rounds", 1)),
            scored=bool(item.get("scored", True)),
            instructions=bilingual(item.get("instructions", "")),
            scoring=bilingual(item.get("scoring", "")),
            materials=bilingual(item.get("materials", "")),
        )
        for item in raw["games"]
    ]
