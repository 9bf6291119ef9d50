"""The two themes read: text on every background at WCAG AA, the timer's digits at AAA on the
projector, and a style sheet and palette made from each."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from facilitation.timer import Phase
from ui.common.theme.contrast import contrast_ratio
from ui.common.theme.stylesheet import TONES, build_palette, build_style_sheets, disabled_text
from ui.common.theme.tokens import DARK, LIGHT, PROJECTOR, Tokens
from ui.projector.view import PHASE_COLOURS

THEMES = pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=["light", "dark"])


def test_contrast_is_computed_as_wcag_says() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1)


@THEMES
def test_text_reads_on_background_and_surface(tokens: Tokens) -> None:
    for ground in (tokens.background, tokens.surface, tokens.surface_alt):
        for role in ("text", *TONES, "overtime"):
            assert contrast_ratio(getattr(tokens, role), ground) >= 4.5, (role, ground)
    assert contrast_ratio(tokens.accent_text, tokens.accent) >= 4.5  # a chosen page, selection
    assert contrast_ratio(tokens.banner[1], tokens.banner[0]) >= 4.5
    assert contrast_ratio(tokens.text, tokens.highlight) >= 4.5  # a search match


@THEMES
def test_disabled_text_is_dimmer_than_text_but_still_visible(tokens: Tokens) -> None:
    dimmed = contrast_ratio(disabled_text(tokens), tokens.background)
    assert 1.8 <= dimmed < contrast_ratio(tokens.text, tokens.background)


@THEMES
def test_the_run_pages_timer_digits_read_in_every_phase(tokens: Tokens) -> None:
    for phase in Phase:
        background, digits = tokens.phases[phase]
        assert contrast_ratio(digits, background) >= 7, phase


def test_the_projectors_digits_read_across_the_hall_in_both_themes() -> None:
    assert PROJECTOR.phases == PHASE_COLOURS  # the wall paints from the tokens
    for phase in Phase:
        background, digits = PROJECTOR.phases[phase]
        assert contrast_ratio(digits, background) >= 7, phase
    for background, ink in (PROJECTOR.slide, PROJECTOR.message):
        assert contrast_ratio(ink, background) >= 7
    assert contrast_ratio(PROJECTOR.slide[1], PROJECTOR.stripe) >= 7
    assert contrast_ratio(PROJECTOR.accent, PROJECTOR.slide[0]) >= 7


@THEMES
def test_style_sheets_are_built_from_each_theme(tokens: Tokens) -> None:
    sheets = build_style_sheets(tokens)
    assert set(sheets) == {"navigation", "banner", "chip", "band"}
    assert "QListWidget#navigation::item:selected" in sheets["navigation"]
    assert tokens.accent in sheets["navigation"] and tokens.surface in sheets["navigation"]
    assert tokens.banner[0] in sheets["banner"]
    for sheet in sheets.values():
        assert sheet.count("{") == sheet.count("}")
    assert build_style_sheets(LIGHT) != build_style_sheets(DARK)


@THEMES
def test_the_palette_carries_the_tokens(qapp, tokens: Tokens) -> None:
    palette = build_palette(tokens)
    role = QPalette.ColorRole
    assert palette.color(role.Window).name().upper() == tokens.background.upper()
    assert palette.color(role.Base).name().upper() == tokens.surface.upper()
    assert palette.color(role.Text).name().upper() == tokens.text.upper()
    assert palette.color(role.Highlight).name().upper() == tokens.accent.upper()
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text).name()
    assert disabled.upper() == disabled_text(tokens).upper()


def test_the_dark_theme_is_dark_and_the_light_one_light() -> None:
    assert contrast_ratio(DARK.background, "#000000") < 2
    assert contrast_ratio(LIGHT.background, "#FFFFFF") < 1.2


@THEMES
def test_text_reads_on_rows_tinted_by_meaning(tokens: Tokens) -> None:
    from ui.common.theme.stylesheet import mix

    for tone in ("danger", "warning", "success", "info", "accent"):
        for share in (0.12, 0.15, 0.18, 0.2):
            row = mix(tokens.surface, getattr(tokens, tone), share)
            assert contrast_ratio(tokens.text, row) >= 4.5, (tone, share)
