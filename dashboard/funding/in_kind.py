"""Capacity given in kind (fte per partner, for the network or per district), as a table and
in words; partner names and notes are register text, escaped where they reach Markdown."""

from __future__ import annotations

import pandas as pd

from dashboard.display.markup import literal
from dashboard.texts import financiering as texts
from etl.core import dutch
from etl.reference.names import district_names

# The fte column reads '1,5' or '1,0 per district': text, right-aligned as a figure.
FIGURES = (texts.FUNDING_COL_FTE,)


def _in_kind_lines(in_kind: pd.DataFrame, districts: pd.DataFrame, year: int):
    """(per district?, partner, for whom, fte, note): capacity given alike to several districts
    is one line ("1,0 per district"), not five; the network's own partners come first."""
    rows = in_kind[in_kind["year"] == year]
    names = district_names(districts)
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
    """The notes beside the in-kind table, each once: 'OM, Politie, RIEC: jaarlijkse inzet …'
    (Markdown: partners and notes escaped)."""
    rows = in_kind[(in_kind["year"] == year) & in_kind["note"].notna()]
    partners_by_note: dict[str, list[str]] = {}
    for partner, note in zip(rows["partner"], rows["note"], strict=True):
        named = partners_by_note.setdefault(note, [])
        if partner not in named:
            named.append(partner)
    return " ".join(
        f"{', '.join(map(literal, names))}: {literal(note)}"
        for note, names in partners_by_note.items()
    )


def in_kind_sentence(in_kind: pd.DataFrame, year: int) -> str:
    """'In 2020: 1,5 fte voor het netwerk zelf, en 5,0 fte … in de districten.'"""
    rows = in_kind[in_kind["year"] == year]
    network = rows.loc[rows["district_code"].isna(), "fte"].sum()
    districts = rows.loc[rows["district_code"].notna(), "fte"].sum()
    return texts.FUNDING_IN_KIND_SENTENCE.format(
        year=year,
        network=dutch.number(network, 1),
        districts=dutch.number(districts, 1),
    )
