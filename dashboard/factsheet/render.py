"""The factsheet PDF, typeset by Typst (the `typst` wheel: the compiler and its fonts in one
package, no browser, no downloads): a `Profile` and the app's shapes in, PDF bytes out.

The template ships in `templates/`; the data go in as JSON through `sys.inputs`, so register
text is never read as markup. Only Typst's embedded fonts are used (Libertinus Serif), so the
PDF looks the same on every machine whatever fonts it has.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
import typst

from dashboard.display.palette import DISTRICT_COLOURS, OUTLINE
from dashboard.factsheet.document import content, shortened
from dashboard.factsheet.svg_map import map_svg
from dashboard.profile.model import Profile, Source
from dashboard.profile.place import Level
from dashboard.texts import factsheet as texts
from etl.core import dutch

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = TEMPLATES / "factsheet.typ"
MAX_PAGES = 2
LIMITS = (None, 40, 24, 16, 10, 6, 3)  # rows per list, tried in turn until the sheet fits


class TemplateWarning(UserWarning):
    """Typst warned while typesetting (the tests turn it into an error)."""


class FactsheetError(Exception):
    """The factsheet could not be made; the message is Dutch."""


@dataclass(frozen=True)
class Shapes:
    """The map's shapes and the municipalities that place them in their districts."""

    municipality_shapes: gpd.GeoDataFrame
    district_shapes: gpd.GeoDataFrame
    municipalities: pd.DataFrame
    source: str = ""  # where the boundaries come from, for the footer
    district_names: dict[str, str] = field(default_factory=dict)  # for the region's legend


def render(
    profile: Profile,
    shapes: Shapes,
    made_at: dt.datetime | None = None,
    what_if: dict | None = None,
) -> bytes:
    """The factsheet of `profile` as PDF bytes (A4 portrait, at most two pages); with
    `what_if` (`document.what_if_part`), its marked what-if section."""
    made_at = (made_at or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    extra = (Source(texts.MAP_SOURCE, shapes.source, ""),) if shapes.source else ()
    data = content(profile, dutch.moment(made_at.isoformat()), extra, what_if)
    place = profile.place
    data["map_alt"] = place.name
    data["legend"] = legend(profile, shapes)
    svg = map_svg(shapes.municipality_shapes, shapes.district_shapes, shapes.municipalities, place)
    accent = DISTRICT_COLOURS.get(place.district_code or "", OUTLINE)
    for limit in LIMITS:
        shown = data if limit is None else shortened(data, limit)
        inputs = {"data": json.dumps(shown, ensure_ascii=False), "map": svg, "accent": accent}
        pdf, pages = _compile(inputs, made_at)
        if pages <= MAX_PAGES:
            return pdf
    raise FactsheetError(texts.TOO_LONG.format(pages=MAX_PAGES))


def legend(profile: Profile, shapes: Shapes) -> list[dict[str, str]]:
    """For the region's map, the district colours with their names; none below the region."""
    if profile.place.level is not Level.REGION:
        return []
    return [
        {"colour": DISTRICT_COLOURS[code], "name": name}
        for code, name in shapes.district_names.items()
        if code in DISTRICT_COLOURS
    ]


def _compile(inputs: dict[str, str], made_at: dt.datetime) -> tuple[bytes, int]:
    """The PDF and its number of pages (read back from the template's `<pages>` metadata)."""
    compiler = _compiler()
    try:
        pdf, notes = compiler.compile_with_warnings(
            sys_inputs=inputs, format="pdf", timestamp=made_at
        )
        pages = json.loads(compiler.query("<pages>", field="value", one=True, format="json"))
    except typst.TypstError as err:  # a template fault, never the user's: say it plainly
        raise FactsheetError(f"De factsheet kon niet worden opgemaakt: {err.message}") from err
    for note in notes:  # a template that Typst warns about (a missing glyph, say) is a fault
        warnings.warn(f"Typst: {note.message}", TemplateWarning, stacklevel=3)
    return bytes(pdf), int(pages)


_COMPILER: typst.Compiler | None = None


def _compiler() -> typst.Compiler:
    """One compiler per process (it keeps its fonts and the parsed template between runs)."""
    global _COMPILER
    if _COMPILER is None:
        _COMPILER = typst.Compiler(
            TEMPLATE,
            root=TEMPLATES,
            font_paths=typst.Fonts(include_system_fonts=False, include_embedded_fonts=True),
            ignore_system_fonts=True,
        )
    return _COMPILER
