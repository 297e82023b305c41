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
CHART_TEXT = "#1A1A1A"
CHART_MUTED_TEXT = "#595959"  # labels out of focus: lighter, still 7:1 on white
CHART_BACKGROUND = "#FFFFFF"
CHART_GRID = "#D0D0D0"
CHART_BAND = "#F5F5F5"  # every other level row of the network
LABEL_GROUND = "rgba(255,255,255,0.85)"  # under a node label, so lines never hide it
INVISIBLE = "rgba(0,0,0,0)"  # hover targets halfway along an edge
