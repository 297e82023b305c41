"""Pilots: filters, key figures, diffusion edges, results, the card of one pilot and the exports.

Pure: mart frames in, plain data, display frames (Dutch headers) or safe Markdown out. Stored
values stay what the register says; what it leaves empty is shown as 'onbekend', never as 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from dashboard.display.markup import literal as markdown_literal
from dashboard.governance.bodies import Filter, sort_key
from dashboard.texts import exports as exports_texts
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.pilots.registers import origin_dates

THEME_PARAM = "thema"
DISTRICT_PARAM = "district"
STATUS_PARAM = "status"
CATEGORY_PARAM = "categorie"
FROM_PARAM = "van"
TO_PARAM = "tot"
LAYER_PARAM = "kaartlaag"
COUNT_LAYER, SUBSIDY_LAYER = "pilots", "subsidie"  # the map's layers (keys of PILOTS_LAYERS)
PILOT_PARAM = "pilot"
INDICATOR_PARAM = "indicator"
YEAR_PARAM = "jaar"
ALL = "alle"
UNKNOWN = "onbekend"  # the filter value of an empty status or category
ORIGIN, ADOPTER, PARTICIPANT = vocab.SITE_ROLES
PERIOD_SELECTS = ((texts.PILOTS_FROM, FROM_PARAM), (texts.PILOTS_TO, TO_PARAM))
RESULT_WIDTHS = {
    texts.PILOTS_RESULT_COLUMNS["value_text"]: "large",
    texts.PILOTS_RESULT_COLUMNS["indicator"]: "medium",
}
MUNICIPALITY_NUMBERS = tuple(
    texts.PILOTS_MUNICIPALITY_COLUMNS[c] for c in ("n_pilots", "n_origin", "n_adopted", "subsidy")
)
# Years a period filter always offers, so a shared link keeps working when the data changes.
FIRST_YEAR, LAST_YEAR = 2015, 2023
_URL = re.compile(r"^https?://[A-Za-z0-9.\-_~/?#@!$&+,=%:]+$")


@dataclass(frozen=True)
class Selection:
    """The filters as chosen; an empty list or None lets everything through."""

    themes: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    first_year: int | None = None
    last_year: int | None = None


@dataclass(frozen=True)
class Figure:
    """One key figure: label, value in Dutch notation, what it counts, and a caveat if any."""

    label: str
    value: str
    help: str
    note: str | None = None


@dataclass(frozen=True)
class View:
    """What the page shows for a selection: the pilots, their sites and results, the figures
    per municipality, the adoptions, and the years the diffusion slider spans (None: none)."""

    selection: Selection
    pilots: pd.DataFrame
    sites: pd.DataFrame
    results: pd.DataFrame
    figures: pd.DataFrame
    edges: pd.DataFrame
    years: tuple[int, int] | None


def explore(marts, chosen: list[list[str]], first: str, last: str) -> View:
    """Filter the pilots and derive everything the page draws from them (`marts`: visible)."""
    picked = selection(chosen, first, last)
    shown = filter_pilots(marts.pilots, marts.pilot_sites, marts.municipalities, picked)
    sites, results = of_pilots(marts.pilot_sites, shown), of_pilots(marts.pilot_results, shown)
    edges = diffusion_edges(shown, sites, marts.municipalities)
    figures = municipality_figures(shown, sites, marts.municipalities)
    return View(picked, shown, sites, results, figures, edges, year_range(edges))


# --- filters ---------------------------------------------------------------------------------


def filters(districts: pd.DataFrame, themes: pd.DataFrame) -> list[Filter]:
    """Theme, district, status and category (the order of `Selection`)."""
    ordered = districts.sort_values("district_code")
    statuses = {s: labels.PILOT_STATUS[s] for s in vocab.PILOT_STATUSES}
    categories = {c: labels.PILOT_CATEGORY[c] for c in vocab.PILOT_CATEGORIES}
    return [
        Filter(
            texts.PILOTS_FILTER_THEME,
            dict(zip(themes["theme_id"], themes["name"], strict=True)),
            THEME_PARAM,
        ),
        Filter(
            texts.PILOTS_FILTER_DISTRICT,
            dict(zip(ordered["district_code"], ordered["name"], strict=True)),
            DISTRICT_PARAM,
        ),
        Filter(texts.PILOTS_FILTER_STATUS, statuses | {UNKNOWN: frame_texts.UNKNOWN}, STATUS_PARAM),
        Filter(
            texts.PILOTS_FILTER_CATEGORY,
            categories | {UNKNOWN: texts.PILOTS_NO_CATEGORY},
            CATEGORY_PARAM,
        ),
    ]


def year_options(pilots: pd.DataFrame, sites: pd.DataFrame, label_all: str) -> dict[str, str]:
    """'alle' first (the default), then every year from 2015 (or earlier data) to the last."""
    years = pd.concat(
        [pilots["start_date"].dt.year, pilots["end_date"].dt.year, sites["since"].dt.year]
    ).dropna()
    first = min(FIRST_YEAR, int(years.min())) if not years.empty else FIRST_YEAR
    last = max(LAST_YEAR, int(years.max())) if not years.empty else LAST_YEAR
    return {ALL: label_all} | {str(year): str(year) for year in range(first, last + 1)}


def selection(chosen: list[list[str]], first: str, last: str) -> Selection:
    """The sidebar's choices as a Selection; a reversed period is read the right way round."""
    years = [int(value) for value in (first, last) if value != ALL]
    first_year = int(first) if first != ALL else None
    last_year = int(last) if last != ALL else None
    if len(years) == 2:
        first_year, last_year = min(years), max(years)
    return Selection(*(tuple(values) for values in chosen), first_year, last_year)


def filter_pilots(
    pilots: pd.DataFrame,
    sites: pd.DataFrame,
    municipalities: pd.DataFrame,
    chosen: Selection,
) -> pd.DataFrame:
    """The pilots that pass every filter, by start date (unknown last), then by name.

    District: a pilot that started, was adopted or takes part in one of the districts.
    Period: a pilot whose known run overlaps the years; one without a known start stays in,
    since it may have run then (the page says so).
    """
    keep = pd.Series(True, index=pilots.index)
    if chosen.themes:
        keep &= pilots["theme_id"].isin(chosen.themes)
    if chosen.statuses:
        keep &= pilots["status"].fillna(UNKNOWN).isin(chosen.statuses)
    if chosen.categories:
        keep &= pilots["category"].fillna(UNKNOWN).isin(chosen.categories)
    if chosen.districts:
        district_of = municipalities.set_index("municipality_code")["district_code"]
        inside = set(district_of[district_of.isin(chosen.districts)].index)
        in_sites = set(sites.loc[sites["municipality_code"].isin(inside), "pilot_id"])
        keep &= pilots["origin_municipality_code"].isin(inside) | pilots["pilot_id"].isin(in_sites)
    if chosen.last_year is not None:
        keep &= ~(pilots["start_date"].dt.year > chosen.last_year)
    if chosen.first_year is not None:
        keep &= ~(pilots["end_date"].dt.year < chosen.first_year)
    return ordered(pilots[keep])


def ordered(pilots: pd.DataFrame) -> pd.DataFrame:
    """By start date (unknown last), then by name."""
    keys = pilots.assign(_name=pilots["name"].map(sort_key))
    keys = keys.sort_values(["start_date", "_name", "pilot_id"], na_position="last")
    return pilots.loc[keys.index].reset_index(drop=True)


def of_pilots(table: pd.DataFrame, pilots: pd.DataFrame) -> pd.DataFrame:
    """The rows of a sites or results table that belong to the given pilots."""
    return table[table["pilot_id"].isin(set(pilots["pilot_id"]))].reset_index(drop=True)


def period_note(chosen: Selection, pilots: pd.DataFrame) -> str | None:
    """When a period is chosen: how many of the shown pilots have no known start."""
    if chosen.first_year is None and chosen.last_year is None:
        return None
    undated = int(pilots["start_date"].isna().sum())
    return texts.PILOTS_PERIOD_NOTE.format(n=number(undated)) if undated else None


# --- key figures and figures per municipality ------------------------------------------------


def reached(pilots: pd.DataFrame, sites: pd.DataFrame) -> set[tuple[str, str]]:
    """Every (pilot, municipality) a pilot reached: its origin and each of its sites."""
    pairs = set(_rows(sites, "pilot_id", "municipality_code"))
    pairs |= {
        (pilot, code)
        for pilot, code in _rows(pilots, "pilot_id", "origin_municipality_code")
        if isinstance(code, str)
    }
    return pairs


def key_figures(pilots: pd.DataFrame, sites: pd.DataFrame) -> list[Figure]:
    """Number of pilots, subsidy total (or 'onbekend'), municipalities reached, adoptions."""
    known = pilots["subsidy_eur"].dropna()
    subsidy = frame_texts.UNKNOWN if known.empty else money(float(known.sum()))
    n_unknown = len(pilots) - len(known)
    adoptions = sites[sites["role"] == ADOPTER]
    n_demo = int(pilots["is_demo"].sum())
    return [
        Figure(
            texts.PILOTS_METRIC_PILOTS,
            number(len(pilots)),
            texts.PILOTS_METRIC_PILOTS_HELP
            + (texts.PILOTS_METRIC_DEMO.format(n=number(n_demo)) if n_demo else ""),
        ),
        Figure(
            texts.PILOTS_METRIC_SUBSIDY,
            subsidy,
            texts.PILOTS_METRIC_SUBSIDY_HELP.format(
                known=number(len(known)), total=number(len(pilots))
            ),
            texts.PILOTS_METRIC_SUBSIDY_UNKNOWN.format(n=number(n_unknown))
            if n_unknown and not known.empty
            else None,
        ),
        Figure(
            texts.PILOTS_METRIC_REACHED,
            number(len({code for _, code in reached(pilots, sites)})),
            texts.PILOTS_METRIC_REACHED_HELP,
        ),
        Figure(
            texts.PILOTS_METRIC_ADOPTIONS,
            number(len(adoptions)),
            texts.PILOTS_METRIC_ADOPTIONS_HELP.format(
                unknown=number(int(adoptions["since"].isna().sum()))
            ),
        ),
    ]


def municipality_figures(
    pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame
) -> pd.DataFrame:
    """Per municipality: pilots reached, started (origin), adopted, and the subsidy of the
    pilots that started there (`subsidy_eur` NaN when none of them has a known amount).

    Counted in plain Python: on a few hundred rows that beats pandas' group-bys many times."""
    reach: dict[str, set] = {}
    adopted: dict[str, set] = {}
    for pilot, code, role in _rows(sites, "pilot_id", "municipality_code", "role"):
        reach.setdefault(code, set()).add(pilot)
        if role == ADOPTER:
            adopted.setdefault(code, set()).add(pilot)
    started: dict[str, int] = {}
    amounts: dict[str, float] = {}
    unknown: dict[str, int] = {}
    for pilot, code, amount in _rows(pilots, "pilot_id", "origin_municipality_code", "subsidy_eur"):
        if code is None or pd.isna(code):
            continue
        reach.setdefault(code, set()).add(pilot)
        started[code] = started.get(code, 0) + 1
        if pd.isna(amount):
            unknown[code] = unknown.get(code, 0) + 1
        else:
            amounts[code] = amounts.get(code, 0.0) + float(amount)
    codes = municipalities["municipality_code"].tolist()
    return pd.DataFrame(
        {
            "municipality_code": codes,
            "name": municipalities["name"].tolist(),
            "district_code": municipalities["district_code"].tolist(),
            "n_pilots": [len(reach.get(c, ())) for c in codes],
            "n_origin": [started.get(c, 0) for c in codes],
            "n_adopted": [len(adopted.get(c, ())) for c in codes],
            "subsidy_eur": [amounts.get(c, float("nan")) for c in codes],
            "subsidy_unknown": [unknown.get(c, 0) for c in codes],
        }
    )


def _lists(frame: pd.DataFrame, *columns: str) -> list[list]:
    return [frame[column].tolist() for column in columns]


def _rows(frame: pd.DataFrame, *columns: str):
    """The columns' values row by row as plain Python tuples (cheap to loop over)."""
    return zip(*_lists(frame, *columns), strict=True)


def subsidy_text(amount: float, unknown: int) -> str:
    """'€ 120.000,00', 'onbekend', or '€ 120.000,00 (van 1 pilot onbekend)'."""
    if pd.isna(amount):
        return frame_texts.UNKNOWN if unknown else ""
    text = money(float(amount))
    if unknown:
        text += " " + texts.PILOTS_SUBSIDY_PARTLY.format(n=number(unknown))
    return text


def municipality_table(
    figures: pd.DataFrame, districts: pd.DataFrame, layer: str = COUNT_LAYER
) -> pd.DataFrame:
    """The map's figures as a table (Dutch headers): the municipalities with pilots, ordered
    by what the map shows (pilots, or subsidy with unknown amounts last), its column first."""
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    by = "subsidy_eur" if layer == SUBSIDY_LAYER else "n_pilots"
    shown = figures[figures["n_pilots"] > 0].sort_values(
        [by, "n_pilots", "name"], ascending=[False, False, True], na_position="last"
    )
    table = pd.DataFrame(
        {
            "name": [
                f"{name} ({names.get(code, code)})"
                for name, code in zip(shown["name"], shown["district_code"], strict=True)
            ],
            "n_pilots": shown["n_pilots"].map(dutch.number),
            "n_origin": shown["n_origin"].map(dutch.number),
            "n_adopted": shown["n_adopted"].map(dutch.number),
            "subsidy": [
                subsidy_text(amount, unknown) if origin else ""
                for amount, unknown, origin in zip(
                    shown["subsidy_eur"], shown["subsidy_unknown"], shown["n_origin"], strict=True
                )
            ],
        }
    )
    if layer == SUBSIDY_LAYER:
        table = table[["name", "subsidy", "n_pilots", "n_origin", "n_adopted"]]
    return table.rename(columns=texts.PILOTS_MUNICIPALITY_COLUMNS)


# --- diffusion ---------------------------------------------------------------------------------

EDGE_COLUMNS = (
    "pilot_id", "pilot", "category", "origin_code", "origin", "origin_lon", "origin_lat",
    "adopter_code", "adopter", "adopter_lon", "adopter_lat", "since", "year", "origin_year",
    "is_demo",
)  # fmt: skip


def diffusion_edges(
    pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame
) -> pd.DataFrame:
    """One row per adoption: from the pilot's origin to the adopting municipality.

    The origin is the pilot's origin municipality, else its `herkomst` site; an adoption of a
    pilot without a known origin cannot be drawn and is left out. `year` is empty when the
    adoption date is unknown: such an edge is listed, never placed on a guessed year.
    """
    places = {
        code: (name, lon, lat)
        for code, name, lon, lat in _rows(municipalities, "municipality_code", "name", "lon", "lat")
    }
    info = {
        pilot: (name, None if pd.isna(category) else category, origin, bool(demo))
        for pilot, name, category, origin, demo in _rows(
            pilots, "pilot_id", "name", "category", "origin_municipality_code", "is_demo"
        )
    }
    site_lists = _lists(sites, "pilot_id", "municipality_code", "role", "since")
    origin_sites: dict[str, str] = {}
    for pilot, code, role, _ in zip(*site_lists, strict=True):
        if role == ORIGIN:
            origin_sites.setdefault(pilot, code)
    started = {pilot: date.year for pilot, date in origin_dates(sites, pilots).items()}
    rows = []
    for pilot, code, role, since in zip(*site_lists, strict=True):
        if role != ADOPTER or pilot not in info:
            continue
        name, category, origin, demo = info[pilot]
        origin = origin if isinstance(origin, str) else origin_sites.get(pilot)
        if origin not in places or code not in places:
            continue
        year = None if pd.isna(since) else since.year
        rows.append(
            (pilot, name, category, origin, *places[origin], code, *places[code], since, year,
             started.get(pilot), demo)
        )  # fmt: skip
    rows.sort(key=lambda r: (r[12] is None, r[12] or 0, r[1], r[6]))
    edges = pd.DataFrame(rows, columns=list(EDGE_COLUMNS))
    return edges.astype(
        {"since": "datetime64[ns]", "year": "Int64", "origin_year": "Int64", "is_demo": bool}
    )


def diffusion_caption(edges: pd.DataFrame, year: int) -> str:
    """'Tot en met 2019: 14 overname(s) van 1 pilot(s). … dikke pijlen: 14 overname(s) in 2019.'"""
    drawn = edges_until(edges, year)
    return texts.PILOTS_DIFFUSION_CAPTION.format(
        year=year,
        n=number(len(drawn)),
        pilots=number(drawn["pilot_id"].nunique()),
        new=number(int((drawn["year"] == year).sum())),
    )


def year_range(edges: pd.DataFrame) -> tuple[int, int] | None:
    """The slider's years: the year before the first known adoption (only the origins show)
    up to the last; None when no adoption has a known year."""
    years = edges["year"].dropna()
    return (int(years.min()) - 1, int(years.max())) if not years.empty else None


def edges_until(edges: pd.DataFrame, year: int) -> pd.DataFrame:
    """The adoptions with a known year up to and including `year`."""
    known = edges[edges["year"].notna()]
    return known[known["year"] <= year].reset_index(drop=True)


def origins_until(edges: pd.DataFrame, year: int) -> pd.DataFrame:
    """One row per origin of an adopted pilot that had started by `year` (or whose start is
    unknown: it started before its first adoption, but when is not known)."""
    started = edges[edges["origin_year"].isna() | (edges["origin_year"] <= year)]
    return started.drop_duplicates(["pilot_id"]).reset_index(drop=True)


def undated_edges(edges: pd.DataFrame) -> pd.DataFrame:
    """The adoptions whose year is unknown, as a table with Dutch headers."""
    undated = edges[edges["year"].isna()]
    table = undated[["adopter", "origin", "pilot"]]
    return table.rename(columns=texts.PILOTS_UNDATED_COLUMNS).reset_index(drop=True)


# --- results -----------------------------------------------------------------------------------


def indicator_options(results: pd.DataFrame) -> dict[str, str]:
    """Indicators with numbers first (most pilots first), then those in words only."""
    pilots_of: dict[str, set] = {}
    numbered: set[str] = set()
    for pilot, indicator, value in _rows(results, "pilot_id", "indicator", "value"):
        pilots_of.setdefault(indicator, set()).add(pilot)
        if not pd.isna(value):
            numbered.add(indicator)
    order = sorted(pilots_of, key=lambda i: (i not in numbered, -len(pilots_of[i]), sort_key(i)))
    return {
        indicator: texts.PILOTS_INDICATOR_OPTION.format(
            indicator=indicator,
            n=number(len(pilots_of[indicator])),
            kind=texts.PILOTS_INDICATOR_NUMBER
            if indicator in numbered
            else texts.PILOTS_INDICATOR_TEXT,
        )
        for indicator in order
    }


def indicator_results(results: pd.DataFrame, pilots: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """The results of one indicator across pilots, highest number first, words-only last."""
    names = pilots.set_index("pilot_id")["name"]
    chosen = results[results["indicator"] == indicator]
    chosen = chosen.assign(pilot=chosen["pilot_id"].map(names))
    return chosen.sort_values(["value", "pilot"], ascending=[False, True], na_position="last")


def all_results(results: pd.DataFrame, pilots: pd.DataFrame) -> pd.DataFrame:
    """Every result of the shown pilots, in the pilots' order, then by indicator."""
    rank = {pilot: index for index, pilot in enumerate(pilots["pilot_id"])}
    names = pilots.set_index("pilot_id")["name"]
    table = results.assign(
        pilot=results["pilot_id"].map(names), _rank=results["pilot_id"].map(rank)
    )
    table = table.sort_values(["_rank", "indicator"], kind="stable")
    return table.drop(columns="_rank").reset_index(drop=True)


def words_markdown(results: pd.DataFrame) -> str:
    """The results in words of one indicator, one pilot a line, to read side by side."""
    worded = results[results["value_text"].notna()]
    return "\n".join(
        f"- **{markdown_literal(row.pilot)}:** {markdown_literal(row.value_text)}"
        for row in worded.itertuples(index=False)
    )


ROW_PIXELS = 35  # a table row in st.dataframe, the header included


def fitted_height(rows: int, most: int = 400) -> int | str:
    """A table's height: just its rows when they fit in `most` pixels, else a scrolling box."""
    return "content" if (rows + 1) * ROW_PIXELS <= most else most


def results_table(results: pd.DataFrame) -> pd.DataFrame:
    """Results as a table with Dutch headers: numbers in Dutch notation, dates by month."""
    table = pd.DataFrame(
        {
            "pilot": results["pilot"],
            "indicator": results["indicator"],
            "value": results["value"].map(lambda v: "" if pd.isna(v) else number(v)),
            "unit": results["unit"].fillna(""),
            "value_text": results["value_text"].fillna(""),
            "measured_on": results["measured_on"].map(month),
            "source": results["source"],
        }
    )
    return table.rename(columns=texts.PILOTS_RESULT_COLUMNS).reset_index(drop=True)


# --- the card of one pilot ---------------------------------------------------------------------


def pilot_choices(pilots: pd.DataFrame) -> dict[str, str]:
    """'' (no pilot) first, then pilot id → name, alphabetical."""
    pairs = sorted(
        zip(pilots["pilot_id"], pilots["name"], strict=True),
        key=lambda pair: (sort_key(pair[1]), pair[0]),
    )
    return {"": texts.PILOTS_SELECT_NONE} | dict(pairs)


def pilot_card(pilot_id: str, marts) -> str:
    """Everything known of one pilot as Markdown, every register text escaped, with sources."""
    md = markdown_literal
    pilots, sites, results = marts.pilots, marts.pilot_sites, marts.pilot_results
    municipalities, districts, themes = marts.municipalities, marts.districts, marts.themes
    row = pilots.set_index("pilot_id").loc[pilot_id]
    place = _place_names(municipalities, districts)
    theme_names = dict(zip(themes["theme_id"], themes["name"], strict=True))
    lines = [f"### {md(row['name'])}"]
    if row["is_demo"]:
        lines.append(f"**{md(texts.PILOTS_CARD_DEMO)}**")
    facts = {
        "theme": theme_names.get(row["theme_id"], row["theme_id"]),
        "category": _label(labels.PILOT_CATEGORY, row["category"], texts.PILOTS_NO_CATEGORY),
        "status": _label(labels.PILOT_STATUS, row["status"]),
        "lead": _known(row["lead_organisation"]),
        "origin": place.get(row["origin_municipality_code"], frame_texts.UNKNOWN),
        "period": period_text(row["start_date"], row["end_date"], row["status"]),
        "subsidy": subsidy_text(row["subsidy_eur"], int(pd.isna(row["subsidy_eur"]))),
        "funders": "; ".join(row["funders"]) or frame_texts.UNKNOWN,
        "partners": "; ".join(row["partners"]) or frame_texts.UNKNOWN,
    }
    lines += [""] + [f"- **{md(texts.PILOTS_CARD_FIELDS[k])}:** {md(v)}" for k, v in facts.items()]
    for field in ("description", "note"):
        if pd.notna(row[field]):
            lines += ["", f"*{md(texts.PILOTS_CARD_FIELDS[field])}:* {md(row[field])}"]
    own_sites = sites[sites["pilot_id"] == pilot_id]
    lines += ["", f"**{md(texts.PILOTS_CARD_SITES)}**", ""]
    names = dict(zip(municipalities["municipality_code"], municipalities["name"], strict=True))
    lines += [f"- {md(line)}" for line in site_lines(own_sites, names)] or [
        md(texts.PILOTS_CARD_NO_SITES)
    ]
    own_results = results[results["pilot_id"] == pilot_id]
    lines += ["", f"**{md(texts.PILOTS_CARD_RESULTS)}**", ""]
    lines += [f"- {line}" for line in result_lines(own_results)] or [
        md(texts.PILOTS_CARD_NO_RESULTS)
    ]
    every = [row["source"], *own_sites["source"], *own_results["source"]]
    sources = _unique(part.strip() for text in every for part in str(text).split(";"))
    lines += ["", f"**{md(texts.PILOTS_CARD_SOURCES)}**", ""]
    lines += [f"- {source_markdown(source)}" for source in sources]
    return "\n".join(lines)


def site_lines(sites: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """'Overgenomen — januari 2019 (14 gemeenten): Almelo, Borne, …': one line per role and date."""
    order = {role: index for index, role in enumerate(vocab.SITE_ROLES)}
    groups = sites.assign(
        _role=sites["role"].map(order), _since=sites["since"].map(month), _sort=sites["since"]
    ).sort_values(["_role", "_sort"], na_position="last")
    lines = []
    for (_, role, since), group in groups.groupby(
        ["_role", "role", "_since"], sort=False, dropna=False
    ):
        places = sorted(
            (names.get(code, code) for code in group["municipality_code"]), key=sort_key
        )
        count = (
            texts.PILOTS_ONE_MUNICIPALITY
            if len(places) == 1
            else texts.PILOTS_MUNICIPALITIES.format(n=number(len(places)))
        )
        lines.append(
            texts.PILOTS_SITE_LINE.format(
                role=labels.SITE_ROLE.get(role, role),
                date=since or texts.PILOTS_DATE_UNKNOWN,
                n=count,
                names=", ".join(places),
            )
        )
    return lines


def result_lines(results: pd.DataFrame) -> list[str]:
    """One Markdown line per result: indicator, number and unit, words, date (all escaped)."""
    md = markdown_literal
    lines = []
    for row in results.itertuples(index=False):
        parts = []
        if pd.notna(row.value):
            unit = f" {row.unit}" if pd.notna(row.unit) else ""
            parts.append(f"{number(row.value)}{unit}")
        if pd.notna(row.value_text):
            parts.append(str(row.value_text))
        when = month(row.measured_on) or frame_texts.UNKNOWN
        text = " — ".join(parts)
        dated = texts.PILOTS_MEASURED_ON.format(date=when)
        lines.append(f"**{md(row.indicator)}:** {md(text)} ({md(dated)})")
    return lines


def source_markdown(source: str) -> str:
    """A source as Markdown: web addresses as links (only plain http(s)), the rest as text."""
    parts = [part.strip() for part in str(source).split(";") if part.strip()]
    shown = []
    for part in parts:
        if _URL.match(part):
            shown.append(f"[{markdown_literal(_short_url(part))}]({part})")
        else:
            shown.append(markdown_literal(part))
    return "; ".join(shown)


def _short_url(url: str, width: int = 70) -> str:
    bare = re.sub(r"^https?://(www\.)?", "", url).rstrip("/")
    return bare if len(bare) <= width else bare[: width - 1] + "…"


# --- export ------------------------------------------------------------------------------------


def pilot_table(
    pilots: pd.DataFrame,
    sites: pd.DataFrame,
    municipalities: pd.DataFrame,
    districts: pd.DataFrame,
    themes: pd.DataFrame,
    show_demo: bool,
) -> pd.DataFrame:
    """One row per pilot with Dutch headers; the demo flag only when demo data are on."""
    place = _place_names(municipalities, districts)
    theme_names = dict(zip(themes["theme_id"], themes["name"], strict=True))
    counts = sites.groupby(["pilot_id", "role"]).size().unstack(fill_value=0)
    table = pd.DataFrame(
        {
            "name": pilots["name"],
            "theme": pilots["theme_id"].map(lambda t: theme_names.get(t, t)),
            "category": pilots["category"].map(lambda c: _label(labels.PILOT_CATEGORY, c, "")),
            "status": pilots["status"].map(lambda s: _label(labels.PILOT_STATUS, s)),
            "origin": pilots["origin_municipality_code"].map(lambda c: place.get(c, "")),
            "lead_organisation": pilots["lead_organisation"].fillna(""),
            "start_date": pilots["start_date"],
            "end_date": pilots["end_date"],
            "subsidy_eur": pilots["subsidy_eur"],
            "n_adopters": pilots["pilot_id"].map(_column(counts, ADOPTER)).fillna(0).astype(int),
            "n_participants": pilots["pilot_id"]
            .map(_column(counts, PARTICIPANT))
            .fillna(0)
            .astype(int),
            "funders": pilots["funders"].map(list),
            "partners": pilots["partners"].map(list),
            "source": pilots["source"],
            "pilot_id": pilots["pilot_id"],
        }
    )
    if show_demo:
        table["is_demo"] = pilots["is_demo"].astype(bool)
    return table.rename(columns=texts.PILOTS_EXPORT_COLUMNS).reset_index(drop=True)


def export_table(view: View, marts, show_demo: bool) -> pd.DataFrame:
    """The shown pilots as one table (the CSV download and the first sheet of the workbook)."""
    return pilot_table(
        view.pilots, view.sites, marts.municipalities, marts.districts, marts.themes, show_demo
    )


def export_sheets(view: View, marts, show_demo: bool) -> dict[str, pd.DataFrame]:
    """The workbook of the shown pilots: the pilots, their municipalities, their results;
    the demo flag only when demo data are on (and only then can demo rows be among them)."""
    pilots, sites, results = view.pilots, view.sites, view.results
    names = pilots.set_index("pilot_id")["name"]
    place = _place_names(marts.municipalities, marts.districts)
    site_table = pd.DataFrame(
        {
            "pilot": sites["pilot_id"].map(names),
            "municipality": sites["municipality_code"].map(lambda c: place.get(c, c)),
            "municipality_code": sites["municipality_code"],
            "role": sites["role"].map(lambda r: labels.SITE_ROLE.get(r, r)),
            "since": sites["since"],
            "note": sites["note"].fillna(""),
            "source": sites["source"],
        }
    )
    result_table = pd.DataFrame(
        {
            "pilot": results["pilot_id"].map(names),
            "indicator": results["indicator"],
            "value": results["value"],
            "unit": results["unit"].fillna(""),
            "value_text": results["value_text"].fillna(""),
            "measured_on": results["measured_on"],
            "source": results["source"],
        }
    )
    if show_demo:
        site_table["is_demo"] = sites["is_demo"].astype(bool)
        result_table["is_demo"] = results["is_demo"].astype(bool)
    return {
        texts.PILOTS_SHEETS["pilots"]: export_table(view, marts, show_demo),
        texts.PILOTS_SHEETS["sites"]: site_table.rename(columns=texts.PILOTS_SITE_COLUMNS),
        texts.PILOTS_SHEETS["results"]: result_table.rename(columns=texts.PILOTS_EXPORT_RESULTS),
    }


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """The export table for the screen: dates by month, money in euro or 'onbekend', lists
    joined, yes/no for the demo flag."""
    headers = texts.PILOTS_EXPORT_COLUMNS
    shown = table.copy()
    for column in ("start_date", "end_date"):
        shown[headers[column]] = shown[headers[column]].map(month)
    shown[headers["subsidy_eur"]] = shown[headers["subsidy_eur"]].map(
        lambda v: frame_texts.UNKNOWN if pd.isna(v) else money(float(v))
    )
    for column in ("funders", "partners"):
        shown[headers[column]] = shown[headers[column]].map("; ".join)
    if headers["is_demo"] in shown.columns:
        shown[headers["is_demo"]] = shown[headers["is_demo"]].map(
            {True: exports_texts.EXPORT_YES, False: exports_texts.EXPORT_NO}
        )
    return shown


# --- small helpers -----------------------------------------------------------------------------


def money(amount: float) -> str:
    """Euro in Dutch notation, cents only when there are any: '€ 120.000', '€ 12,50'."""
    return dutch.euro(amount).removesuffix(",00")


def month(value) -> str:
    """A date to the month, as the sources give them: 2019-01-01 → 'januari 2019'; unknown → ''."""
    if value is None or pd.isna(value):
        return ""
    return f"{texts.MONTHS[value.month - 1]} {value.year}"


def number(value: float) -> str:
    """Dutch notation (via dutch.number), at once for whole numbers below 1.000, which
    have no separator: most counts and values of the page are such, and babel is slow."""
    if float(value).is_integer() and -1000 < value < 1000:
        return str(int(value))
    return dutch.number(value)


def period_text(start, end, status) -> str:
    """'januari 2019 – december 2020', 'start onbekend – …', '… – loopt nog' or '… – onbekend'."""
    first = month(start) or texts.PILOTS_START_UNKNOWN
    if pd.notna(end):
        last = month(end)
    elif status in {"lopend", "geborgd", "gepland"}:
        last = texts.PILOTS_END_OPEN
    else:
        last = texts.PILOTS_END_UNKNOWN
    return f"{first} – {last}"


def _place_names(municipalities: pd.DataFrame, districts: pd.DataFrame) -> dict[str, str]:
    """Municipality code → 'Deventer (IJsselland)'."""
    names = dict(zip(districts["district_code"], districts["name"], strict=True))
    return {
        row.municipality_code: f"{row.name} ({names.get(row.district_code, row.district_code)})"
        for row in municipalities.itertuples(index=False)
    }


def _column(counts: pd.DataFrame, role: str) -> pd.Series:
    return counts[role] if role in counts.columns else pd.Series(dtype="int64")


def _label(labels: dict[str, str], value, unknown: str = frame_texts.UNKNOWN) -> str:
    return unknown if value is None or pd.isna(value) else labels.get(value, str(value))


def _known(value) -> str:
    return frame_texts.UNKNOWN if value is None or pd.isna(value) else str(value)


def _unique(values: Iterable) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value is not None and not pd.isna(value):
            seen.setdefault(str(value), None)
    return list(seen)
