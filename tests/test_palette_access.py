"""Every palette stays readable under colour-vision deficiency, every map shape stands 3:1 off
its ground (WCAG 1.4.11) and text on a coloured fill 4.5:1 (WCAG 1.4.3), online and offline.

Colour differences are CIE 1976 ΔE in CIELAB (sRGB → XYZ → Lab, D65) of the colours as seen:
a map fill at its opacity on each map ground. Colour-vision deficiency is simulated with
Machado et al. (2009) at severity 1, applied in linear RGB.
"""

from __future__ import annotations

import itertools
import re
import warnings
from pathlib import Path

import numpy as np
import pytest

with warnings.catch_warnings():  # colour-science warns about absent scipy/matplotlib extras
    warnings.simplefilter("ignore")
    import colour

from dashboard.display import contrast, palette
from dashboard.maps import choropleth
from dashboard.maps.overlays import Overlay

REPO = Path(__file__).resolve().parents[1]
DEFICIENCIES = ("Deuteranomaly", "Protanomaly", "Tritanomaly")
MIN_DELTA_E = 15.0
MIN_SHAPE_CONTRAST = 3.0  # WCAG 1.4.11
MIN_TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal text
SRGB = colour.RGB_COLOURSPACES["sRGB"]
with warnings.catch_warnings():  # and notes that its tritanomaly matrices are an approximation
    warnings.simplefilter("ignore")
    VISIONS = {"normaal": np.eye(3)} | {
        kind: colour.blindness.matrix_cvd_Machado2009(kind, 1) for kind in DEFICIENCIES
    }


def lab(code: str, vision: str) -> np.ndarray:
    linear = colour.models.eotf_sRGB(np.array(contrast.rgb(code)) / 255)
    simulated = np.clip(VISIONS[vision] @ linear, 0, 1)
    xyz = colour.RGB_to_XYZ(simulated, SRGB, apply_cctf_decoding=False)
    return colour.XYZ_to_Lab(xyz, SRGB.whitepoint)


def delta_e(first: str, second: str, vision: str) -> float:
    return float(np.linalg.norm(lab(first, vision) - lab(second, vision)))


def seen(together: palette.Together, ground: str) -> list[str]:
    """The colours of a set as the eye gets them on `ground`."""
    opacity = palette.FILL_OPACITY if together.where == palette.MAP else 1.0
    colours = [contrast.over(code, ground, opacity) for code in together.colours]
    if together.muted:
        colours.append(contrast.over(palette.MUTED, ground, palette.MUTED_OPACITY))
    return colours


def grounds(together: palette.Together) -> tuple[str, ...]:
    return palette.MAP_GROUNDS if together.where == palette.MAP else (palette.CHART_BACKGROUND,)


def too_close(colours: list[str]) -> list[tuple[str, str, str, float]]:
    """Every pair closer than MIN_DELTA_E, under any of the four visions."""
    return [
        (first, second, vision, round(distance, 1))
        for first, second in itertools.combinations(colours, 2)
        for vision in VISIONS
        if (distance := delta_e(first, second, vision)) < MIN_DELTA_E
    ]


@pytest.mark.parametrize("together", palette.SHOWN_TOGETHER, ids=lambda t: t.name)
def test_colours_shown_together_stay_apart_for_every_reader(together):
    for ground in grounds(together):
        assert too_close(seen(together, ground)) == [], (together.name, ground)


def test_the_check_catches_the_old_contribution_status_colours():
    old = palette.Together("oud", ("#009E73", "#999999"), muted=True)  # betaald, onbekend
    pairs = too_close(seen(old, palette.MAP_GROUND_OFFLINE))
    assert ("Deuteranomaly" in {vision for _, _, vision, _ in pairs}) and pairs[0][3] < 10


@pytest.mark.parametrize("together", palette.SHOWN_TOGETHER, ids=lambda t: t.name)
def test_class_scales_run_from_light_to_dark(together):
    scale = together.colours[: together.classes]
    lightness = [lab(code, "normaal")[0] for code in scale]
    assert lightness == sorted(lightness, reverse=True), together.name


def test_every_palette_is_declared_with_what_it_is_shown_with():
    declared = [set(together.colours) for together in palette.SHOWN_TOGETHER]
    palettes = {
        name: value
        for name, value in vars(palette).items()
        if name.endswith(("_COLOURS", "_CLASSES")) and not name.endswith("TEXT_COLOURS")
    }
    assert len(palettes) >= 10
    for name, value in palettes.items():
        colours = set(value.values() if isinstance(value, dict) else value)
        assert any(colours <= group for group in declared), name


def test_unknown_stays_neutral_grey():
    for code in (palette.UNKNOWN, palette.PILOT_UNKNOWN_COLOUR, palette.PLACE_REST):
        red, green, blue = contrast.rgb(code)
        assert red == green == blue, code


def test_the_offline_ground_is_leaflets_own_background():
    css = [
        REPO / "dashboard/static/vendor/leaflet/leaflet.css",
        REPO / "node_modules/leaflet/dist/leaflet.css",
    ]
    found = next((path for path in css if path.exists()), None)
    if found is None:
        pytest.skip("Leaflet is not installed (make setup)")
    rule = re.search(
        r"\.leaflet-container\s*\{[^}]*?background:\s*(#[0-9a-fA-F]{3,6})", found.read_text()
    )
    code = rule.group(1)
    if len(code) == 4:
        code = "#" + "".join(letter * 2 for letter in code[1:])
    assert code.upper() == palette.MAP_GROUND_OFFLINE


@pytest.mark.parametrize("shape", palette.SHAPES, ids=lambda s: s.name)
@pytest.mark.parametrize("ground", palette.MAP_GROUNDS)
def test_every_map_shape_stands_off_both_grounds(shape, ground):
    if shape.outline is None:  # the fill itself must reach 3:1
        for fill in shape.fills:
            shown = contrast.over(fill, ground, shape.opacity)
            assert contrast.ratio(shown, ground) >= MIN_SHAPE_CONTRAST, (fill, ground)
    else:  # light by design: its outline, drawn opaque, carries the contrast
        assert contrast.ratio(shape.outline, ground) >= MIN_SHAPE_CONTRAST, (shape.name, ground)


def test_the_map_draws_the_declared_outlines_and_opacities():
    shapes = {shape.name: shape for shape in palette.SHAPES}
    overlay = Overlay("proef", "Proef", dict.fromkeys(["GM1", "GM2", "GM3"], "#FFDD80"), [])
    feature = {"properties": {"code": "GM1", "district_code": "VR04"}}
    styles = {
        "gemeente in beeld": choropleth._municipality_style(feature, None, None, overlay),
        "gekozen gemeente": choropleth._municipality_style(feature, "VR04", "GM1", overlay),
        "gemeente buiten het gekozen district": choropleth._municipality_style(
            feature, "VR05", None, overlay
        ),
    }
    for name, style in styles.items():
        assert style["color"] == shapes[name].outline, name
        assert style["fillOpacity"] == shapes[name].opacity, name
        assert style["weight"] >= 1, name  # a hairline blends into the fill and loses contrast
    line = choropleth._district_style({"properties": {"district_code": "VR04"}}, None)
    assert (line["color"], line["opacity"]) == (palette.OUTLINE, shapes["districtsgrens"].opacity)
    assert line["weight"] >= 2


def test_chart_shapes_stand_off_white():
    white = palette.CHART_BACKGROUND
    # Bars, nodes and markers carry a CHART_TEXT outline; relation lines have nothing but colour.
    assert contrast.ratio(palette.CHART_TEXT, white) >= MIN_SHAPE_CONTRAST
    lines = [*palette.RELATION_COLOURS.values(), palette.OTHER_RELATION_COLOUR]
    assert [c for c in lines if contrast.ratio(c, white) < MIN_SHAPE_CONTRAST] == []
    assert contrast.ratio(palette.PILOT_BORDER, white) >= MIN_SHAPE_CONTRAST


@pytest.mark.parametrize(
    ("fills", "texts"),
    [
        (palette.PILOT_STATUS_COLOURS, palette.PILOT_STATUS_TEXT_COLOURS),
        (palette.ACTIVITY_STATUS_COLOURS, palette.ACTIVITY_STATUS_TEXT_COLOURS),
    ],
)
def test_text_inside_bars_reads_4_5_to_1(fills, texts):
    for status, fill in fills.items():
        text = texts.get(status, palette.CHART_TEXT)
        assert contrast.ratio(text, fill) >= MIN_TEXT_CONTRAST, (status, fill, text)


def test_district_names_read_4_5_to_1_on_any_fill():
    for ground, fill in itertools.product(palette.MAP_GROUNDS, palette.MAP_FILLS):
        under = contrast.over(fill, ground, palette.CHOSEN_FILL_OPACITY)
        label = contrast.over(palette.LABEL_BACKGROUND, under)
        assert contrast.ratio(palette.LABEL_TEXT, label) >= MIN_TEXT_CONTRAST, (fill, ground)


def test_other_text_reads_4_5_to_1():
    white = palette.CHART_BACKGROUND
    assert contrast.ratio(palette.LEGEND_TEXT, palette.LEGEND_BACKGROUND) >= MIN_TEXT_CONTRAST
    assert contrast.ratio(palette.CHART_MUTED_TEXT, white) >= 7  # as the palette promises
    assert contrast.ratio(palette.PILOT_DISTRICT_NAME, white) >= MIN_TEXT_CONTRAST
    assert contrast.ratio(palette.SWATCH_BORDER, palette.LEGEND_BACKGROUND) >= MIN_SHAPE_CONTRAST
