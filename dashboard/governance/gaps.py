"""Veiligheidsveld in beeld: the checklist run over the registers, as headings and tables.

The rules themselves are in `gap_rules`; here they run in order, are narrowed to the chosen
districts and become the page's summary, headings and findings tables (Dutch headers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from dashboard.display import tables
from dashboard.governance.gap_rules import (
    bodies_outside_rvo_chain,
    bodies_without_mandate_or_status,
    districts_without_good_network,
    dutch_list,
    one_way_relations,
    themes_without_holder_or_team,
)
from dashboard.texts import veiligheidsveld as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import district_names

SUMMARY_FORMATS = {texts.GAPS_SUMMARY_COLUMNS["count"]: tables.NUMBER}


@dataclass(frozen=True)
class RuleResult:
    """One rule of the checklist with its findings."""

    rule: str
    title: str
    explanation: str
    findings: pd.DataFrame


def _quoted(words: Iterable[str]) -> list[str]:
    return [f"'{word}'" for word in words]


def _explanation(rule: str) -> str:
    """The rule's explanation, with the relations it follows named in it."""
    text = texts.GAPS_RULES[rule][1]
    if rule == "keten":
        return text.format(relations=dutch_list(_quoted(vocab.CHAIN_RELATIONS)))
    if rule == "tweezijdig":
        return text.format(relations=dutch_list(_quoted(vocab.SYMMETRIC_RELATIONS), texts.LIST_OR))
    return text


def for_districts(findings: pd.DataFrame, district_codes: Iterable[str]) -> pd.DataFrame:
    """Findings about the chosen districts, plus those that concern no single district."""
    codes = list(district_codes)
    if not codes:
        return findings
    keep = findings["district_code"].isna() | findings["district_code"].isin(codes)
    return findings[keep].reset_index(drop=True)


def check(
    bodies: pd.DataFrame,
    relations: pd.DataFrame,
    themes: pd.DataFrame,
    districts: pd.DataFrame,
    district_codes: Iterable[str] = (),
) -> list[RuleResult]:
    """Every rule of the checklist, in order, optionally narrowed to some districts."""
    codes = list(district_codes)
    findings = {
        "mandaat": bodies_without_mandate_or_status(bodies),
        "thema": themes_without_holder_or_team(themes, bodies),
        "districtsnetwerk": districts_without_good_network(bodies, districts),
        "keten": bodies_outside_rvo_chain(bodies, relations),
        "tweezijdig": one_way_relations(bodies, relations),
    }
    return [
        RuleResult(rule, texts.GAPS_RULES[rule][0], _explanation(rule), for_districts(found, codes))
        for rule, found in findings.items()
    ]


def heading(number: int, result: RuleResult) -> str:
    """'4. Overleggen zonder lijn naar het RVO: 18', or '… : ✓' when nothing was found."""
    if result.findings.empty:
        return texts.GAPS_RULE_HEADING_OK.format(number=number, title=result.title)
    count = dutch.number(len(result.findings))
    return texts.GAPS_RULE_HEADING.format(number=number, title=result.title, count=count)


def summary_table(results: list[RuleResult]) -> pd.DataFrame:
    """Per rule the number of findings, with a ✓ (in words too) when there are none."""
    rows = [
        {
            "rule": f"{number}. {result.title}",
            "count": len(result.findings),
            "verdict": texts.GAPS_VERDICT_OK if result.findings.empty else texts.GAPS_VERDICT_OPEN,
        }
        for number, result in enumerate(results, start=1)
    ]
    return pd.DataFrame(rows, columns=list(texts.GAPS_SUMMARY_COLUMNS)).rename(
        columns=texts.GAPS_SUMMARY_COLUMNS
    )


def findings_table(findings: pd.DataFrame, districts: pd.DataFrame) -> pd.DataFrame:
    """The findings of one rule with Dutch headers; columns that say nothing are left out."""
    table = findings.assign(district=findings["district_code"].map(district_names(districts)))
    table = table[list(texts.FINDING_COLUMNS)]
    if table["district"].equals(table["subject"]):  # findings about districts themselves
        table = table.assign(district=None)
    table = table.loc[:, table.notna().any() | table.columns.isin(["subject", "missing"])]
    return table.fillna("").rename(columns=texts.FINDING_COLUMNS).reset_index(drop=True)


def district_options(districts: pd.DataFrame) -> dict[str, str]:
    """District code → name, in code order, for the district filter."""
    return district_names(districts.sort_values("district_code"))


def filter_note(districts: pd.DataFrame, district_codes: Iterable[str]) -> str:
    """'Alleen bevindingen over Twente en IJsselland. …'"""
    names = district_options(districts)
    chosen = [names[code] for code in district_codes if code in names]
    return texts.GAPS_FILTER_NOTE.format(districts=dutch_list(chosen))
