"""WCAG 2 contrast between two colours: 1 (none) to 21 (black on white). Text needs 4.5, the
projector's digits 7 (AAA), read across a hall."""

from __future__ import annotations


def relative_luminance(colour: str) -> float:
    """Of "#RRGGBB", as WCAG 2.x defines it."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    red, green, blue = linear
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
