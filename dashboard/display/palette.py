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
CHOSEN_MUNICIPALITY = "#D55E00"  # vermillion outline of the chosen municipality, apart from all
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

# Charts: text, outlines, grid lines and background of every chart and graph
CHART_TEXT = "#1A1A1A"
CHART_GRID = "#D0D0D0"  # also the municipalities behind the diffusion figure
CHART_BACKGROUND = "#FFFFFF"

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
PILOT_BORDER = "#8C8C8C"  # district borders in the diffusion figure
PILOT_DISTRICT_NAME = "#555555"
PILOT_RESULT_BAR = "#0072B2"
# Pilots map: ColorBrewer Blues (9 classes), five of them: light enough to read labels on,
# dark enough apart.
PILOT_CLASS_COLOURS = ("#c6dbef", "#9ecae1", "#4292c6", "#2171b5", "#08306b")
PILOT_NONE_COLOUR = "#FFFFFF"  # no pilot: white, outlined like the others
PILOT_UNKNOWN_COLOUR = "#BDBDBD"  # pilots, but no known amount: neutral grey, never a class
PILOT_MARKER_FILL = "#E69F00"  # Okabe-Ito orange, apart from the blues
PILOT_MARKER_LINE = "#1A1A1A"

# Funding
# Contribution status: Okabe-Ito, from asked to paid; refused in vermillion, unknown grey.
STATUS_COLOURS = {
    "gevraagd": "#56B4E9",  # sky blue
    "toegezegd": "#0072B2",  # blue
    "gefactureerd": "#E69F00",  # orange
    "betaald": "#009E73",  # bluish green
    "afgewezen": "#D55E00",  # vermillion
    "onbekend": "#999999",  # grey
}
# Expected contribution: ColorBrewer "Blues" (5 darkest of 6), one colour per amount class.
AMOUNT_COLOURS = ("#C6DBEF", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C")
BUDGET_COLOUR = "#0072B2"  # Okabe-Ito blue
COVERED_COLOUR = "#56B4E9"  # Okabe-Ito sky blue

# Maps
MUNICIPALITY_BORDER = "#FFFFFF"  # between the coloured municipalities of the chosen district
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
    "bestuurlijk": "#D55E00",  # vermillion
    "ambtelijk": "#0072B2",  # blue
    "gemengd": "#009E73",  # bluish green
    None: "#BBBBBB",  # kind unknown
}
# Relations by type; the dash is a second cue (two types share blue, never a dash).
RELATION_COLOURS = {
    "geeft opdracht aan": "#000000",
    "stuurt aan": "#D55E00",
    "rapporteert aan": "#0072B2",
    "adviseert": "#CC79A7",
    "is vertegenwoordigd in": "#009E73",
    "stemt af met": "#0072B2",
    "ondersteunt": "#6E6E6E",
}
OTHER_RELATION_COLOUR = "#6E6E6E"
# Work-programme activities by status; unknown is neutral grey.
ACTIVITY_STATUS_COLOURS = {
    "gepland": "#0072B2",  # blue
    "lopend": "#E69F00",  # orange
    "afgerond": "#009E73",  # bluish green
    "gestopt": "#D55E00",  # vermillion
    "onbekend": "#999999",  # grey
}
# Text inside the bars: white only where it reaches 4.5:1 on the bar colour.
ACTIVITY_STATUS_TEXT_COLOURS = {"gepland": "#FFFFFF"}
CHART_MUTED_TEXT = "#595959"  # labels out of focus: lighter, still 7:1 on white
CHART_BAND = "#F5F5F5"  # every other level row of the network
LABEL_GROUND = "rgba(255,255,255,0.85)"  # under a node label, so lines never hide it
INVISIBLE = "rgba(0,0,0,0)"  # hover targets halfway along an edge
# Keyboard focus on every control of the app: the house blue, 8.6:1 on white (WCAG 2.4.7, 1.4.11).
FOCUS = "#0B5394"
