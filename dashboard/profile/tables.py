"""A profile as display tables (Dutch headers, Dutch notation), for the page and the factsheet."""

from __future__ import annotations

import pandas as pd

from dashboard.display.markup import literal
from dashboard.profile.model import Profile
from dashboard.profile.place import Level, Place
from dashboard.texts import profiel as texts
from etl.core import dutch

# Headers whose cells hold amounts, to be right-aligned.
FUNDING_NUMBERS = tuple(
    texts.FUNDING_COLUMNS[k] for k in ("asked", "committed", "paid", "budget", "share")
)


def heading(place: Place) -> str:
    """'Profiel van Twente'; 'Profiel van Oost-Nederland' when no place is chosen."""
    return texts.HEADING.format(place=place.name)


def funding_table(profile: Profile) -> pd.DataFrame:
    """Per year: asked, committed, paid and the asked share of the network's budget."""
    rows = [
        {
            "year": str(year.year),
            "asked": dutch.euro_cents(year.asked_cents),
            "committed": dutch.euro_cents(year.committed_cents),
            "paid": dutch.euro_cents(year.paid_cents),
            "budget": dutch.euro_cents(year.budget_cents),
            "share": "" if year.share is None else dutch.percent(year.share),
        }
        for year in profile.funding
    ]
    return _table(rows, texts.FUNDING_COLUMNS)


def pilot_table(profile: Profile) -> pd.DataFrame:
    """The pilots, regional ones marked 'regionaal', demo ones '(demo)'."""
    rows = [
        {
            "name": pilot.name + (texts.DEMO_MARK if pilot.is_demo else ""),
            "status": pilot.status,
            "role": _regional(_role_and_place(pilot.role, pilot.coverage), pilot.regional),
            "results": dutch.number(len(pilot.results)),
        }
        for pilot in profile.pilots
    ]
    return _table(rows, texts.PILOT_COLUMNS)


def results_markdown(profile: Profile) -> str:
    """Each pilot's reported results, one line each under the pilot's name (escaped)."""
    blocks = []
    for pilot in profile.pilots:
        if pilot.results:
            lines = "\n".join(f"- {literal(result)}" for result in pilot.results)
            blocks.append(f"**{literal(pilot.name)}**\n\n{lines}")
    return "\n\n".join(blocks)


def body_table(profile: Profile) -> pd.DataFrame:
    """The bodies: the district's own, then the regional ones, with the representative (not
    for the region, which every body represents)."""
    rows = [
        {
            "name": body.name,
            "scope": texts.REGIONAL if body.regional else texts.DISTRICT_LEVEL,
            "representative": body.representative,
        }
        for body in profile.bodies
    ]
    table = _table(rows, texts.BODY_COLUMNS)
    if profile.place.level is Level.REGION:
        return table.drop(columns=texts.BODY_COLUMNS["representative"])
    return table


def activity_table(profile: Profile) -> pd.DataFrame:
    rows = [
        {"title": a.title, "period": a.period, "status": a.status, "theme": a.theme}
        for a in profile.activities
    ]
    return _table(rows, texts.ACTIVITY_COLUMNS)


def source_table(profile: Profile) -> pd.DataFrame:
    rows = [
        {"what": s.what, "source": s.source, "reference_date": s.reference_date}
        for s in profile.sources
    ]
    return _table(rows, texts.SOURCE_COLUMNS)


def caption(profile: Profile, *what: str) -> str:
    """'Bron: … Peildatum: …' of the named figure groups (plain text; escape for Markdown),
    each source once, the date left out where no source gives one."""
    chosen = [s for s in profile.sources if s.what in what]
    if not chosen:
        return ""
    source = "; ".join(dict.fromkeys(_sentence(s.source) for s in chosen))
    dates = ", ".join(dict.fromkeys(s.reference_date for s in chosen if s.reference_date))
    if dates:
        return texts.CAPTION_DATE.format(source=source, date=dates)
    return texts.CAPTION.format(source=source)


def summary(profile: Profile) -> str:
    """'629.284 inwoners (1 januari 2019) in 14 gemeenten.'"""
    inhabitants = dutch.number(profile.inhabitants)
    if len(profile.municipalities) == 1:
        return texts.SUMMARY_ONE.format(inhabitants=inhabitants, date=profile.inhabitants_date)
    return texts.SUMMARY.format(
        inhabitants=inhabitants,
        date=profile.inhabitants_date,
        municipalities=dutch.count(
            len(profile.municipalities), texts.MUNICIPALITY, texts.MUNICIPALITIES
        ),
    )


def markdown_table(table: pd.DataFrame, numbers: tuple[str, ...] = ()) -> str:
    """A Markdown table of text cells (escaped), the `numbers` columns right-aligned."""
    header = "| " + " | ".join(literal(str(c)) for c in table.columns) + " |"
    rule = "|" + "|".join("---:" if c in numbers else "---" for c in table.columns) + "|"
    rows = [
        "| " + " | ".join(literal(str(cell)) for cell in row) + " |"
        for row in table.itertuples(index=False)
    ]
    return "\n".join([header, rule, *rows])


def funding_note(profile: Profile) -> str:
    """A plain warning when demo rows stand in for real contributions, else ''."""
    return texts.FUNDING_DEMO if any(year.includes_demo for year in profile.funding) else ""


def _role_and_place(role: str, where: str) -> str:
    """'Overgenomen, heel Twente'; the role alone where the place says nothing more."""
    if not where or not role:
        return role or where
    return texts.ROLE_AND_PLACE.format(role=role, where=where)


def _sentence(text: str) -> str:
    """Without its final full stop: the caption adds one."""
    return text.rstrip().removesuffix(".")


def _regional(role: str, regional: bool) -> str:
    if not regional or role == texts.REGIONAL:
        return role
    return f"{role} ({texts.REGIONAL})"


def _table(rows: list[dict], headers: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(headers)).rename(columns=headers)
