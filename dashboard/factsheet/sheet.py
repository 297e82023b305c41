"""A factsheet from the marts: the place's profile from real data only, on the app's shapes.

`factsheet(marts, place)` is what the profile page's download and the command line both call;
it removes demo rows itself, whatever the dashboard's demo switch says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from dashboard.factsheet.document import what_if_part
from dashboard.factsheet.render import Shapes, render
from dashboard.factsheet.svg_map import flat
from dashboard.funding.what_if import Choice, place_table
from dashboard.funding.what_if_places import place_codes
from dashboard.marts import Marts, visible
from dashboard.profile.build import profile
from dashboard.profile.place import REGION, Level, Place, resolve
from dashboard.texts import factsheet as texts
from etl.reference.names import district_names


def factsheet(
    marts: Marts, place: Place, made_at: dt.datetime | None = None, what_if: Choice | None = None
) -> bytes:
    """The factsheet PDF of `place`, made from the real rows of `marts` only; with `what_if`,
    a marked section holds that what-if beside the place's register figures (real rows too)."""
    if what_if is None:
        ((_, pdf),) = factsheets(marts, [place], made_at)
        return pdf
    real = visible(marts, show_demo=False)
    codes = place_codes(real.municipalities, place)
    table = place_table(real.contributions, real.municipalities, real.budget_lines, codes, what_if)
    part = what_if_part(table, place.name, what_if)
    return render(profile(real, place), shapes(real), made_at, what_if=part)


def factsheets(
    marts: Marts, places: Iterable[Place], made_at: dt.datetime | None = None
) -> Iterator[tuple[Place, bytes]]:
    """Each place's factsheet in turn, the real rows and the projected shapes prepared once."""
    real = visible(marts, show_demo=False)
    drawn = shapes(real)
    for place in places:
        yield place, render(profile(real, place), drawn, made_at)


def download_note(show_demo: bool) -> str | None:
    """What the profile page says beside the download while demo data are switched on."""
    return texts.REAL_DATA_ONLY if show_demo else None


def shapes(marts: Marts) -> Shapes:
    """The app's own shapes for the map, on the Dutch plane, with where they come from."""
    sources = [str(value) for value in marts.municipality_shapes["source"].dropna().unique()]
    return Shapes(
        flat(marts.municipality_shapes),
        flat(marts.district_shapes),
        marts.municipalities,
        "; ".join(sources),
        district_names(marts.districts),
    )


def every_place(marts: Marts) -> list[Place]:
    """The region, then each district followed by its municipalities, in the marts' order."""
    places = [REGION]
    names = district_names(marts.districts)
    towns = marts.municipalities
    for code, name in names.items():
        places.append(Place(Level.DISTRICT, name, code, name))
        for _, town in towns[towns["district_code"] == code].iterrows():
            places.append(
                Place(Level.MUNICIPALITY, town["name"], code, name, town["municipality_code"])
            )
    return places


def place_for(
    marts: Marts, district_code: str | None = None, municipality_code: str | None = None
) -> Place | None:
    """The place the codes name exactly, or None when a code is unknown (no falling back)."""
    resolved = resolve(district_code, municipality_code, marts.municipalities, marts.districts)
    return None if resolved.problems else resolved.place
