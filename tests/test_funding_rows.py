"""The year's rows: demo rows in place of real ones; the years offered."""

from __future__ import annotations

import pandas as pd

from dashboard.funding import rows as funding

from .funding_samples import CONTRIBUTIONS


def test_demo_rows_stand_in_for_the_real_ones_never_beside_them():
    rows = funding.for_year(CONTRIBUTIONS, 2020)
    assert len(rows) == 3
    assert rows["status"].tolist() == ["betaald", "toegezegd", "gefactureerd"]
    assert funding.for_year(CONTRIBUTIONS, 2021)["status"].tolist() == ["gevraagd"] * 3


def test_year_options_put_2020_first():
    frame = pd.DataFrame({"year": [2023, 2021, 2020, 2022]})
    assert list(funding.year_options(frame)) == ["2020", "2021", "2022", "2023"]
    assert list(funding.year_options(pd.DataFrame({"year": [2025, 2024]}))) == ["2024", "2025"]
