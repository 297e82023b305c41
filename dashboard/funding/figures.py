"""Financiering: what each municipality and district is asked, has committed and paid, against
the budget; the colours of the two funding overlays; and the what-if sum (pure: no streamlit).

With demo data on, the marts hold a real and a demo row for the same municipality and year:
`effective()` keeps the demo row in its place, so the two are never added up.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
from babel import Locale
from babel.numbers import format_decimal, format_percent

from dashboard.texts import financiering as texts
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from etl.contract.vocabulary import COMMITTED_STATUSES, CONTRIBUTION_STATUSES
from etl.core import dutch
from etl.funding.amounts import cents, expected_cents, outcome

DEFAULT_YEAR = 2020
YEAR_PARAM = "jaar"
KEY = ["municipality_code", "year"]
LOCALE = dutch.LOCALE
_LOCALE = Locale.parse(LOCALE)
_EURO = _LOCALE.currency_formats["standard"]

# Contribution status: Okabe-Ito, from asked to paid; refused in vermillion, unknown grey.
STATUS_COLOURS = {
    "gevraagd": "#56B4E9",  # sky blue
    "toegezegd": "#0072B2",  # blue
    "gefactureerd": "#E69F00",  # orange
    "betaald": "#009E73",  # bluish green
    "afgewezen": "#D55E00",  # vermillion
    "onbekend": "#999999",  # grey
}
# Expected contribution: ColorBrewer "Blues" (5 darkest of 6), lower bounds in euro.
AMOUNT_BREAKS = (1500, 2000, 3000, 5000)
AMOUNT_COLOURS = ("#C6DBEF", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C")
# What-if choices: rate in tenths of a cent (70 = € 0,07), growth in tenths of a percent.
RATE_STEPS = tuple(range(30, 151, 5))
GROWTH_STEPS = tuple(range(-50, 101, 5))


def effective(contributions: pd.DataFrame) -> pd.DataFrame:
    """One row per municipality and year: the demo row where there is one, else the real row."""
    demo = contributions["is_demo"].to_numpy(dtype=bool)
    if not demo.any():
        return contributions.sort_values(KEY, ignore_index=True)
    codes, years = contributions["municipality_code"], contributions["year"]
    demo_keys = set(zip(codes[demo], years[demo], strict=True))
    replaced = np.array([key in demo_keys for key in zip(codes, years, strict=True)], dtype=bool)
    kept = contributions[demo | ~replaced]
    return kept.sort_values(KEY, ignore_index=True)


def for_year(contributions: pd.DataFrame, year: int) -> pd.DataFrame:
    """The effective rows of one year, by municipality: `effective()` for a single year, which
    a page asks for many times per run, so it is kept cheap."""
    rows = contributions[contributions["year"].to_numpy() == year]
    demo = rows["is_demo"].to_numpy(dtype=bool)
    if demo.any():
        codes = rows["municipality_code"]
        rows = rows[demo | ~codes.isin(set(codes.to_numpy()[demo])).to_numpy()]
    return rows.sort_values("municipality_code", ignore_index=True)


@dataclass(frozen=True)
class YearRows:
    """The effective contributions of one year: one row per municipality, demo in place of real.

    The views below take this, not the raw mart, so none of them can add demo rows to real ones.
    """

    year: int
    rows: pd.DataFrame


def year_rows(contributions: pd.DataFrame, year: int) -> YearRows:
    return YearRows(year, for_year(contributions, year))


def year_options(contributions: pd.DataFrame) -> dict[str, str]:
    """The years with contributions, for a URL-bound select; 2020 (or the first) is the default."""
    years = sorted({int(year) for year in contributions["year"]})
    if DEFAULT_YEAR in years:
        years.remove(DEFAULT_YEAR)
        years.insert(0, DEFAULT_YEAR)
    return {str(year): str(year) for year in years}


def money(amount_cents: int) -> str:
    """1234567 → '€ 12.345,67', as dutch.euro writes it, with babel's pattern parsed once
    (a page formats a few hundred amounts per run)."""
    return _EURO.apply(Decimal(int(amount_cents)) / 100, _LOCALE, currency="EUR")


def _cents(values: pd.Series) -> list[int | None]:
    """Euro amounts (two decimals) as whole cents, None where missing."""
    rounded = np.rint(values.to_numpy(dtype="float64", na_value=np.nan) * 100)
    return [None if np.isnan(value) else int(value) for value in rounded]


def _sum_cents(values: pd.Series) -> int:
    return int(np.nansum(np.rint(values.to_numpy(dtype="float64", na_value=np.nan) * 100)))


@dataclass(frozen=True)
class KeyFigures:
    """The headline figures of a year, in Dutch notation."""

    year: int
    expected: str
    budget: str
    difference_label: str
    difference: str
    committed: str
    committed_count: str
    paid: str
    paid_count: str
    sentence: str
    is_short: bool


def key_figures(asked: YearRows, budget_lines: pd.DataFrame) -> KeyFigures:
    year, rows = asked.year, asked.rows
    expected = _sum_cents(rows["expected_eur"])
    budget = _sum_cents(budget_lines.loc[budget_lines["year"] == year, "amount_eur"])
    committed = rows[rows["status"].isin(COMMITTED_STATUSES)]
    paid = rows[rows["paid_eur"].notna()]
    difference = expected - budget
    result = outcome(difference)
    return KeyFigures(
        year=year,
        expected=money(expected),
        budget=money(budget),
        difference_label=texts.FUNDING_OUTCOME_LABELS[result],
        difference=money(abs(difference)),
        committed=money(_sum_cents(committed["expected_eur"])),
        committed_count=municipalities_text(len(committed)),
        paid=money(_sum_cents(paid["paid_eur"])),
        paid_count=municipalities_text(len(paid)),
        sentence=budget_sentence(year, expected, budget),
        is_short=difference < 0,
    )


def metrics(figures: KeyFigures) -> list[tuple[str, str, str]]:
    """(label, value, help) of the five key figures, in the order shown."""
    return [
        (texts.FUNDING_METRIC_EXPECTED.format(year=figures.year), figures.expected,
         texts.FUNDING_METRIC_EXPECTED_HELP),
        (texts.FUNDING_METRIC_BUDGET.format(year=figures.year), figures.budget,
         texts.FUNDING_METRIC_BUDGET_HELP),
        (figures.difference_label, figures.difference, texts.FUNDING_METRIC_DIFFERENCE_HELP),
        (texts.FUNDING_METRIC_COMMITTED.format(count=figures.committed_count), figures.committed,
         texts.FUNDING_METRIC_COMMITTED_HELP),
        (texts.FUNDING_METRIC_PAID.format(count=figures.paid_count), figures.paid,
         texts.FUNDING_METRIC_PAID_HELP),
    ]  # fmt: skip


def municipalities_text(n: int) -> str:
    return texts.FUNDING_N_MUNICIPALITY if n == 1 else texts.FUNDING_N_MUNICIPALITIES.format(n=n)


def budget_sentence(year: int, expected: int, budget: int) -> str:
    """Whether the expected contributions cover the budget, in words."""
    difference = expected - budget
    coverage = format_percent(expected / budget, format="#,##0.0%", locale=LOCALE) if budget else ""
    template = texts.FUNDING_SENTENCES[outcome(difference)]
    return template.format(
        year=year,
        expected=money(expected),
        budget=money(budget),
        difference=money(abs(difference)),
        coverage=coverage,
    )


def status_sentence(asked: YearRows) -> str:
    """'Stand in 2020 volgens het register: 76 × gevraagd.'"""
    counts = asked.rows["status"].value_counts()
    parts = [f"{counts[status]} × {status}" for status in CONTRIBUTION_STATUSES if status in counts]
    return texts.FUNDING_STATUS_SENTENCE.format(year=asked.year, counts=", ".join(parts))


def district_table(asked: YearRows, districts: pd.DataFrame, compact: bool = False):
    """Per district and for the network: municipalities, inhabitants, asked, committed, paid.

    `compact` leaves out municipalities and inhabitants, for a table beside the map.
    """
    rows = asked.rows
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    order = [*sorted(names), None]  # None: the network
    sums = {code: [0, 0, 0, 0, 0] for code in order}
    for code, inhabitants, asked, status, paid in zip(
        rows["district_code"],
        rows["inhabitants"],
        _cents(rows["expected_eur"]),
        rows["status"],
        _cents(rows["paid_eur"]),
        strict=True,
    ):
        figures = (
            1,
            int(inhabitants),
            int(asked),
            int(asked) if status in COMMITTED_STATUSES else 0,
            paid or 0,
        )
        for key in (code, None):
            sums[key] = [total + figure for total, figure in zip(sums[key], figures, strict=True)]
    labels = [names.get(code, texts.FUNDING_NETWORK) for code in order]
    labels[-1] = texts.FUNDING_NETWORK
    columns = {
        texts.FUNDING_COL_DISTRICT: labels,
        texts.FUNDING_COL_MUNICIPALITIES: [dutch.number(sums[c][0]) for c in order],
        texts.FUNDING_COL_INHABITANTS: [dutch.number(sums[c][1]) for c in order],
        texts.FUNDING_COL_ASKED: [money(sums[c][2]) for c in order],
        texts.FUNDING_COL_COMMITTED: [money(sums[c][3]) for c in order],
        texts.FUNDING_COL_PAID: [money(sums[c][4]) for c in order],
    }
    if compact:
        del columns[texts.FUNDING_COL_MUNICIPALITIES], columns[texts.FUNDING_COL_INHABITANTS]
    return pd.DataFrame(columns)


def status_table(asked: YearRows) -> pd.DataFrame:
    """Per status (every status, also those no municipality has): municipalities and amount."""
    rows = asked.rows
    counts = dict.fromkeys(CONTRIBUTION_STATUSES, 0)
    asked = dict.fromkeys(CONTRIBUTION_STATUSES, 0)
    for status, amount in zip(rows["status"], _cents(rows["expected_eur"]), strict=True):
        counts[status] += 1
        asked[status] += int(amount)
    return pd.DataFrame(
        {
            texts.FUNDING_COL_STATUS: [labels.CONTRIBUTION_STATUS[s] for s in counts],
            texts.FUNDING_COL_MUNICIPALITIES: [dutch.number(n) for n in counts.values()],
            texts.FUNDING_COL_ASKED: [money(amount) for amount in asked.values()],
        }
    )


def status_counts(asked: YearRows, districts: pd.DataFrame):
    """Per district: how many municipalities are in each status (the status map as a table)."""
    rows = asked.rows
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    order = [*sorted(names), None]
    counts = {code: dict.fromkeys(CONTRIBUTION_STATUSES, 0) for code in order}
    for code, status in zip(rows["district_code"], rows["status"], strict=True):
        counts[code][status] += 1
        counts[None][status] += 1
    table = {texts.FUNDING_COL_DISTRICT: [*(names[c] for c in order[:-1]), texts.FUNDING_NETWORK]}
    for status in CONTRIBUTION_STATUSES:
        label = labels.CONTRIBUTION_STATUS[status]
        table[label] = [dutch.number(counts[code][status]) for code in order]
    return pd.DataFrame(table)


def municipality_table(
    asked: YearRows, districts: pd.DataFrame, district_code: str | None = None
) -> pd.DataFrame:
    """Per municipality (of one district, or all): inhabitants, asked, status, paid.

    The rate is the same for every municipality in a year; the page names it once.
    """
    rows = asked.rows
    if district_code is not None:
        rows = rows[rows["district_code"] == district_code]
    rows = rows.sort_values("name", key=lambda names: names.str.casefold(), ignore_index=True)
    names = districts.set_index("district_code")["name"]
    return pd.DataFrame(
        {
            texts.FUNDING_COL_MUNICIPALITY: rows["name"],
            texts.FUNDING_COL_DISTRICT: rows["district_code"].map(names),
            texts.FUNDING_COL_INHABITANTS: rows["inhabitants"].map(dutch.number),
            texts.FUNDING_COL_ASKED: [money(amount) for amount in _cents(rows["expected_eur"])],
            texts.FUNDING_COL_STATUS: rows["status"],
            texts.FUNDING_COL_PAID: [
                "" if amount is None else money(amount) for amount in _cents(rows["paid_eur"])
            ],
            texts.FUNDING_COL_PAID_ON: rows["paid_on"].map(
                lambda value: "" if pd.isna(value) else dutch.date(value)
            ),
        }
    )


# Display headers whose (text) cells hold numbers, to be right-aligned.
NUMBER_HEADERS = (
    texts.FUNDING_COL_MUNICIPALITIES,
    texts.FUNDING_COL_INHABITANTS,
    texts.FUNDING_COL_ASKED,
    texts.FUNDING_COL_COMMITTED,
    texts.FUNDING_COL_PAID,
    texts.FUNDING_COL_BUDGET,
    texts.FUNDING_COL_SHARE,
    texts.FUNDING_COL_COVERED,
    texts.FUNDING_COL_DIFFERENCE,
    texts.FUNDING_COL_FTE,
    *labels.CONTRIBUTION_STATUS.values(),
)


def budget_table(category_comparison: pd.DataFrame, year: int) -> pd.DataFrame:
    """The budget split of a year, with the expected contributions shared out pro rata."""
    rows = category_comparison[category_comparison["year"] == year]
    budget = cents(rows["budget_eur"])
    covered = cents(rows["expected_eur"])
    total = pd.DataFrame(
        {
            "category": [frame_texts.TOTAL],
            "budget": [int(budget.sum())],
            "share": [1.0 if len(rows) else 0.0],
            "covered": [int(covered.sum())],
        }
    )
    table = pd.concat(
        [
            pd.DataFrame(
                {
                    "category": rows["category"].map(labels.BUDGET_CATEGORY).to_numpy(),
                    "budget": budget.to_numpy(),
                    "share": rows["share"].to_numpy(),
                    "covered": covered.to_numpy(),
                }
            ),
            total,
        ],
        ignore_index=True,
    )
    return pd.DataFrame(
        {
            texts.FUNDING_COL_CATEGORY: table["category"],
            texts.FUNDING_COL_BUDGET: table["budget"].map(money),
            texts.FUNDING_COL_SHARE: table["share"].map(_percent),
            texts.FUNDING_COL_COVERED: table["covered"].map(money),
            texts.FUNDING_COL_DIFFERENCE: (table["covered"] - table["budget"]).map(signed_money),
        }
    )


def signed_money(amount_cents: int) -> str:
    """'+ € 12,00', '− € 4.011,79' or '€ 0,00': a difference that reads as one."""
    if amount_cents == 0:
        return money(0)
    sign = "+" if amount_cents > 0 else "−"
    return f"{sign} {money(abs(amount_cents))}"


def _percent(share: float) -> str:
    return format_percent(share, format="#,##0.0%", locale=LOCALE)


def _in_kind_lines(in_kind: pd.DataFrame, districts: pd.DataFrame, year: int):
    """(per district?, partner, for whom, fte, note): capacity given alike to several districts
    is one line ("1,0 per district"), not five; the network's own partners come first."""
    rows = in_kind[in_kind["year"] == year]
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    groups: dict[tuple, list[str]] = {}
    for partner, fte, note, code in zip(
        rows["partner"], rows["fte"], rows["note"], rows["district_code"], strict=True
    ):
        codes = groups.setdefault((partner, float(fte), "" if pd.isna(note) else note), [])
        if not pd.isna(code):
            codes.append(code)
    lines = []
    for (partner, fte, note), codes in groups.items():
        if not codes:
            where, amount = texts.FUNDING_FOR_NETWORK, dutch.number(fte, 1)
        else:
            every = set(codes) == set(names)
            chosen = ", ".join(names.get(code, code) for code in sorted(codes))
            where = texts.FUNDING_FOR_EVERY_DISTRICT if every else chosen
            amount = texts.FUNDING_FTE_PER_DISTRICT.format(fte=dutch.number(fte, 1))
        lines.append((bool(codes), partner, where, amount, note))
    return sorted(lines, key=lambda line: line[0])


def in_kind_table(in_kind: pd.DataFrame, districts: pd.DataFrame, year: int) -> pd.DataFrame:
    """The fte given in kind in a year: one line per partner, for the network or per district."""
    columns = [texts.FUNDING_COL_PARTNER, texts.FUNDING_COL_FOR, texts.FUNDING_COL_FTE]
    lines = _in_kind_lines(in_kind, districts, year)
    return pd.DataFrame([line[1:4] for line in lines], columns=columns)


def in_kind_notes(in_kind: pd.DataFrame, year: int) -> str:
    """The notes beside the in-kind table, each once: 'OM, Politie, RIEC: jaarlijkse inzet …'."""
    rows = in_kind[(in_kind["year"] == year) & in_kind["note"].notna()]
    partners_by_note: dict[str, list[str]] = {}
    for partner, note in zip(rows["partner"], rows["note"], strict=True):
        named = partners_by_note.setdefault(note, [])
        if partner not in named:
            named.append(partner)
    return " ".join(f"{', '.join(names)}: {note}" for note, names in partners_by_note.items())


def in_kind_sentence(in_kind: pd.DataFrame, year: int) -> str:
    rows = in_kind[in_kind["year"] == year]
    network = rows.loc[rows["district_code"].isna(), "fte"].sum()
    districts = rows.loc[rows["district_code"].notna(), "fte"].sum()
    return texts.FUNDING_IN_KIND_SENTENCE.format(
        year=year,
        network=dutch.number(network, 1),
        districts=dutch.number(districts, 1),
    )


def former_funders_table(former: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    names = districts.set_index("district_code")["name"]
    rows = former.sort_values("rank")
    return pd.DataFrame(
        {
            texts.FUNDING_COL_MUNICIPALITY: rows["name"],
            texts.FUNDING_COL_DISTRICT: rows["district_code"].map(names),
            texts.FUNDING_COL_INHABITANTS: rows["inhabitants"].map(dutch.number),
        }
    ).reset_index(drop=True)


def former_funders_basis(former: pd.DataFrame) -> str:
    """How the list of 2015–2019 funders was derived (the mart says it per row)."""
    return " ".join(dict.fromkeys(former["basis"]))


def sources_text(
    rates: pd.DataFrame, budget_lines: pd.DataFrame, municipalities: pd.DataFrame
) -> str:
    """One line naming where the rate, the budget and the inhabitants come from."""
    dates = sorted(set(rates["population_date"]))
    return texts.FUNDING_SOURCES.format(
        rate="; ".join(dict.fromkeys(rates["source"])),
        budget="; ".join(dict.fromkeys(budget_lines["source"])),
        inhabitants="; ".join(dict.fromkeys(municipalities["source"])),
        dates=", ".join(dutch.date(date) for date in dates),
    )


# --- What if ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """Expected contributions for a rate and population growth (cents, people)."""

    rate_eur: float
    growth_pct: float
    inhabitants: int
    expected_cents: int


def what_if(municipalities: pd.DataFrame, rate_eur: float, growth_pct: float) -> Scenario:
    """What all municipalities would be asked at `rate_eur` if each grew by `growth_pct` %.

    Each municipality's inhabitants grow and round half-up to whole people; its contribution
    rounds half-up to cents, as in the register's own sum.
    """
    factor = 1 + Decimal(repr(float(growth_pct))) / 100
    grown = [
        int((Decimal(int(n)) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for n in municipalities["inhabitants"]
    ]
    total = sum(expected_cents(n, rate_eur) for n in grown)
    return Scenario(float(rate_eur), float(growth_pct), sum(grown), total)


def what_if_table(asked: YearRows, budget_lines: pd.DataFrame, scenario: Scenario) -> pd.DataFrame:
    """The register's figures of a year beside the what-if figures, never in their place."""
    year, rows = asked.year, asked.rows
    budget = _sum_cents(budget_lines.loc[budget_lines["year"] == year, "amount_eur"])
    register_rates = sorted(set(rows["rate_eur"]))
    register = {
        "rate": " / ".join(dutch.rate(rate) for rate in register_rates),
        "growth": growth_text(0),
        "inhabitants": dutch.number(int(rows["inhabitants"].sum())),
        "expected": money(_sum_cents(rows["expected_eur"])),
        "budget": money(budget),
        "difference": signed_money(_sum_cents(rows["expected_eur"]) - budget),
    }
    scenario_column = {
        "rate": dutch.rate(scenario.rate_eur),
        "growth": growth_text(scenario.growth_pct),
        "inhabitants": dutch.number(scenario.inhabitants),
        "expected": money(scenario.expected_cents),
        "budget": money(budget),
        "difference": signed_money(scenario.expected_cents - budget),
    }
    return pd.DataFrame(
        {
            texts.FUNDING_WHATIF_ROW: list(texts.FUNDING_WHATIF_ROWS.values()),
            texts.FUNDING_WHATIF_REGISTER.format(year=year): [
                register[key] for key in texts.FUNDING_WHATIF_ROWS
            ],
            texts.FUNDING_WHATIF_SCENARIO: [
                scenario_column[key] for key in texts.FUNDING_WHATIF_ROWS
            ],
        }
    )


def rate_step(rate_eur: float) -> int:
    """€ 0,07 → 70 (tenths of a cent), the unit of the what-if slider."""
    return int((Decimal(repr(float(rate_eur))) * 1000).to_integral_value(ROUND_HALF_UP))


def rate_steps(register_rate: float) -> list[int]:
    """Slider steps in tenths of a cent, the register's own rate among them."""
    return sorted({*RATE_STEPS, rate_step(register_rate)})


def register_rate(asked: YearRows) -> float:
    rates = asked.rows["rate_eur"]
    return float(rates.iloc[0]) if len(rates) else 0.0


def step_rate_label(step: int) -> str:
    return dutch.rate(step / 1000)


def growth_text(growth_pct: float) -> str:
    """0 → '0 %'; 1.5 → '+1,5 %'; -2 → '−2,0 %'."""
    if growth_pct == 0:
        return "0%"
    text = format_decimal(abs(growth_pct), format="#,##0.0", locale=LOCALE)
    return f"{'+' if growth_pct > 0 else '−'}{text}%"


def step_growth_label(step: int) -> str:
    return growth_text(step / 10)


# --- Overlays -----------------------------------------------------------------------------


def amount_colour(amount_eur: float) -> str:
    position = sum(amount_eur >= bound for bound in AMOUNT_BREAKS)
    return AMOUNT_COLOURS[position]


def amount_legend() -> list[tuple[str, str]]:
    """'minder dan € 1.500', '€ 1.500 tot € 2.000', …, '€ 5.000 of meer'."""
    bounds = [dutch.euro(bound).replace(",00", "") for bound in AMOUNT_BREAKS]
    labels = [texts.FUNDING_LEGEND_BELOW.format(bound=bounds[0])]
    labels += [
        texts.FUNDING_LEGEND_BETWEEN.format(low=low, high=high)
        for low, high in itertools.pairwise(bounds)
    ]
    labels.append(texts.FUNDING_LEGEND_ABOVE.format(bound=bounds[-1]))
    return list(zip(labels, AMOUNT_COLOURS, strict=True))


def amount_layer(asked: YearRows):
    """(colour per municipality, legend, tooltip lines) of the expected contribution."""
    year, rows = asked.year, asked.rows
    colours = dict(
        zip(rows["municipality_code"], rows["expected_eur"].map(amount_colour), strict=True)
    )
    tooltip = {
        texts.FUNDING_TOOLTIP_ASKED.format(year=year): dict(
            zip(rows["municipality_code"], map(money, _cents(rows["expected_eur"])), strict=True)
        ),
        texts.FUNDING_TOOLTIP_STATUS.format(year=year): dict(
            zip(rows["municipality_code"], rows["status"], strict=True)
        ),
    }
    return colours, amount_legend(), tooltip


def status_layer(asked: YearRows):
    """(colour per municipality, legend, tooltip lines) of the contribution status."""
    year, rows = asked.year, asked.rows
    colours = dict(zip(rows["municipality_code"], rows["status"].map(STATUS_COLOURS), strict=True))
    present = set(rows["status"])
    legend = [
        (labels.CONTRIBUTION_STATUS[status], colour)
        for status, colour in STATUS_COLOURS.items()
        if status in present
    ]
    paid = ["—" if amount is None else money(amount) for amount in _cents(rows["paid_eur"])]
    tooltip = {
        texts.FUNDING_TOOLTIP_STATUS.format(year=year): dict(
            zip(rows["municipality_code"], rows["status"], strict=True)
        ),
        texts.FUNDING_TOOLTIP_ASKED.format(year=year): dict(
            zip(rows["municipality_code"], map(money, _cents(rows["expected_eur"])), strict=True)
        ),
        texts.FUNDING_TOOLTIP_PAID: dict(zip(rows["municipality_code"], paid, strict=True)),
    }
    return colours, legend, tooltip
