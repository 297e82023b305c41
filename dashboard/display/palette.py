"""Colours of the house: colour-blind-safe and always paired with a label.

The hues are Okabe-Ito's, nudged until every pair shown together stays at least ΔE 15 apart
(CIELAB) for normal vision and under deuteranopia, protanopia and tritanopia, as seen on the
map (each fill at its opacity on the map's grounds); `SHOWN_TOGETHER` names those sets and
`SHAPES` what gives each kind of map shape 3:1 against the ground (WCAG 1.4.11). Both are
checked by tests/test_palette_access.py.
"""

from __future__ import annotations

from dataclasses import dataclass

# The house hues, shared by every palette so a colour means one family of things everywhere.
ORANGE = "#E7A300"
SKY_BLUE = "#6CB4F3"
GREEN = "#00A053"
BLUE = "#0061B6"
VERMILLION = "#D66105"
PURPLE = "#B16BA8"  # reddish purple
UNKNOWN = "#999999"  # neutral grey: unknown, never "bad"

# The map's grounds, what every fill lies on. Offline no tile loads and Leaflet's own
# `.leaflet-container { background: #ddd; }` (leaflet.css, checked by the test) shows through.
MAP_GROUND_OFFLINE = "#DDDDDD"
# Online: the PDOK "BRT-Achtergrondkaart grijs" tiles. Its land, nearly the whole region, is
# #F0F0F0 in PDOK's own style of that map (github.com/PDOK/brtviz, style/style_grijs.json,
# "background-color" and the municipal areas); no tile is recorded in the tests to measure.
MAP_GROUND_ONLINE = "#F0F0F0"
MAP_GROUNDS = (MAP_GROUND_OFFLINE, MAP_GROUND_ONLINE)

# How strongly each kind of shape is laid on the ground (folium's fillOpacity / opacity).
FILL_OPACITY = 0.75  # municipalities in view: the base map still shows through
CHOSEN_FILL_OPACITY = 0.95
MUTED_OPACITY = 0.6
DISTRICT_LINE_OPACITY = 0.9
MARKER_OPACITY = 0.9

DISTRICT_COLOURS = {
    "VR04": ORANGE,  # IJsselland
    "VR05": SKY_BLUE,  # Twente
    "VR06": GREEN,  # Noord- en Oost-Gelderland
    "VR07": BLUE,  # Gelderland-Midden
    "VR08": PURPLE,  # Gelderland-Zuid
}
OUTLINE = "#1A1A1A"
# Outline of the chosen municipality: a dark vermillion, 3:1 on both grounds, apart from all.
CHOSEN_MUNICIPALITY = "#B34A00"
# Municipalities outside the chosen district: light by design; their outline gives the 3:1.
MUTED = "#F4F4F4"
MUTED_BORDER = "#767676"
# The rest of the chosen municipality's district on the profile map: a neutral mid grey.
PLACE_REST = "#AEAEAE"

# Maturity of a district network, from good to absent; unknown is neutral grey, not "bad".
MATURITY_COLOURS = {
    "goed werkend": GREEN,
    "in ontwikkeling": ORANGE,
    "ontbreekt": VERMILLION,
    "onbekend": UNKNOWN,
}

# Charts: text, outlines, grid lines and background of every chart and graph
CHART_TEXT = "#1A1A1A"
CHART_GRID = "#D0D0D0"  # also the municipalities behind the diffusion figure
CHART_BACKGROUND = "#FFFFFF"

# Pilots
# Status and category of a pilot (Okabe-Ito); unknown is grey (status) or reddish purple.
PILOT_STATUS_COLOURS = {
    "gepland": BLUE,
    "lopend": ORANGE,
    "afgerond": GREEN,
    "geborgd": PURPLE,
    "gestopt": VERMILLION,
    None: UNKNOWN,
}
PILOT_STATUS_TEXT_COLOURS = {"gepland": "#FFFFFF"}  # white only where it reaches 4.5:1
PILOT_CATEGORY_COLOURS = {
    "passend vervoer": BLUE,
    "triage": VERMILLION,
    "beoordelingslocaties": GREEN,
    None: PURPLE,
}
PILOT_BORDER = "#8C8C8C"  # district borders in the diffusion figure
PILOT_DISTRICT_NAME = "#555555"
PILOT_RESULT_BAR = BLUE
# Amount classes, light to dark: ColorBrewer YlGnBu (5 classes), its light end warmer and its
# dark end darker, so that neighbouring classes stay apart under every colour-vision deficiency
# (single-hue Blues cannot: its two lightest classes merge). Shared by both maps of amounts.
AMOUNT_CLASSES = ("#FFDD80", "#A6E0A5", "#3FC3E7", "#2C7BB9", "#253495")
PILOT_CLASS_COLOURS = AMOUNT_CLASSES
PILOT_NONE_COLOUR = "#FFFFFF"  # no pilot: white, outlined like the others
PILOT_UNKNOWN_COLOUR = "#B0B0B0"  # pilots, but no known amount: neutral grey, never a class
PILOT_MARKER_FILL = "#E69F00"  # Okabe-Ito orange, apart from the blues
PILOT_MARKER_LINE = "#1A1A1A"

# Funding
# Contribution status: Okabe-Ito, from asked to paid; refused in vermillion, unknown grey.
STATUS_COLOURS = {
    "gevraagd": SKY_BLUE,
    "toegezegd": BLUE,
    "gefactureerd": ORANGE,
    "betaald": GREEN,
    "afgewezen": VERMILLION,
    "onbekend": UNKNOWN,
}
# Expected contribution: one colour per amount class, light to dark.
AMOUNT_COLOURS = AMOUNT_CLASSES
BUDGET_COLOUR = BLUE
COVERED_COLOUR = SKY_BLUE

# Maps
# Between the coloured municipalities: dark enough for 3:1 on both grounds, because the light
# classes cannot reach 3:1 themselves (see SHAPES).
MUNICIPALITY_BORDER = "#666666"
LEGEND_BACKGROUND = "#FFFFFF"
LEGEND_BORDER = "#555555"
LEGEND_TEXT = "#1A1A1A"
SWATCH_BORDER = "#333333"
# Around the shape a keyboard user is on: black on white, so one of them shows 4.5:1 or more
# against any fill beside it.
FOCUS_RING = "#000000"
FOCUS_HALO = "#FFFFFF"
LABEL_TEXT = "#1A1A1A"  # the district names on the map
LABEL_BACKGROUND = "rgba(255, 255, 255, 0.85)"

# Governance
# Bodies by kind (Okabe-Ito), grey where the kind is unknown; the shape is a second cue.
BODY_KIND_COLOURS = {
    "bestuurlijk": VERMILLION,
    "ambtelijk": BLUE,
    "gemengd": GREEN,
    None: "#BBBBBB",  # kind unknown
}
# Relations by type; the dash is a second cue (two types share blue, never a dash).
RELATION_COLOURS = {
    "geeft opdracht aan": "#000000",
    "stuurt aan": VERMILLION,
    "rapporteert aan": BLUE,
    "adviseert": PURPLE,
    "is vertegenwoordigd in": GREEN,
    "stemt af met": BLUE,
    "ondersteunt": "#6E6E6E",
}
OTHER_RELATION_COLOUR = "#6E6E6E"
# Work-programme activities by status; unknown is neutral grey.
ACTIVITY_STATUS_COLOURS = {
    "gepland": BLUE,
    "lopend": ORANGE,
    "afgerond": GREEN,
    "gestopt": VERMILLION,
    "onbekend": UNKNOWN,
}
# Text inside the bars: white only where it reaches 4.5:1 on the bar colour.
ACTIVITY_STATUS_TEXT_COLOURS = {"gepland": "#FFFFFF"}
CHART_MUTED_TEXT = "#595959"  # labels out of focus: lighter, still 7:1 on white
CHART_BAND = "#F5F5F5"  # every other level row of the network
# Under a node label, so lines never hide it; the words on it stay 4,5:1 (the ground is light).
LABEL_GROUND, LABEL_GROUND_OPACITY = "#FFFFFF", 0.85
# Keyboard focus on every control of the app: the house blue, 8.6:1 on white (WCAG 2.4.7, 1.4.11).
FOCUS = "#0B5394"

# What is shown together, and so must stay apart for every reader (tests/test_palette_access.py
# checks every pair, and that every `*_COLOURS` palette above belongs to one of these).
MAP, CHART = "kaart", "grafiek"


@dataclass(frozen=True)
class Together:
    """Colours drawn side by side: on the map (each at FILL_OPACITY on both grounds, with the
    MUTED rest of the region where a district can be chosen) or opaque on a white chart."""

    name: str
    colours: tuple[str, ...]
    where: str = MAP
    muted: bool = False
    classes: int = 0  # the first `classes` colours are a sequential scale, light to dark


SHOWN_TOGETHER = (
    Together("districten", tuple(DISTRICT_COLOURS.values()), muted=True),
    Together("volwassenheid", tuple(MATURITY_COLOURS.values()), muted=True),
    Together("stand van de bijdragen", tuple(STATUS_COLOURS.values()), muted=True),
    Together("gevraagde bijdrage", AMOUNT_COLOURS, muted=True, classes=len(AMOUNT_COLOURS)),
    Together(
        "pilots of subsidie per gemeente",
        (*PILOT_CLASS_COLOURS, PILOT_NONE_COLOUR, PILOT_UNKNOWN_COLOUR),
        classes=len(PILOT_CLASS_COLOURS),
    ),
    *(
        Together(f"profiel van een gemeente in {code}", (colour, PLACE_REST), muted=True)
        for code, colour in DISTRICT_COLOURS.items()
    ),
    Together("pilotstatus", tuple(PILOT_STATUS_COLOURS.values()), CHART),
    Together("pilotcategorie", tuple(PILOT_CATEGORY_COLOURS.values()), CHART),
    Together("soort overleg", tuple(BODY_KIND_COLOURS.values()), CHART),
    # Two relation types share blue on purpose; their dash tells them apart.
    Together(
        "relaties",
        tuple(dict.fromkeys([*RELATION_COLOURS.values(), OTHER_RELATION_COLOUR])),
        CHART,
    ),
    Together("werkprogramma", tuple(ACTIVITY_STATUS_COLOURS.values()), CHART),
    Together("begroting", (BUDGET_COLOUR, COVERED_COLOUR), CHART),
)


@dataclass(frozen=True)
class Shape:
    """A kind of map shape and what sets it off from both grounds by 3:1 (WCAG 1.4.11): the
    fill itself (`outline` None), or its outline where the fill is light by design."""

    name: str
    fills: tuple[str, ...]
    opacity: float
    outline: str | None = None


# Every fill a municipality can get: a light-to-dark scale and a light "nothing" fill cannot
# all reach 3:1 on a light grey ground, so the municipalities' outlines carry the contrast.
MAP_FILLS = tuple(
    dict.fromkeys(
        colour
        for together in SHOWN_TOGETHER
        if together.where == MAP
        for colour in together.colours
    )
)
SHAPES = (
    Shape("gemeente in beeld", MAP_FILLS, FILL_OPACITY, MUNICIPALITY_BORDER),
    Shape("gekozen gemeente", MAP_FILLS, CHOSEN_FILL_OPACITY, CHOSEN_MUNICIPALITY),
    Shape("gemeente buiten het gekozen district", (MUTED,), MUTED_OPACITY, MUTED_BORDER),
    Shape("districtsgrens", (OUTLINE,), DISTRICT_LINE_OPACITY),
    Shape("pilotcirkel", (PILOT_MARKER_FILL,), MARKER_OPACITY, PILOT_MARKER_LINE),
)
