"""Demo pilots: fictitious, deterministic, spread out, valid, and flagged in the marts."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import read_marts, visible
from etl.pilots import demo as pilots_demo
from etl.pilots.registers import PILOTS_FILE, RESULTS_FILE, SITES_FILE
from etl.reference.tables import load_reference

from .demo_support import build_demo_root


@pytest.fixture(scope="module")
def reference():
    from .conftest import REPO

    return load_reference(REPO / "data" / "reference")


@pytest.fixture(scope="module")
def demo_marts(tmp_path_factory):
    return read_marts(build_demo_root(tmp_path_factory.mktemp("pilot_demo")).processed)


def _files(reference, seed: int) -> dict[str, pd.DataFrame]:
    import numpy as np

    return pilots_demo.pilot_demo(reference, np.random.default_rng(seed))


def test_the_same_seed_gives_the_same_files_and_another_seed_others(reference):
    first, again, other = _files(reference, 7), _files(reference, 7), _files(reference, 8)
    assert list(first) == [PILOTS_FILE, SITES_FILE, RESULTS_FILE]
    assert all(first[name].equals(again[name]) for name in first)
    assert not first[PILOTS_FILE].equals(other[PILOTS_FILE])


def test_demo_pilots_are_obviously_fictitious_and_spread_out(reference):
    files = _files(reference, 2019)
    pilots, sites = files[PILOTS_FILE], files[SITES_FILE]
    assert len(pilots) == 40
    assert pilots["naam"].str.startswith("Demo-pilot ").all()
    assert pilots["bron"].str.contains("fictief").all()
    districts = reference.municipalities.set_index("municipality_code")["district_code"]
    assert pilots["herkomstgemeente"].map(districts).value_counts().tolist() == [8] * 5
    years = pd.to_datetime(pilots["startdatum"]).dt.year
    assert years.min() >= 2016 and years.max() <= 2022 and years.nunique() >= 5
    assert pilots["thema"].nunique() >= 3
    adopters = sites[sites["rol"] == "overnemer"]
    assert (adopters["sinds"] == "").any() and (adopters["sinds"] != "").any()
    origin_district = sites["pilot"].map(pilots.set_index("id")["herkomstgemeente"]).map(districts)
    assert (adopters["gemeente"].map(districts) != origin_district[adopters.index]).any()
    assert (pilots["subsidie_eur"] == "").any()  # some amounts unknown, as in real life


def test_build_adds_demo_rows_flagged_and_keeps_real_rows_real(demo_marts):
    pilots = demo_marts.pilots
    assert pilots["is_demo"].sum() == 40
    assert pilots.loc[pilots["is_demo"], "pilot_id"].str.startswith("demo-pilot-").all()
    assert pilots.loc[~pilots["is_demo"], "pilot_id"].tolist() == ["street-triage"]
    sites, results = demo_marts.pilot_sites, demo_marts.pilot_results
    assert not sites.loc[sites["pilot_id"] == "street-triage", "is_demo"].any()
    assert sites.loc[sites["pilot_id"].str.startswith("demo-"), "is_demo"].all()
    assert results.loc[results["pilot_id"].str.startswith("demo-"), "is_demo"].all()
    real = visible(demo_marts, show_demo=False)
    assert real.pilots["pilot_id"].tolist() == ["street-triage"]
    assert len(real.pilot_sites) == 15 and not real.pilot_results["is_demo"].any()
