"""The profile's parts on tiny literal frames: coverage of pilots, representatives of bodies,
funding in cents with demo rows in place of real ones, and the display tables."""

from __future__ import annotations

import math

import pandas as pd

from dashboard.profile.area import area
from dashboard.profile.bodies import body_lines
from dashboard.profile.funding import funding_years
from dashboard.profile.pilots import pilot_lines
from dashboard.profile.place import REGION, Level, Place
from dashboard.profile.sources import summary

NAN = math.nan
TOWNS = pd.DataFrame(
    {
        "municipality_code": ["GM1", "GM2", "GM3", "GM4", "GM5", "GM6"],
        "name": ["Ede", "Enschede", "Hengelo", "Zwolle", "Arnhem", "Kampen"],
        "district_code": ["VR07", "VR05", "VR05", "VR04", "VR07", "VR04"],
    }
)
NAMES = dict(zip(TOWNS["municipality_code"], TOWNS["name"], strict=True))
TWENTE = Place(Level.DISTRICT, "Twente", "VR05", "Twente")
ENSCHEDE = Place(Level.MUNICIPALITY, "Enschede", "VR05", "Twente", "GM2")
EDE = Place(Level.MUNICIPALITY, "Ede", "VR07", "Gelderland-Midden", "GM1")
ZWOLLE = Place(Level.MUNICIPALITY, "Zwolle", "VR04", "IJsselland", "GM4")


def _pilots(*rows):
    columns = ["pilot_id", "name", "status", "origin_municipality_code", "source", "is_demo"]
    return pd.DataFrame(list(rows), columns=columns)


def _sites(*rows):
    return pd.DataFrame(list(rows), columns=["pilot_id", "municipality_code", "role"])


NO_RESULTS = pd.DataFrame(columns=["pilot_id", "indicator", "value", "value_text", "unit"])


def _lines(pilots, sites, place, results=NO_RESULTS):
    return pilot_lines(pilots, sites, results, NAMES, place, area(TOWNS, place))


def test_a_pilot_in_every_municipality_of_the_district_is_regional_there():
    pilots = _pilots(("p", "P", "lopend", "GM1", "bron", False))
    sites = _sites(("p", "GM1", "herkomst"), ("p", "GM2", "overnemer"), ("p", "GM3", "overnemer"))
    (twente,) = _lines(pilots, sites, TWENTE)
    assert (twente.regional, twente.role, twente.coverage) == (True, "Overgenomen", "heel Twente")
    (ede,) = _lines(pilots, sites, EDE)
    assert (ede.regional, ede.role, ede.coverage) == (False, "Herkomst", "")
    assert _lines(pilots, sites, ZWOLLE) == ()


def test_a_pilot_in_part_of_a_district_is_local_and_names_where():
    pilots = _pilots(("p", "P", "gepland", "GM2", "bron", True))
    sites = _sites(("p", "GM2", "herkomst"))
    (line,) = _lines(pilots, sites, TWENTE)
    assert not line.regional and line.coverage == "Enschede" and line.is_demo
    assert line.status == "Gepland"


def test_a_pilot_without_a_municipality_as_origin_or_site_covers_the_whole_region():
    pilots = _pilots(("r", "Regionaal", "lopend", NAN, "bron", False))
    (line,) = _lines(pilots, _sites(), ZWOLLE)
    assert line.regional and line.role == "regionaal" and line.coverage == "heel Oost-Nederland"
    (region,) = _lines(pilots, _sites(), REGION)
    assert region.regional


def test_a_pilot_with_sites_but_no_origin_is_regional_where_it_runs_only():
    pilots = _pilots(("r", "R", "lopend", NAN, "bron", False))
    sites = _sites(("r", "GM4", "deelnemer"))
    (line,) = _lines(pilots, sites, ZWOLLE)
    assert line.regional and line.role == "Deelnemer"
    assert _lines(pilots, sites, EDE) == ()


def test_results_in_dutch_notation_with_unit_or_in_words():
    pilots = _pilots(("p", "P", "lopend", "GM4", "bron", False))
    results = pd.DataFrame(
        {
            "pilot_id": ["p", "p", "p"],
            "indicator": ["Meldingen", "Oordeel", "Leeg"],
            "value": [2200.0, NAN, NAN],
            "value_text": [NAN, "Goed verlopen.", NAN],
            "unit": ["per jaar", NAN, NAN],
        }
    )
    (line,) = _lines(pilots, _sites(("p", "GM4", "herkomst")), ZWOLLE, results)
    assert line.results == ("Meldingen: 2.200 per jaar", "Oordeel: Goed verlopen.")


BODIES = pd.DataFrame(
    {
        "body_id": ["dvo", "bbg", "team", "coordinator", "riec-stuur"],
        "name": ["DVO Twente", "BBG", "Expertteam", "Coördinator", "Stuurgroep"],
        "body_type": ["dvo", "bestuurlijk overleg", "expertteam", "functie", "stuurgroep"],
        "level": ["district", "regionaal", "regionaal", "regionaal", "regionaal"],
        "district_code": ["VR05", NAN, NAN, NAN, NAN],
        "chair": [NAN, "burgemeester van Enschede", NAN, NAN, NAN],
        "members": [[], ["een burgemeester uit ieder district"], [], [], ["lid uit Twente-Oost"]],
        "mandate_type": [NAN, "besluitvormend", NAN, NAN, NAN],
        "source": ["Q&A", "Q&A", "Q&A", "Q&A", "Q&A"],
    }
)
RELATIONS = pd.DataFrame(
    {
        "source_body_id": ["dvo"],
        "target_body_id": ["team"],
        "relation": ["is vertegenwoordigd in"],
    }
)


def test_bodies_their_own_first_regional_marked_functions_left_out():
    lines, notes = body_lines(BODIES, RELATIONS, TWENTE, ["Enschede", "Hengelo"])
    assert [(b.body_id, b.regional) for b in lines] == [
        ("dvo", False),
        ("bbg", True),
        ("team", True),
        ("riec-stuur", True),
    ]
    reps = {b.body_id: b.representative for b in lines}
    assert reps["bbg"] == "burgemeester van Enschede (voorzitter)"
    assert reps["team"] == "DVO Twente"  # the register's relation says so
    assert reps["riec-stuur"] == ""  # 'Twente-Oost' is not 'Twente'
    assert notes == ("Het register zegt niet wie Twente vertegenwoordigt in Stuurgroep.",)
    assert lines[1].mandate_type == "Besluitvormend"


def test_members_as_an_array_or_as_text_are_read_too():
    import numpy as np

    bodies = BODIES.assign(members=[[], np.array(["lid uit Hengelo"]), "Enschede", [], []])
    reps = {
        b.body_id: b.representative
        for b in body_lines(bodies, RELATIONS, TWENTE, ["Hengelo", "Enschede"])[0]
    }
    assert reps["bbg"] == "burgemeester van Enschede (voorzitter); lid uit Hengelo"
    assert reps["team"] == "Enschede; DVO Twente"


def test_a_short_name_is_never_found_inside_a_longer_one():
    lines, notes = body_lines(BODIES, RELATIONS, EDE, ["Ede"])
    assert all(b.representative == "" for b in lines)
    assert "Gelderland-Midden" in notes[0] and "BBG, Expertteam en Stuurgroep" in notes[0]


def test_the_region_lists_the_regional_bodies_without_notes():
    lines, notes = body_lines(BODIES, RELATIONS, REGION, [])
    assert [b.body_id for b in lines] == ["bbg", "team", "riec-stuur"] and notes == ()


def _contributions(*rows):
    columns = ["municipality_code", "year", "expected_eur", "status", "paid_eur", "is_demo"]
    return pd.DataFrame(list(rows), columns=columns)


BUDGET = pd.DataFrame({"year": [2020, 2020, 2021], "amount_eur": [90000.0, 0.1, 50000.0]})


def test_funding_in_cents_committed_by_status_and_demo_in_place_of_real():
    rows = _contributions(
        ("GM2", 2020, 0.11, "toegezegd", NAN, False),
        ("GM3", 2020, 0.21, "gevraagd", NAN, False),
        ("GM4", 2020, 99.0, "betaald", 99.0, False),
        ("GM2", 2021, 10.0, "gevraagd", NAN, False),
        ("GM2", 2021, 12.0, "betaald", 12.0, True),
    )
    first, second = funding_years(rows, BUDGET, frozenset({"GM2", "GM3"}))
    assert (first.year, first.asked_cents, first.committed_cents, first.paid_cents) == (
        2020, 32, 11, 0,
    )  # fmt: skip
    assert first.budget_cents == 9000010 and first.n_municipalities == 2
    assert not first.includes_demo
    assert (second.asked_cents, second.paid_cents, second.includes_demo) == (1200, 1200, True)
    assert second.share == 1200 / 5000000
    assert funding_years(rows, BUDGET, frozenset({"GM1"})) == ()


def test_source_summary_cites_a_document_once_and_counts_the_rest():
    sources = [
        "Q&A Netwerk, mei 2019, vraag 1; https://a",
        "Q&A Netwerk, mei 2019, vraag 3 en 5",
        "https://b; https://c; https://d",
        NAN,
    ]
    assert summary(sources) == "Q&A Netwerk, mei 2019; https://a; https://b en 2 andere bronnen"
    assert summary(["Zin één.", "Zin twee", "Zin één."], split=False) == "Zin één. Zin twee"


def test_a_note_when_the_register_records_no_commitment_or_payment():
    from dashboard.profile.funding import funding_notes
    from dashboard.profile.model import FundingYear

    nothing = (FundingYear(2020, 100, 0, 0, 1000, 1),)
    (note,) = funding_notes(nothing, "Twente")
    assert "Twente" in note and "geen toezeggingen of betalingen" in note
    assert funding_notes((FundingYear(2020, 100, 100, 0, 1000, 1),), "Twente") == ()
    assert funding_notes((), "Twente") == ()
