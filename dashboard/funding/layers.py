"""The two funding layers of the district map: colour per municipality, legend, tooltip lines.

Plain data (the map builder in `dashboard.maps` draws it): the expected contribution in
ColorBrewer classes, and the contribution status in Okabe-Ito colours.
"""

from __future__ import annotations

import itertools

from dashboard.display.palette import AMOUNT_COLOURS, STATUS_COLOURS
from dashboard.funding.amounts import cents_list
from dashboard.funding.rows import YearRows
from dashboard.texts import financiering as texts
from dashboard.texts import labels
from etl.core import dutch

AMOUNT_BREAKS = (1500, 2000, 3000, 5000)  # lower bounds of the classes, in euro


def amount_colour(amount_eur: float) -> str:
    position = sum(amount_eur >= bound for bound in AMOUNT_BREAKS)
    return AMOUNT_COLOURS[position]


def amount_legend() -> list[tuple[str, str]]:
    """'minder dan € 1.500', '€ 1.500 tot € 2.000', …, '€ 5.000 of meer'."""
    bounds = [dutch.euro_short(bound) for bound in AMOUNT_BREAKS]
    names = [texts.FUNDING_LEGEND_BELOW.format(bound=bounds[0])]
    names += [
        texts.FUNDING_LEGEND_BETWEEN.format(low=low, high=high)
        for low, high in itertools.pairwise(bounds)
    ]
    names.append(texts.FUNDING_LEGEND_ABOVE.format(bound=bounds[-1]))
    return list(zip(names, AMOUNT_COLOURS, strict=True))


def _by_code(asked: YearRows, values) -> dict[str, str]:
    return dict(zip(asked.rows["municipality_code"], values, strict=True))


def _asked_and_status(asked: YearRows) -> tuple[dict, dict]:
    """The tooltip lines 'Gevraagd <year>' and 'Status <year>': alias → code → text."""
    year, rows = asked.year, asked.rows
    amounts = map(dutch.euro_cents, cents_list(rows["expected_eur"]))
    return (
        {texts.FUNDING_TOOLTIP_ASKED.format(year=year): _by_code(asked, amounts)},
        {texts.FUNDING_TOOLTIP_STATUS.format(year=year): _by_code(asked, rows["status"])},
    )


def amount_layer(asked: YearRows):
    """(colour per municipality, legend, tooltip lines) of the expected contribution."""
    colours = _by_code(asked, asked.rows["expected_eur"].map(amount_colour))
    amounts, statuses = _asked_and_status(asked)
    return colours, amount_legend(), amounts | statuses


def status_layer(asked: YearRows):
    """(colour per municipality, legend, tooltip lines) of the contribution status."""
    rows = asked.rows
    colours = _by_code(asked, rows["status"].map(STATUS_COLOURS))
    present = set(rows["status"])
    legend = [
        (labels.CONTRIBUTION_STATUS[status], colour)
        for status, colour in STATUS_COLOURS.items()
        if status in present
    ]
    paid = [
        "—" if cents is None else dutch.euro_cents(cents) for cents in cents_list(rows["paid_eur"])
    ]
    amounts, statuses = _asked_and_status(asked)
    return colours, legend, statuses | amounts | {texts.FUNDING_TOOLTIP_PAID: _by_code(asked, paid)}
