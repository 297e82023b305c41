"""Colours of the house: colour-blind-safe (Okabe-Ito) and always paired with a label."""

from __future__ import annotations

# Okabe-Ito, without yellow (too little contrast on a light background map).
DISTRICT_COLOURS = {
    "VR04": "#E69F00",  # orange — IJsselland
    "VR05": "#56B4E9",  # sky blue — Twente
    "VR06": "#009E73",  # bluish green — Noord- en Oost-Gelderland
    "VR07": "#0072B2",  # blue — Gelderland-Midden
    "VR08": "#CC79A7",  # reddish purple — Gelderland-Zuid
}
OUTLINE = "#1A1A1A"
# Municipalities outside the chosen district: light, but visible on an empty (offline) map.
MUTED = "#F4F4F4"
MUTED_BORDER = "#8C8C8C"

# Maturity of a district network, from good to absent; unknown is neutral grey, not "bad".
MATURITY_COLOURS = {
    "goed werkend": "#009E73",  # bluish green
    "in ontwikkeling": "#E69F00",  # orange
    "ontbreekt": "#D55E00",  # vermillion
    "onbekend": "#999999",  # grey
}

# Pilots
# Status and category of a pilot (Okabe-Ito); unknown is grey (status) or reddish purple.
PILOT_STATUS_COLOURS = {
    "gepland": "#0072B2",  # blue
    "lopend": "#E69F00",  # orange
    "afgerond": "#009E73",  # bluish green
    "geborgd": "#CC79A7",  # reddish purple
    "gestopt": "#D55E00",  # vermillion
    None: "#999999",  # unknown: grey
}
PILOT_STATUS_TEXT_COLOURS = {"gepland": "#FFFFFF"}  # white only where it reaches 4.5:1
PILOT_CATEGORY_COLOURS = {
    "passend vervoer": "#0072B2",
    "triage": "#D55E00",
    "beoordelingslocaties": "#009E73",
    None: "#CC79A7",
}
PILOT_TEXT = "#1A1A1A"  # text, outlines and adoption diamonds in the pilot charts
PILOT_BORDER = "#8C8C8C"  # district borders in the diffusion figure
PILOT_GRID = "#D0D0D0"  # grid lines, and the municipalities behind the diffusion
PILOT_BACKGROUND = "#FFFFFF"
PILOT_DISTRICT_NAME = "#555555"
PILOT_RESULT_BAR = "#0072B2"
# Pilots map: ColorBrewer Blues (9 classes), five of them: light enough to read labels on,
# dark enough apart.
PILOT_CLASS_COLOURS = ("#c6dbef", "#9ecae1", "#4292c6", "#2171b5", "#08306b")
PILOT_NONE_COLOUR = "#FFFFFF"  # no pilot: white, outlined like the others
PILOT_UNKNOWN_COLOUR = "#BDBDBD"  # pilots, but no known amount: neutral grey, never a class
PILOT_MARKER_FILL = "#E69F00"  # Okabe-Ito orange, apart from the blues
PILOT_MARKER_LINE = "#1A1A1A"
