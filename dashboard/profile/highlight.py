"""The map overlay of a profile: the chosen place in its district's colour.

For the region the map's own district overlay is used; for a district or a municipality this
highlights the place without changing the map API (`Overlay` is plain colours and a legend;
the map itself mutes the other districts and outlines the chosen one).
"""

from __future__ import annotations

import pandas as pd

from dashboard.display.palette import DISTRICT_COLOURS, MUTED, PLACE_REST
from dashboard.maps.overlays import Overlay, district_overlay
from dashboard.profile.place import Level, Place
from dashboard.texts import profiel as texts

KEY = "profiel"


def place_overlay(municipalities: pd.DataFrame, districts: pd.DataFrame, place: Place) -> Overlay:
    """Colours for the profile's map: by district for the region; the chosen district in its
    colour; a chosen municipality in its district's colour, the rest of the district grey."""
    if place.level is Level.REGION:
        return district_overlay(municipalities, districts)
    colour = DISTRICT_COLOURS.get(place.district_code, MUTED)
    in_district = municipalities["district_code"] == place.district_code
    if place.level is Level.DISTRICT:
        colours = dict.fromkeys(municipalities.loc[in_district, "municipality_code"], colour)
        return Overlay(KEY, texts.MAP_LEGEND_DISTRICT, colours, [(place.name, colour)])
    colours = dict.fromkeys(municipalities.loc[in_district, "municipality_code"], PLACE_REST)
    colours[place.municipality_code] = colour
    rest = texts.OTHER_MUNICIPALITIES.format(district=place.district_name)
    legend = [(place.name, colour), (rest, PLACE_REST)]
    return Overlay(KEY, texts.MAP_LEGEND, colours, legend)
