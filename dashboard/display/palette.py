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
