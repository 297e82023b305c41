"""The rules of the checklist, each on tiny literal registers: found and not found."""

from __future__ import annotations

import pandas as pd

from dashboard.governance import gap_rules
from dashboard.texts import veiligheidsveld as texts

from . import gap_samples as sample
from .gap_samples import DISTRICTS

# 1. Mandate and status


def test_complete_bodies_give_no_mandate_findings():
    found = gap_rules.bodies_without_mandate_or_status(
        sample.bodies(sample.body("rvo"), sample.body("bbg"))
    )
    assert found.empty
    assert list(found.columns) == list(gap_rules.FINDING_COLUMNS)


def test_missing_mandate_parts_and_status_are_named():
    bodies = sample.bodies(
        sample.body("rvo"),
        sample.body("bbg", mandate_type=None),
        sample.body("dvo", body_type="dvo", district_code="VR05", mandate_type=None, mandate="  "),
        sample.body("net", mandate=None, status="onbekend"),
        sample.body("team", status=None),
    )
    found = gap_rules.bodies_without_mandate_or_status(bodies)
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
    themes = sample.themes(("ondermijning", "burgemeester van Enschede", "platform"))
    assert gap_rules.themes_without_holder_or_team(
        themes, sample.bodies(sample.body("platform"))
    ).empty


def test_themes_without_holder_or_team_are_listed():
    themes = sample.themes(
        ("ondermijning", "burgemeester", "platform"),
        ("intelligence", None, "expertteam"),
        ("hennep", "", None),
        ("cyber", "burgemeester", "weg"),
    )
    bodies = sample.bodies(sample.body("platform"), sample.body("expertteam"))
    found = gap_rules.themes_without_holder_or_team(themes, bodies)
    assert found["subject"].tolist() == ["Intelligence", "Hennep", "Cyber"]
    assert found["missing"].tolist() == [
        "portefeuillehouder",
        "portefeuillehouder en expertteam",
        "expertteam ('weg' staat niet in het register van overleggen)",
    ]
    assert found["source"].tolist() == ["bron intelligence", "bron hennep", "bron cyber"]
    assert found["district_code"].isna().all()


# 3. District networks


def test_districts_with_a_good_network_give_no_findings():
    bodies = sample.bodies(
        sample.network("VR05", "goed werkend"), sample.network("VR04", "goed werkend")
    )
    assert gap_rules.districts_without_good_network(bodies, DISTRICTS).empty


def test_districts_without_a_good_network_report_the_maturity():
    bodies = sample.bodies(
        sample.network("VR05", "onbekend"),
        sample.body("dvo-vr04", body_type="dvo", district_code="VR04"),  # a DVO is no network
    )
    found = gap_rules.districts_without_good_network(bodies, DISTRICTS)
    assert found["subject"].tolist() == ["IJsselland", "Twente"]  # in code order
    assert found["missing"].tolist() == [
        "districtsnetwerk (er is geen districtsnetwerk geregistreerd)",
        "goed werkend districtsnetwerk (volwassenheid: onbekend)",
    ]
    assert found["source"].tolist() == [texts.GAPS_NO_RECORD, "bron net-VR05"]
    assert found["district_code"].tolist() == ["VR04", "VR05"]


def test_one_good_network_is_enough_and_empty_maturity_is_named():
    bodies = sample.bodies(
        sample.network("VR05", "in ontwikkeling", "a"),
        sample.network("VR05", "goed werkend", "b"),
        sample.network("VR04", None, "c"),
        sample.network("VR04", "ontbreekt", "d"),
    )
    found = gap_rules.districts_without_good_network(bodies, DISTRICTS)
    assert found["subject"].tolist() == ["IJsselland", "IJsselland"]
    assert found["missing"].tolist() == [
        "goed werkend districtsnetwerk (Netwerk VR04, volwassenheid: niet ingevuld)",
        "goed werkend districtsnetwerk (Netwerk VR04, volwassenheid: ontbreekt)",
    ]


# 4. The chain from the RVO


def test_every_body_linked_to_the_rvo_either_way_is_in_the_chain():
    bodies = sample.bodies(
        sample.body("rvo"), sample.body("bbg"), sample.body("team"), sample.body("riec")
    )
    relations = sample.relations(
        ("rvo", "bbg", "geeft opdracht aan"),
        ("team", "bbg", "rapporteert aan"),  # against the arrow: still in the chain
        ("riec", "team", "is vertegenwoordigd in"),
    )
    assert gap_rules.bodies_outside_rvo_chain(bodies, relations).empty


def test_bodies_linked_only_by_support_or_among_themselves_are_outside():
    bodies = sample.bodies(
        sample.body("rvo"),
        sample.body("bbg"),
        sample.body("coordinator", name="Coördinator"),
        sample.body("werkgroep", name="Werkgroep"),
        sample.body("team", name="Expertteam"),
    )
    relations = sample.relations(
        ("rvo", "bbg", "geeft opdracht aan"),
        ("coordinator", "bbg", "ondersteunt"),  # carries no mandate
        ("werkgroep", "team", "stuurt aan"),  # a group cut off from the RVO
        ("bbg", "werkgroep", "stemt af met"),
    )
    found = gap_rules.bodies_outside_rvo_chain(bodies, relations)
    assert found["subject"].tolist() == ["Coördinator", "Werkgroep", "Expertteam"]
    assert found["missing"].tolist() == [
        "lijn naar het RVO",
        "lijn naar het RVO (wel verbonden met Expertteam)",
        "lijn naar het RVO (wel verbonden met Werkgroep)",
    ]
    assert found["source"].tolist() == ["bron coordinator", "bron werkgroep", "bron team"]


def test_without_an_rvo_no_body_is_in_the_chain():
    bodies = sample.bodies(sample.body("bbg"), sample.body("team"))
    found = gap_rules.bodies_outside_rvo_chain(
        bodies, sample.relations(("bbg", "team", "stuurt aan"))
    )
    assert found["subject"].tolist() == ["BBG", "TEAM"]
    assert set(found["missing"]) == {texts.GAPS_NO_ROOT}


# 5. One-way relations


def test_symmetric_relations_recorded_both_ways_give_no_findings():
    bodies = sample.bodies(sample.body("net"), sample.body("riec"), sample.body("bbg"))
    relations = sample.relations(
        ("net", "riec", "stemt af met"),
        ("riec", "net", "stemt af met"),
        ("riec", "bbg", "ondersteunt"),  # not symmetric: one way is right
    )
    assert gap_rules.one_way_relations(bodies, relations).empty


def test_symmetric_relations_recorded_one_way_are_listed():
    bodies = sample.bodies(
        sample.body("net", name="Netwerk"),
        sample.body("riec", name="RIEC"),
        sample.body("dvo", name="DVO Twente", district_code="VR05"),
    )
    relations = sample.relations(
        ("net", "riec", "stemt af met"),
        ("riec", "net", "ondersteunt"),  # another type is no way back
        ("net", "dvo", "stemt af met"),
    )
    found = gap_rules.one_way_relations(bodies, relations)
    assert found["subject"].tolist() == ["Netwerk → RIEC", "Netwerk → DVO Twente"]
    assert found["missing"].tolist() == [
        "de tegenrichting: RIEC stemt af met Netwerk",
        "de tegenrichting: DVO Twente stemt af met Netwerk",
    ]
    assert found["kind"].tolist() == ["stemt af met", "stemt af met"]
    assert pd.isna(found["district_code"][0])
    assert found["district_code"][1] == "VR05"
    assert found["source"].tolist() == ["bron net-riec", "bron net-dvo"]


def test_dutch_list():
    assert gap_rules.dutch_list([]) == ""
    assert gap_rules.dutch_list(["a"]) == "a"
    assert gap_rules.dutch_list(["a", "b", "c"]) == "a, b en c"
    assert gap_rules.dutch_list(["a", "b"], "of") == "a of b"
