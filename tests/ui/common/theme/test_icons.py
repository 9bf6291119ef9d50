"""Every icon the code names is shipped, and the loader draws it in the theme's colour, sharp
on a HiDPI screen."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon

from ui.common.theme.icons import ICONS_DIR, UnknownIconError, svg_pixmap, themed_icon
from ui.common.theme.tokens import DARK, LIGHT

ROOT = Path(__file__).resolve().parents[4]
ICON_CALLS = {"set_icon", "set_icons", "icon", "themed_icon", "svg_pixmap"}


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):  # icons | {"remove_button": "user-minus"}
        return _strings(node.left) + _strings(node.right)
    return []


def icon_names_in_code() -> dict[str, str]:
    """Icon name -> a file naming it: arguments of the loader's calls, and the values of
    dictionaries named icons or *_ICONS (icons by button, page or choice)."""
    found: dict[str, str] = {}
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in ICON_CALLS:
                    for argument in node.args:
                        names += _strings(argument)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(getattr(t, "id", "").lower().endswith("icons") for t in targets):
                    names += _strings(node.value)
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_the_scan_finds_the_icons_of_pages_buttons_and_navigation() -> None:
    names = icon_names_in_code()
    for expected in ("player-play", "player-pause", "plus", "presentation", "users"):
        assert expected in names
    assert "package-export" in names and "package-import" in names and "arrow-back-up" in names


def test_every_icon_named_in_the_code_is_shipped_as_svg() -> None:
    missing = {
        n: f for n, f in icon_names_in_code().items() if not (ICONS_DIR / f"{n}.svg").is_file()
    }
    assert missing == {}


def test_only_icons_the_code_uses_are_shipped_with_the_sets_licence() -> None:
    shipped = {p.stem for p in ICONS_DIR.glob("*.svg")}
    assert shipped - set(icon_names_in_code()) == set()
    assert (ICONS_DIR / "LICENSE-tabler-icons.txt").read_text().startswith("MIT License")


@pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=["light", "dark"])
def test_an_icon_is_drawn_in_the_themes_text_colour(qapp, tokens) -> None:
    image = svg_pixmap("player-play", tokens.text, 24, 1.0).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert inked, "nothing drawn"
    assert {c.name() for c in inked} == {QColor(tokens.text).name()}


def test_icons_are_sharp_on_a_hidpi_screen(qapp) -> None:
    pixmap = svg_pixmap("plus", "#000000", 16, 2.0)
    assert (pixmap.width(), pixmap.height()) == (32, 32)
    assert pixmap.devicePixelRatio() == 2.0


def test_an_icon_has_a_dimmed_form_when_disabled(qapp) -> None:
    icon = themed_icon("trash", LIGHT)
    normal = icon.pixmap(24, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(24, QIcon.Mode.Disabled).toImage()
    assert normal != disabled


def test_renderings_are_kept(qapp) -> None:
    assert svg_pixmap("sun", "#123456", 20, 1.0) is svg_pixmap("sun", "#123456", 20, 1.0)


@pytest.mark.attack("theme")
def test_an_unknown_icon_name_is_refused_by_name(qapp) -> None:
    with pytest.raises(UnknownIconError, match="no-such-icon"):
        svg_pixmap("no-such-icon", "#000000", 16, 1.0)


@pytest.mark.attack("theme")
def test_an_icon_name_cannot_reach_outside_the_icons_folder(qapp) -> None:
    with pytest.raises(UnknownIconError):
        svg_pixmap("../fonts/LICENSE-DejaVu", "#000000", 16, 1.0)
