"""The checklist of the field as a whole: rules in order, district filter, headings, tables."""

from __future__ import annotations

import pandas as pd

from dashboard.governance import gap_rules, gaps
from dashboard.texts import veiligheidsveld as texts

from . import gap_samples as sample
from .gap_samples import DISTRICTS

# The checklist as a whole


def _field() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    bodies = sample.bodies(
        sample.body("rvo"),
        sample.body("bbg", mandate_type=None),
        sample.network("VR05", "goed werkend"),
        sample.network("VR04", "onbekend"),
    )
    relations = sample.relations(
        ("rvo", "bbg", "geeft opdracht aan"),
        ("net-VR05", "rvo", "rapporteert aan"),
        ("net-VR04", "rvo", "rapporteert aan"),
    )
    themes = sample.themes(("ondermijning", None, None))
    return bodies, relations, themes


def test_check_runs_every_rule_in_order_with_titles_and_explanations():
    bodies, relations, themes = _field()
    results = gaps.check(bodies, relations, themes, DISTRICTS)
    assert [r.rule for r in results] == [
        "mandaat",
        "thema",
        "districtsnetwerk",
        "keten",
        "tweezijdig",
    ]
    assert [len(r.findings) for r in results] == [1, 1, 1, 0, 0]
    assert "'geeft opdracht aan', 'stuurt aan', 'rapporteert aan' en" in results[3].explanation
    assert "'stemt af met'" in results[4].explanation
    assert "{" not in "".join(r.explanation for r in results)


def test_summary_counts_findings_and_ticks_rules_without():
    bodies, relations, themes = _field()
    summary = gaps.summary_table(gaps.check(bodies, relations, themes, DISTRICTS))
    assert list(summary.columns) == ["Controle", "Bevindingen", "Uitkomst"]
    assert summary["Bevindingen"].tolist() == [1, 1, 1, 0, 0]
    assert summary["Uitkomst"].tolist()[3:] == [texts.GAPS_VERDICT_OK] * 2
    assert summary["Controle"].tolist()[0] == "1. Overleggen zonder mandaat of status"


def test_headings_carry_the_count_or_a_tick():
    bodies, relations, themes = _field()
    results = gaps.check(bodies, relations, themes, DISTRICTS)
    assert gaps.heading(1, results[0]) == "1. Overleggen zonder mandaat of status: 1"
    assert gaps.heading(5, results[4]).endswith(": ✓")


def test_district_filter_keeps_regional_findings():
    bodies = sample.bodies(
        sample.body("rvo", mandate=None),
        sample.network("VR05", "onbekend"),
        sample.network("VR04", "onbekend"),
    )
    results = gaps.check(
        bodies, sample.relations(), sample.themes(("hennep", None, None)), DISTRICTS, ["VR05"]
    )
    by_rule = {r.rule: r.findings for r in results}
    assert by_rule["mandaat"]["subject"].tolist() == ["RVO"]  # regional: stays
    assert by_rule["thema"]["subject"].tolist() == ["Hennep"]  # themes concern every district
    assert by_rule["districtsnetwerk"]["subject"].tolist() == ["Twente"]
    assert by_rule["keten"]["subject"].tolist() == ["Netwerk VR05"]
    assert gaps.filter_note(DISTRICTS, ["VR05", "VR04"]).startswith(
        "Alleen bevindingen over Twente en IJsselland."
    )


def test_findings_table_has_dutch_headers_and_drops_empty_columns():
    bodies = sample.bodies(sample.body("dvo", body_type="dvo", district_code="VR05", mandate=None))
    table = gaps.findings_table(gap_rules.bodies_without_mandate_or_status(bodies), DISTRICTS)
    assert list(table.columns) == ["Betreft", "Wat ontbreekt", "Soort", "District", "Bron"]
    assert table.iloc[0].tolist() == [
        "DVO",
        "omschrijving van het mandaat",
        "DVO",
        "Twente",
        "bron dvo",
    ]
    themes = gap_rules.themes_without_holder_or_team(
        sample.themes(("hennep", None, None)), sample.bodies()
    )
    assert list(gaps.findings_table(themes, DISTRICTS).columns) == [
        "Betreft",
        "Wat ontbreekt",
        "Bron",
    ]
    networks = gap_rules.districts_without_good_network(sample.bodies(), DISTRICTS)
    assert "District" not in gaps.findings_table(networks, DISTRICTS).columns
