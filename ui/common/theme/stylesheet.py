"""The app's QPalette and style sheets, all generated from one theme's tokens.

The palette does most of the work: Fusion draws every control, dialog and table from it, in
both themes. Style sheets say what a palette cannot, for the few widgets that need it (the
page navigation, a notice band, a tag chip): see set_look in ui/common/theme/__init__.py.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ui.common.theme.tokens import RADIUS, SPACING, Tokens

TONES = ("muted", "success", "warning", "danger", "info")


def mix(first: str, second: str, share_of_second: float) -> str:
    """A colour share_of_second of the way from first to second."""
    a, b = QColor(first), QColor(second)
    parts = [
        round(x + (y - x) * share_of_second)
        for x, y in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    ]
    return QColor(*parts).name()


def disabled_text(tokens: Tokens) -> str:
    return mix(tokens.text, tokens.background, 0.5)


def button_colour(tokens: Tokens) -> str:
    return tokens.surface_alt


def build_palette(tokens: Tokens) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: tokens.background,
        role.WindowText: tokens.text,
        role.Base: tokens.surface,
        role.AlternateBase: tokens.surface_alt,
        role.Text: tokens.text,
        role.Button: button_colour(tokens),
        role.ButtonText: tokens.text,
        role.BrightText: tokens.danger,
        role.Highlight: tokens.accent,
        role.HighlightedText: tokens.accent_text,
        role.ToolTipBase: tokens.surface,
        role.ToolTipText: tokens.text,
        role.PlaceholderText: tokens.muted,
        role.Link: tokens.info,
        role.LinkVisited: tokens.info,
        role.Light: mix(button_colour(tokens), "#FFFFFF", 0.35),
        role.Midlight: mix(button_colour(tokens), "#FFFFFF", 0.15),
        role.Mid: tokens.border,
        role.Dark: mix(tokens.border, "#000000", 0.3),
        role.Shadow: mix(tokens.border, "#000000", 0.6),
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor(disabled_text(tokens)))
    palette.setColor(disabled, role.Base, QColor(mix(tokens.surface, tokens.background, 0.5)))
    palette.setColor(disabled, role.Button, QColor(tokens.background))
    palette.setColor(disabled, role.Highlight, QColor(tokens.border))
    palette.setColor(QPalette.ColorGroup.Inactive, role.Highlight, QColor(tokens.accent))
    palette.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, QColor(tokens.accent_text))
    return palette


def build_style_sheets(tokens: Tokens) -> dict[str, str]:
    """The style sheet of each look (see set_look), from the tokens. Each is set on its own
    widgets only: a style sheet on the whole application makes Qt style every widget through
    its slower style-sheet engine (about twice the time to build a page)."""
    t, s = tokens, SPACING
    return {
        "navigation": f"""
QListWidget#navigation {{
    background: {t.surface}; border: none; border-right: 1px solid {t.border};
    padding-top: {s["m"]}px; outline: 0;
}}
QListWidget#navigation::item {{
    color: {t.text}; border-radius: {RADIUS}px; padding: {s["xs"]}px {s["m"]}px;
}}
QListWidget#navigation::item:hover {{ background: {t.surface_alt}; }}
QListWidget#navigation::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QListWidget#navigation::item:disabled {{ color: {disabled_text(t)}; }}
""",
        "banner": f"""*[look="banner"] {{
    background: {t.banner[0]}; color: {t.banner[1]}; border: 1px solid {t.banner[2]};
    padding: {s["m"]}px;
}}""",
        "chip": f"""*[look="chip"] {{
    background: {mix(t.surface, t.accent, 0.15)}; color: {t.text};
    border: 1px solid {mix(t.surface, t.accent, 0.5)}; border-radius: 9px; padding: 1px {s["m"]}px;
}}""",
        "band": f"""*[look="band"] {{
    background: {mix(t.surface, t.info, 0.12)}; border: 1px solid {mix(t.surface, t.info, 0.5)};
}}""",
    }
