"""The derived funding marts: contributions per municipality, sums per district and network."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.build import build
from etl.contract.funding import FUNDING_MARTS
from etl.funding import amounts, marts
from etl.reference.tables import load_reference
from etl.registers.catalogue import load_registers

DAY = pd.Timestamp("2019-01-01")
MUNICIPALITIES = pd.DataFrame(
    {
        "municipality_code": ["GM0001", "GM0002", "GM0003"],
        "name": ["Aadorp", "Beekdal", "Cronje"],
        "district_code": ["VR04", "VR04", "VR05"],
        "inhabitants": [1655, 237, 100_000],
        "inhabitants_date": [DAY] * 3,
        "source": ["CBS"] * 3,
    }
)
DISTRICTS = pd.DataFrame({"district_code": ["VR04", "VR05"], "name": ["IJsselland", "Twente"]})
RATES = pd.DataFrame(
    {
        "year": [2020, 2021],
        "rate_eur": [0.075, 0.035],
        "population_date": [DAY, DAY],
        "note": [None, None],
        "source": ["Q&A vraag 3"] * 2,
    }
)
STATUSES = pd.DataFrame(
    {
        "municipality_code": ["GM0001", "GM0002", "GM0001"],
        "name": ["Aadorp", "Beekdal", "Aadorp"],
        "year": [2020, 2020, 2020],
        "status": ["gevraagd", "betaald", "betaald"],
        "paid_eur": [None, 8.30, 124.13],
        "paid_on": [pd.NaT, pd.Timestamp("2020-05-01"), pd.Timestamp("2020-06-01")],
        "note": [None, None, "fictief"],
        "source": ["register", "register", "demo"],
        "is_demo": [False, False, True],
    }
)
BUDGET = pd.DataFrame(
    {
        "year": [2020, 2020, 2020, 2021],
        "category": ["coördinatie", "intelligence", "projecten", "coördinatie"],
        "amount_eur": [5000.0, 2000.0, 3000.0, 100.0],
    }
)


def _table() -> pd.DataFrame:
    return marts.contribution_table(MUNICIPALITIES, RATES, STATUSES)


def test_contributions_hold_every_municipality_and_year_and_the_demo_rows_apart():
    table = _table()
    real = table[~table["is_demo"]].set_index(["municipality_code", "year"])
    assert len(real) == 6
    assert real["expected_eur"].tolist() == [124.13, 17.78, 7500.0, 57.93, 8.30, 3500.0]
    assert real.loc[("GM0001", 2020), "status"] == "gevraagd"
    assert real.loc[("GM0002", 2020), ["status", "paid_eur"]].tolist() == ["betaald", 8.30]
    # No register row: the status is unknown, and the note says why.
    assert real.loc[("GM0003", 2021), "status"] == "onbekend"
    assert real.loc[("GM0003", 2021), "note"] == marts.NO_STATUS_NOTE
    demo = table[table["is_demo"]]
    assert demo[["municipality_code", "year", "status", "paid_eur"]].values.tolist() == [
        ["GM0001", 2020, "betaald", 124.13]
    ]
    assert "Status: demo." in demo["source"].iloc[0]


def test_rollups_sum_cents_per_district_and_for_the_network():
    table = marts.rollups(_table(), DISTRICTS)
    in_2020 = table[table["year"] == 2020]
    columns = ["level", "district_code", "n_municipalities", "expected_eur"]
    assert in_2020[columns].values.tolist() == [
        ["district", "VR04", 2, 141.91],
        ["district", "VR05", 1, 7500.0],
        ["netwerk", None, 3, 7641.91],
    ]
    assert in_2020["inhabitants"].tolist() == [1892, 100_000, 101_892]
    assert in_2020["name"].tolist() == ["IJsselland", "Twente", "Oost-Nederland"]


def test_budget_comparison_names_shortfall_surplus_and_coverage():
    table = marts.budget_comparison(BUDGET, _table()).set_index("year")
    columns = ["budget_eur", "expected_eur", "difference_eur", "outcome"]
    assert table.loc[2020, columns].tolist() == [10_000.0, 7641.91, -2358.09, "tekort"]
    assert table.loc[2020, "coverage"] == pytest.approx(0.764191)
    assert table.loc[2021, columns].tolist() == [100.0, 3566.23, 3466.23, "overschot"]
    assert amounts.outcome(0) == "gedekt"


def test_categories_share_the_expected_amount_pro_rata_to_the_cent():
    table = marts.category_comparison(BUDGET, _table())
    in_2020 = table[table["year"] == 2020]
    assert in_2020["share"].tolist() == [0.5, 0.2, 0.3]
    # 764.191 cents × 0,5 / 0,2 / 0,3 = 382.095,5 / 152.838,2 / 229.257,3: the one cent the
    # floors leave goes to the largest remainder (0,5).
    assert in_2020["expected_eur"].tolist() == [3820.96, 1528.38, 2292.57]
    assert int(amounts.cents(in_2020["expected_eur"]).sum()) == 764_191
    assert in_2020["difference_eur"].tolist() == [-1179.04, -471.62, -707.43]


def test_former_funders_are_the_largest_municipalities_labelled_as_derived():
    table = marts.former_funders(MUNICIPALITIES, n=2)
    assert table["name"].tolist() == ["Cronje", "Aadorp"]
    assert table["rank"].tolist() == [1, 2]
    assert table["is_derived"].all()
    assert table["basis"].iloc[0].startswith("Afgeleid: de 2 gemeenten met de meeste inwoners")
    assert "de 7 grootste gemeenten" in table["source"].iloc[0]


# --- The shipped seed -----------------------------------------------------------------------


@pytest.fixture
def seed(data_root):
    reference = load_reference(data_root.reference)
    tables = load_registers(data_root, reference).tables
    return tables, marts.derived_marts(tables, reference), reference


def test_seed_2020_asks_225_988_21_of_76_municipalities_against_230_000(seed):
    _, marts, reference = seed
    rows = marts["contributions"]
    in_2020 = rows[rows["year"] == 2020]
    assert len(in_2020) == 76 and not in_2020["is_demo"].any()
    inhabitants = reference.municipalities.set_index("municipality_code")["inhabitants"]
    for row in in_2020.itertuples():
        assert round(row.expected_eur * 100) == inhabitants[row.municipality_code] * 7
    assert int(amounts.cents(in_2020["expected_eur"]).sum()) == 22_598_821
    assert set(in_2020["status"]) == {"gevraagd"}
    assert in_2020["paid_eur"].isna().all() and in_2020["paid_on"].isna().all()
    comparison = marts["budget_comparison"].set_index("year")
    assert comparison.loc[2020, ["budget_eur", "expected_eur", "difference_eur"]].tolist() == [
        230_000.0, 225_988.21, -4011.79,
    ]  # fmt: skip
    assert comparison["outcome"].tolist() == ["tekort"] * 4
    network = marts["contribution_rollups"].query("year == 2020 and level == 'netwerk'")
    assert network["expected_eur"].tolist() == [225_988.21]
    per_district = marts["contribution_rollups"].query("year == 2020 and level == 'district'")
    assert per_district["expected_eur"].tolist() == [
        36_900.29, 44_049.88, 57_694.91, 48_304.34, 39_038.79,
    ]  # fmt: skip


def test_seed_budget_is_230_000_a_year_in_four_categories(seed):
    budget = seed[0]["budget_lines"]
    per_year = budget.groupby("year")["amount_eur"].sum()
    assert per_year.to_dict() == {
        2020: 230_000.0,
        2021: 230_000.0,
        2022: 230_000.0,
        2023: 230_000.0,
    }
    assert budget.groupby("year")["category"].nunique().tolist() == [4, 4, 4, 4]
    in_2020 = budget[budget["year"] == 2020].set_index("category")["amount_eur"].to_dict()
    assert in_2020 == {
        "coördinatie": 90_000.0, "communicatie/administratie": 50_000.0,
        "intelligence": 20_000.0, "projecten": 70_000.0,
    }  # fmt: skip
    assert budget["source"].str.contains("vraag 3").all()


def test_seed_rate_in_kind_and_former_funders(seed):
    tables, marts, _ = seed
    rates = tables["contribution_rates"]
    assert rates["year"].tolist() == [2020, 2021, 2022, 2023]
    assert rates["rate_eur"].tolist() == [0.07] * 4
    assert set(rates["population_date"]) == {DAY}
    in_kind = tables["in_kind_contributions"]
    partners = in_kind[in_kind["district_code"].isna()]
    assert sorted(set(partners["partner"])) == ["Openbaar Ministerie", "Politie", "RIEC"]
    assert partners.groupby("year")["fte"].sum().to_dict() == {
        2020: 1.5, 2021: 1.5, 2022: 1.5, 2023: 1.5,
    }  # fmt: skip
    per_district = in_kind[in_kind["district_code"].notna()]
    assert (per_district["fte"] == 1).all()
    assert per_district["partner"].unique().tolist() == [
        "Landelijke versterkingsgelden ondermijning"
    ]
    assert per_district.groupby("year").size().tolist() == [5, 5, 5, 5]
    former = marts["former_funders"]
    assert former["name"].tolist() == [
        "Nijmegen", "Apeldoorn", "Arnhem", "Enschede", "Zwolle", "Ede", "Deventer",
    ]  # fmt: skip


def test_build_writes_the_funding_marts(settings):
    counts = build(settings).row_counts
    assert {name: counts[name] for name in FUNDING_MARTS} == {
        "budget_lines": 16, "contribution_rates": 4, "contribution_statuses": 304,
        "in_kind_contributions": 32, "contributions": 304, "contribution_rollups": 24,
        "budget_comparison": 4, "budget_category_comparison": 16, "former_funders": 7,
    }  # fmt: skip
