"""The checklist of the field: each rule on tiny literal registers, found and not found."""

from __future__ import annotations

import pandas as pd

from dashboard.governance import gaps
from dashboard.texts import veiligheidsveld as texts

DISTRICTS = pd.DataFrame(
    {"district_code": ["VR05", "VR04"], "name": ["Twente", "IJsselland"]},
)


def _body(body_id: str, **values) -> dict:
    """A complete, well-described body; tests blank out what they check."""
    return {
        "body_id": body_id,
        "name": values.pop("name", body_id.upper()),
        "body_type": "bestuurlijk overleg",
        "district_code": None,
        "mandate_type": "besluitvormend",
        "mandate": "Besluit over de aanpak.",
        "status": "actief",
        "maturity": None,
        "themes": [],
        "source": f"bron {body_id}",
    } | values


def _bodies(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(_body("x")))


def _relations(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"source_body_id": a, "target_body_id": b, "relation": r, "source": f"bron {a}-{b}"}
            for a, b, r in rows
        ],
        columns=["source_body_id", "target_body_id", "relation", "source"],
    )


def _themes(*rows: tuple[str, str | None, str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "theme_id": theme_id,
                "name": theme_id.capitalize(),
                "portfolio_holder": holder,
                "expert_team_body_id": team,
                "source": f"bron {theme_id}",
            }
            for theme_id, holder, team in rows
        ]
    )


# 1. Mandate and status


def test_complete_bodies_give_no_mandate_findings():
    found = gaps.bodies_without_mandate_or_status(_bodies(_body("rvo"), _body("bbg")))
    assert found.empty
    assert list(found.columns) == list(gaps.FINDING_COLUMNS)


def test_missing_mandate_parts_and_status_are_named():
    bodies = _bodies(
        _body("rvo"),
        _body("bbg", mandate_type=None),
        _body("dvo", body_type="dvo", district_code="VR05", mandate_type=None, mandate="  "),
        _body("net", mandate=None, status="onbekend"),
        _body("team", status=None),
    )
    found = gaps.bodies_without_mandate_or_status(bodies)
    assert found["subject"].tolist() == ["BBG", "DVO", "NET", "TEAM"]
    assert found["missing"].tolist() == [
        "soort mandaat",
        "soort en omschrijving van het mandaat",
        "omschrijving van het mandaat en status (onbekend)",
        "status",
    ]
    assert found["source"].tolist() == ["bron bbg", "bron dvo", "bron net", "bron team"]
    assert found["kind"].tolist()[1] == "DVO"
    assert found["district_code"].tolist()[1] == "VR05"


# 2. Themes


def test_themes_with_holder_and_team_give_no_findings():
    themes = _themes(("ondermijning", "burgemeester van Enschede", "platform"))
    assert gaps.themes_without_holder_or_team(themes, _bodies(_body("platform"))).empty


def test_themes_without_holder_or_team_are_listed():
    themes = _themes(
        ("ondermijning", "burgemeester", "platform"),
        ("intelligence", None, "expertteam"),
        ("hennep", "", None),
        ("cyber", "burgemeester", "weg"),
    )
    bodies = _bodies(_body("platform"), _body("expertteam"))
    found = gaps.themes_without_holder_or_team(themes, bodies)
    assert found["subject"].tolist() == ["Intelligence", "Hennep", "Cyber"]
    assert found["missing"].tolist() == [
        "portefeuillehouder",
        "portefeuillehouder en expertteam",
        "expertteam ('weg' staat niet in het register van overleggen)",
    ]
    assert found["source"].tolist() == ["bron intelligence", "bron hennep", "bron cyber"]
    assert found["district_code"].isna().all()


# 3. District networks


def _network(district: str, maturity: str | None, body_id: str | None = None) -> dict:
    return _body(
        body_id or f"net-{district}",
        name=f"Netwerk {district}",
        body_type="districtsnetwerk",
        district_code=district,
        maturity=maturity,
    )


def test_districts_with_a_good_network_give_no_findings():
    bodies = _bodies(_network("VR05", "goed werkend"), _network("VR04", "goed werkend"))
    assert gaps.districts_without_good_network(bodies, DISTRICTS).empty


def test_districts_without_a_good_network_report_the_maturity():
    bodies = _bodies(
        _network("VR05", "onbekend"),
        _body("dvo-vr04", body_type="dvo", district_code="VR04"),  # a DVO is no network
    )
    found = gaps.districts_without_good_network(bodies, DISTRICTS)
    assert found["subject"].tolist() == ["IJsselland", "Twente"]  # in code order
    assert found["missing"].tolist() == [
        "districtsnetwerk (er is geen districtsnetwerk geregistreerd)",
        "goed werkend districtsnetwerk (volwassenheid: onbekend)",
    ]
    assert found["source"].tolist() == [texts.GAPS_NO_RECORD, "bron net-VR05"]
    assert found["district_code"].tolist() == ["VR04", "VR05"]


def test_one_good_network_is_enough_and_empty_maturity_is_named():
    bodies = _bodies(
        _network("VR05", "in ontwikkeling", "a"),
        _network("VR05", "goed werkend", "b"),
        _network("VR04", None, "c"),
        _network("VR04", "ontbreekt", "d"),
    )
    found = gaps.districts_without_good_network(bodies, DISTRICTS)
    assert found["subject"].tolist() == ["IJsselland", "IJsselland"]
    assert found["missing"].tolist() == [
        "goed werkend districtsnetwerk (Netwerk VR04, volwassenheid: niet ingevuld)",
        "goed werkend districtsnetwerk (Netwerk VR04, volwassenheid: ontbreekt)",
    ]


# 4. The chain from the RVO


def test_every_body_linked_to_the_rvo_either_way_is_in_the_chain():
    bodies = _bodies(_body("rvo"), _body("bbg"), _body("team"), _body("riec"))
    relations = _relations(
        ("rvo", "bbg", "geeft opdracht aan"),
        ("team", "bbg", "rapporteert aan"),  # against the arrow: still in the chain
        ("riec", "team", "is vertegenwoordigd in"),
    )
    assert gaps.bodies_outside_rvo_chain(bodies, relations).empty


def test_bodies_linked_only_by_support_or_among_themselves_are_outside():
    bodies = _bodies(
        _body("rvo"),
        _body("bbg"),
        _body("coordinator", name="Coördinator"),
        _body("werkgroep", name="Werkgroep"),
        _body("team", name="Expertteam"),
    )
    relations = _relations(
        ("rvo", "bbg", "geeft opdracht aan"),
        ("coordinator", "bbg", "ondersteunt"),  # carries no mandate
        ("werkgroep", "team", "stuurt aan"),  # a group cut off from the RVO
        ("bbg", "werkgroep", "stemt af met"),
    )
    found = gaps.bodies_outside_rvo_chain(bodies, relations)
    assert found["subject"].tolist() == ["Coördinator", "Werkgroep", "Expertteam"]
    assert found["missing"].tolist() == [
        "lijn naar het RVO",
        "lijn naar het RVO (wel verbonden met Expertteam)",
        "lijn naar het RVO (wel verbonden met Werkgroep)",
    ]
    assert found["source"].tolist() == ["bron coordinator", "bron werkgroep", "bron team"]


def test_without_an_rvo_no_body_is_in_the_chain():
    bodies = _bodies(_body("bbg"), _body("team"))
    found = gaps.bodies_outside_rvo_chain(bodies, _relations(("bbg", "team", "stuurt aan")))
    assert found["subject"].tolist() == ["BBG", "TEAM"]
    assert set(found["missing"]) == {texts.GAPS_NO_ROOT}


# 5. One-way relations


def test_symmetric_relations_recorded_both_ways_give_no_findings():
    bodies = _bodies(_body("net"), _body("riec"), _body("bbg"))
    relations = _relations(
        ("net", "riec", "stemt af met"),
        ("riec", "net", "stemt af met"),
        ("riec", "bbg", "ondersteunt"),  # not symmetric: one way is right
    )
    assert gaps.one_way_relations(bodies, relations).empty


def test_symmetric_relations_recorded_one_way_are_listed():
    bodies = _bodies(
        _body("net", name="Netwerk"),
        _body("riec", name="RIEC"),
        _body("dvo", name="DVO Twente", district_code="VR05"),
    )
    relations = _relations(
        ("net", "riec", "stemt af met"),
        ("riec", "net", "ondersteunt"),  # another type is no way back
        ("net", "dvo", "stemt af met"),
    )
    found = gaps.one_way_relations(bodies, relations)
    assert found["subject"].tolist() == ["Netwerk → RIEC", "Netwerk → DVO Twente"]
    assert found["missing"].tolist() == [
        "de tegenrichting: RIEC stemt af met Netwerk",
        "de tegenrichting: DVO Twente stemt af met Netwerk",
    ]
    assert found["kind"].tolist() == ["stemt af met", "stemt af met"]
    assert pd.isna(found["district_code"][0])
    assert found["district_code"][1] == "VR05"
    assert found["source"].tolist() == ["bron net-riec", "bron net-dvo"]


# The checklist as a whole


def _field() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    bodies = _bodies(
        _body("rvo"),
        _body("bbg", mandate_type=None),
        _network("VR05", "goed werkend"),
        _network("VR04", "onbekend"),
    )
    relations = _relations(
        ("rvo", "bbg", "geeft opdracht aan"),
        ("net-VR05", "rvo", "rapporteert aan"),
        ("net-VR04", "rvo", "rapporteert aan"),
    )
    themes = _themes(("ondermijning", None, None))
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
    assert summary["Bevindingen"].tolist() == ["1", "1", "1", "0", "0"]
    assert summary["Uitkomst"].tolist()[3:] == [texts.GAPS_VERDICT_OK] * 2
    assert summary["Controle"].tolist()[0] == "1. Overleggen zonder mandaat of status"


def test_headings_carry_the_count_or_a_tick():
    bodies, relations, themes = _field()
    results = gaps.check(bodies, relations, themes, DISTRICTS)
    assert gaps.heading(1, results[0]) == "1. Overleggen zonder mandaat of status: 1"
    assert gaps.heading(5, results[4]).endswith(": ✓")


def test_district_filter_keeps_regional_findings():
    bodies = _bodies(
        _body("rvo", mandate=None),
        _network("VR05", "onbekend"),
        _network("VR04", "onbekend"),
    )
    results = gaps.check(bodies, _relations(), _themes(("hennep", None, None)), DISTRICTS, ["VR05"])
    by_rule = {r.rule: r.findings for r in results}
    assert by_rule["mandaat"]["subject"].tolist() == ["RVO"]  # regional: stays
    assert by_rule["thema"]["subject"].tolist() == ["Hennep"]  # themes concern every district
    assert by_rule["districtsnetwerk"]["subject"].tolist() == ["Twente"]
    assert by_rule["keten"]["subject"].tolist() == ["Netwerk VR05"]
    assert gaps.filter_note(DISTRICTS, ["VR05", "VR04"]).startswith(
        "Alleen bevindingen over Twente en IJsselland."
    )


def test_findings_table_has_dutch_headers_and_drops_empty_columns():
    bodies = _bodies(_body("dvo", body_type="dvo", district_code="VR05", mandate=None))
    table = gaps.findings_table(gaps.bodies_without_mandate_or_status(bodies), DISTRICTS)
    assert list(table.columns) == ["Betreft", "Wat ontbreekt", "Soort", "District", "Bron"]
    assert table.iloc[0].tolist() == [
        "DVO",
        "omschrijving van het mandaat",
        "DVO",
        "Twente",
        "bron dvo",
    ]
    themes = gaps.themes_without_holder_or_team(_themes(("hennep", None, None)), _bodies())
    assert list(gaps.findings_table(themes, DISTRICTS).columns) == [
        "Betreft",
        "Wat ontbreekt",
        "Bron",
    ]
    networks = gaps.districts_without_good_network(_bodies(), DISTRICTS)
    assert "District" not in gaps.findings_table(networks, DISTRICTS).columns


def test_dutch_list():
    assert gaps.dutch_list([]) == ""
    assert gaps.dutch_list(["a"]) == "a"
    assert gaps.dutch_list(["a", "b", "c"]) == "a, b en c"
    assert gaps.dutch_list(["a", "b"], "of") == "a of b"
