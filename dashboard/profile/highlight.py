"""The map overlay of a profile: a municipality in its district's colour, the rest muted.

For the region and a district the map's own district overlay is used; this adds the
municipality level without changing the map API (`Overlay` is plain colours and a legend).
"""

from __future__ import annotations

import pandas as pd

from dashboard.display.palette import DISTRICT_COLOURS, MUTED
from dashboard.maps.overlays import Overlay, district_overlay
from dashboard.profile.place import Level, Place
from dashboard.texts import profiel as texts


def place_overlay(municipalities: pd.DataFrame, districts: pd.DataFrame, place: Place) -> Overlay:
    """Colours for the profile's map: by district, or the chosen municipality alone."""
    if place.level is not Level.MUNICIPALITY:
        return district_overlay(municipalities, districts)
    colour = DISTRICT_COLOURS.get(place.district_code, MUTED)
    colours = {code: MUTED for code in municipalities["municipality_code"]}
    colours[place.municipality_code] = colour
    legend = [(place.name, colour), (texts.OTHER_MUNICIPALITIES, MUTED)]
    return Overlay("gemeente", texts.MAP_LEGEND, colours, legend)
