"""Where the shipped resources/ folder is: beside the packages when run from source, inside
the bundle when frozen by PyInstaller (sys._MEIPASS), so every loader finds its files."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path under resources/, e.g. resource_path("library", "games.json")."""
    return resources_dir().joinpath(*parts)
