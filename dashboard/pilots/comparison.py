"""Whether the shown pilots' results can be compared, and what the page says when they cannot.

A comparison needs two pilots with results. With fewer, the page says what it would compare
and how pilots are added (the registers on Gegevensbeheer), instead of a chart of one bar.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display.markup import literal
from dashboard.texts import pilots as texts
from etl.core import dutch

MIN_PILOTS = 2  # a comparison needs at least two pilots with results


def pilots_with_results(results: pd.DataFrame) -> list[str]:
    """The ids of the pilots that have at least one result, in the order first met."""
    return list(dict.fromkeys(results["pilot_id"]))


def can_compare(results: pd.DataFrame) -> bool:
    return len(pilots_with_results(results)) >= MIN_PILOTS


def too_few_note(results: pd.DataFrame, pilots: pd.DataFrame) -> str:
    """Markdown: what a comparison would show, which pilot has results now, and how to add
    pilots (register text escaped)."""
    with_results = pilots_with_results(results)
    if with_results:
        (pilot,) = with_results
        name = pilots.set_index("pilot_id")["name"].get(pilot, pilot)
        count = dutch.count(len(results), *texts.PILOT_RESULT_WORDS)
        which = texts.PILOTS_COMPARE_ONE.format(pilot=literal(name), results=count)
    else:
        which = texts.PILOTS_COMPARE_NONE
    return texts.PILOTS_COMPARE_TOO_FEW.format(which=which)


def how_to_add() -> str:
    """Where pilots go: the sheets of the pilot registers, as the template names them."""
    # Here, not at the top: the register specifications bring pandera and openpyxl (~0,3 s),
    # which a first visit of Pilots need not wait for when it has results to compare.
    from etl.pilots.registers import PILOT_SPECS
    from etl.registers.workbook import sheet_name

    pilots, sites, results = (f"**{sheet_name(spec)}**" for spec in PILOT_SPECS)
    return texts.PILOTS_COMPARE_HOW.format(pilots=pilots, sites=sites, results=results)


def demo_note(results: pd.DataFrame, pilots: pd.DataFrame) -> str | None:
    """With demo pilots among those compared: a line that says they are fictitious."""
    compared = set(pilots_with_results(results))
    demo = pilots[pilots["pilot_id"].isin(compared) & pilots["is_demo"].astype(bool)]
    if demo.empty:
        return None
    return texts.PILOTS_COMPARE_DEMO.format(pilots=dutch.count(len(demo), *texts.PILOT_WORDS))
