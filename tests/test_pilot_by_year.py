"""The pilots as they stood in one year: dated by the registers, never by a guess."""

from __future__ import annotations

import pandas as pd

from dashboard.pilots import by_year

NaT = pd.NaT


def _pilots(*rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["pilot_id", "start_date", "end_date"])
    return frame.astype({"start_date": "datetime64[ns]", "end_date": "datetime64[ns]"})


def _sites(*rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["pilot_id", "municipality_code", "role", "since"])
    return frame.astype({"since": "datetime64[ns]"})


PILOTS = _pilots(
    ("a", "2018-03-01", "2020-12-31"),  # ran 2018–2020
    ("b", NaT, NaT),  # no start, adopted in 2019: ran at its origin by 2019
    ("c", NaT, NaT),  # nothing dated: in no year
)
SITES = _sites(
    ("a", "GM1", "herkomst", NaT),  # the origin counts from the pilot's start
    ("a", "GM2", "overnemer", "2019-05-01"),
    ("a", "GM3", "overnemer", NaT),  # undated: counted, not placed
    ("b", "GM4", "herkomst", NaT),
    ("b", "GM5", "overnemer", "2019-01-01"),
    ("c", "GM6", "herkomst", NaT),
)


def test_known_years_are_the_dated_starts_adoptions_and_ends():
    assert by_year.known_years(PILOTS, SITES) == [2018, 2019, 2020]
    assert by_year.start_years(PILOTS, SITES) == {"a": 2018, "b": 2019}


def test_a_year_holds_the_pilots_started_and_not_ended_with_their_sites_dated_by_then():
    first = by_year.in_year(PILOTS, SITES, 2018)
    assert first.pilots["pilot_id"].tolist() == ["a"]
    assert first.sites["municipality_code"].tolist() == ["GM1"]
    assert (first.undated_pilots, first.undated_sites) == (1, 1)
    second = by_year.in_year(PILOTS, SITES, 2019)
    assert second.pilots["pilot_id"].tolist() == ["a", "b"]
    assert second.sites["municipality_code"].tolist() == ["GM1", "GM2", "GM4", "GM5"]
    after = by_year.in_year(PILOTS, SITES, 2021)  # a ended in 2020
    assert after.pilots["pilot_id"].tolist() == ["b"]
    assert after.undated_sites == 0
