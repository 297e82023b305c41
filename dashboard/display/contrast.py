"""WCAG 2.1 contrast of the house colours: relative luminance, contrast ratio, and the colour a
translucent fill shows over its background (what the eye compares, not the fill code)."""

from __future__ import annotations

import re

_HEX = re.compile(r"#([0-9a-fA-F]{6})")
_RGBA = re.compile(r"rgba\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*([0-9.]+)\s*\)")


def rgb(colour: str) -> tuple[int, int, int]:
    """'#D55E00' → (213, 94, 0); 'rgba(255, 255, 255, 0.85)' → (255, 255, 255)."""
    return rgba(colour)[:3]


def rgba(colour: str) -> tuple[int, int, int, float]:
    """The channels 0–255 and the opacity 0–1 of a '#RRGGBB' or 'rgba(r, g, b, a)' code."""
    if match := _HEX.fullmatch(colour.strip()):
        code = match.group(1)
        return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16), 1.0
    if match := _RGBA.fullmatch(colour.strip()):
        red, green, blue, alpha = match.groups()
        return int(red), int(green), int(blue), float(alpha)
    raise ValueError(f"not a colour code: {colour!r}")


def hex_code(channels: tuple[float, float, float]) -> str:
    """(213, 94, 0) → '#D55E00', each channel rounded and clipped to 0–255."""
    return "#" + "".join(f"{min(255, max(0, round(value))):02X}" for value in channels)


def over(colour: str, background: str, opacity: float = 1.0) -> str:
    """The colour seen where `colour` at `opacity` (times its own alpha) lies on an opaque
    `background`: browsers blend the gamma-encoded sRGB channels (CSS Compositing, source-over)."""
    *top, alpha = rgba(colour)
    share = opacity * alpha
    ground = rgb(background)
    return hex_code(tuple(share * t + (1 - share) * g for t, g in zip(top, ground, strict=True)))


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two opaque colours, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
