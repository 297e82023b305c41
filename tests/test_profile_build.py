"""`profile(marts, place)` against the built seed: the figures a mayor reads, computed again
from the reference data, and what the registers say (and do not say)."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal

import pytest

from dashboard.data import read_marts, visible
from dashboard.profile.build import profile
from dashboard.profile.place import REGION, Level, resolve

from .conftest import REPO

REFERENCE = REPO / "data" / "reference" / "gemeenten_oost_nederland_2019.csv"


@pytest.fixture(scope="module")
def marts(built_root):
    return visible(read_marts(built_root.processed), False)


def _place(marts, district=None, municipality=None):
    return resolve(district, municipality, marts.municipalities, marts.districts).place


def _reference_cents(district=None, municipality=None) -> tuple[int, int, int]:
    """(cents asked at € 0,07, municipalities, inhabitants) straight from the reference CSV;
    `district` by its name, as the CSV holds it."""
    with REFERENCE.open(encoding="utf-8") as handle:
        rows = [
            r
            for r in csv.DictReader(handle)
            if district in (None, r["district"]) and municipality in (None, r["gemeente_code"])
        ]
    cents = sum(int((Decimal(r["inwoners"]) * 7).quantize(Decimal(1), ROUND_HALF_UP)) for r in rows)
    return cents, len(rows), sum(int(r["inwoners"]) for r in rows)


def test_twente_2020_is_asked_what_its_inhabitants_give(marts):
    twente = profile(marts, _place(marts, "VR05"))
    first = twente.funding[0]
    assert (first.year, first.asked_cents, first.n_municipalities) == (2020, 4404988, 14)
    assert twente.inhabitants == 629284
    assert (first.asked_cents, 14, 629284) == _reference_cents(district="Twente")
    assert len(twente.municipalities) == 14 and "Enschede" in twente.municipalities
    assert twente.inhabitants_date == "1 januari 2019"


def test_apeldoorn_2020_and_the_region_against_the_budget(marts):
    apeldoorn = profile(marts, _place(marts, municipality="GM0200"))
    assert apeldoorn.place.level is Level.MUNICIPALITY
    assert apeldoorn.funding[0].asked_cents == 1137115 == _reference_cents(municipality="GM0200")[0]
    assert apeldoorn.municipalities == ("Apeldoorn",)
    region = profile(marts, REGION)
    year = region.funding[0]
    assert (year.asked_cents, year.budget_cents) == (22598821, 23000000)
    assert year.share == pytest.approx(22598821 / 23000000)
    assert [f.year for f in region.funding] == [2020, 2021, 2022, 2023]
    assert all(f.committed_cents == 0 and f.paid_cents == 0 for f in region.funding)


def test_street_triage_is_district_wide_in_twente_and_local_in_ijsselland(marts):
    (twente,) = profile(marts, _place(marts, "VR05")).pilots
    assert twente.regional and twente.coverage == "heel Twente"
    assert twente.role == "Overgenomen" and twente.status == "onbekend"  # none as of May 2019
    real = marts.pilot_results[~marts.pilot_results["is_demo"]]
    assert len(twente.results) == len(real) == 4  # the public reference's results
    (ijsselland,) = profile(marts, _place(marts, "VR04")).pilots
    assert not ijsselland.regional
    assert (ijsselland.role, ijsselland.coverage) == ("Herkomst", "Deventer")
    assert profile(marts, _place(marts, municipality="GM0200")).pilots == ()


def test_bodies_of_a_district_its_own_first_then_the_regional_ones(marts):
    twente = profile(marts, _place(marts, "VR05"))
    names = [b.name for b in twente.bodies]
    assert names[:2] == [
        "Districtelijk Veiligheidsoverleg Twente",
        "Ambtelijk districtsnetwerk Twente",
    ]
    assert not any(b.regional for b in twente.bodies[:2])
    regional = {b.body_id: b for b in twente.bodies if b.regional}
    assert {"rvo", "bbg", "platform-ondermijning", "expertteam-intelligence"} <= set(regional)
    assert "coordinator" not in regional  # a function, not a body that decides
    assert regional["bbg"].representative == (
        "burgemeester van Enschede (voorzitter); Districtelijk Veiligheidsoverleg Twente"
    )
    assert regional["platform-ondermijning"].representative == ""
    assert any("Platform Ondermijning" in note and "Twente" in note for note in twente.notes)


def test_representatives_only_where_the_register_names_the_district(marts):
    ijsselland = profile(marts, _place(marts, "VR04"))
    reps = {b.body_id: b.representative for b in ijsselland.bodies}
    assert "IJsselland" in reps["stuurgroep-riec"]
    assert reps["bbg"] == "Districtelijk Veiligheidsoverleg IJsselland" and reps["rvo"] == ""
    assert reps["expertteam-intelligence"] == "Ambtelijk districtsnetwerk IJsselland"
    gelderland = profile(marts, _place(marts, municipality="GM0228"))  # Ede is not in Enschede
    assert all("Enschede" not in b.representative for b in gelderland.bodies)
    reps = {b.body_id: b.representative for b in gelderland.bodies}
    assert reps["bbg"] == "Districtelijk Veiligheidsoverleg Gelderland-Midden"
    assert reps["stuurgroep-riec"] == "" and reps["platform-ondermijning"] == ""
    (only,) = profile(marts, REGION).notes  # no district to represent in the region
    assert only.startswith("Het register legt voor Oost-Nederland geen toezeggingen")


def test_activities_sources_and_build_moment(marts):
    twente = profile(marts, _place(marts, "VR05"))
    assert len(twente.activities) == 13
    assert twente.activities[0].period == "2019–2022"
    sources = {s.what: s for s in twente.sources}
    assert sources["Inwoners"].reference_date == "1 januari 2019"
    assert sources["Inwoners"].source.startswith("CBS")
    assert "1 januari 2019" in sources["Bijdragen"].reference_date
    assert sources["Overleggen"].source == "Q&A Veiligheidsnetwerk Oost-Nederland, mei 2019"
    assert twente.built_at and twente.built_at[0].isdigit()
