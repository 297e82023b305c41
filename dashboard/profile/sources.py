"""Where each figure group of a profile comes from, with its reference date."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from dashboard.profile.model import Source
from dashboard.texts import frame as frame_texts
from dashboard.texts import profiel as texts
from etl.core import dutch

MAX_LISTED = 3  # more distinct sources than this are counted, not all listed
# 'Q&A Veiligheidsnetwerk Oost-Nederland, mei 2019, vraag 3 en 5' cites the document once.
_PASSAGE = re.compile(r",\s+(?:vraag|inleiding)\b[^.;:]*$")


def summary(sources: Iterable, split: bool = True) -> str:
    """The distinct sources (with `split`, '; '-separated parts apart and a document cited once
    whatever its passage), the first few named, the rest counted."""
    texts_ = [str(source).strip() for source in sources if not pd.isna(source)]
    if not split:
        distinct = list(dict.fromkeys(text for text in texts_ if text))
        return ". ".join(text.removesuffix(".") for text in distinct[:MAX_LISTED])
    parts = [part.strip() for text in texts_ for part in text.split("; ") if part.strip()]
    distinct = list(dict.fromkeys(_PASSAGE.sub("", part) for part in parts))
    if len(distinct) <= MAX_LISTED:
        return "; ".join(distinct)
    rest = texts.MORE_SOURCES.format(n=dutch.number(len(distinct) - MAX_LISTED))
    return f"{'; '.join(distinct[:MAX_LISTED])} {rest}"


def dates_text(dates: Iterable) -> str:
    """The distinct reference dates in Dutch notation, or 'onbekend' when there are none."""
    known = sorted({pd.Timestamp(d) for d in dates if not pd.isna(d)})
    return ", ".join(dutch.date(d) for d in known) or frame_texts.UNKNOWN


def figure_sources(
    municipalities: pd.DataFrame,
    statuses: pd.DataFrame,
    rates: pd.DataFrame,
    budget_lines: pd.DataFrame,
    registers: dict[str, pd.DataFrame],
    boundaries: Source | None = None,
) -> tuple[Source, ...]:
    """One `Source` per figure group: inhabitants, contributions (the rate per inhabitant, dated
    by its population date), where the contributions stand (`statuses`), budget, each register
    (`registers`: 'Pilots', 'Overleggen', 'Werkprogramma' → the rows the profile shows) and
    the map's boundaries."""
    population = texts.SOURCE_DATE_POPULATION.format(dates=dates_text(rates["population_date"]))
    found = [
        Source(
            texts.SOURCE_INHABITANTS,
            summary(municipalities["source"]),
            dates_text(municipalities["inhabitants_date"]),
        ),
        # the contributions mart's `source` composes these three: inhabitants, rate, status
        Source(texts.SOURCE_CONTRIBUTIONS, summary(rates["source"]), population),
        Source(texts.SOURCE_STATUSES, summary(statuses["source"], split=False), ""),
        Source(texts.SOURCE_BUDGET, summary(budget_lines["source"]), ""),
    ]
    # Registers carry no reference date of their own: left empty, never guessed.
    found += [
        Source(what, summary(rows["source"]), "")
        for what, rows in registers.items()
        if not rows.empty
    ]
    return (*found, boundaries) if boundaries else tuple(found)


def boundary_source(manifest: dict, districts: pd.DataFrame) -> Source | None:
    """The map's shapes as the build recorded them, dated by the CBS division they follow."""
    source = ((manifest or {}).get("boundaries") or {}).get("source")
    if not source:
        return None
    return Source(texts.SOURCE_MAP, str(source), dates_text(districts["reference_date"]))
