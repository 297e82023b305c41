"""Capacity in kind: one line per partner, notes and the sentence."""

from __future__ import annotations

import pandas as pd

from dashboard.funding import in_kind as funding

from .funding_samples import DISTRICTS


def test_in_kind_capacity_per_district_is_one_line():
    in_kind = pd.DataFrame(
        {
            "partner": ["OM", "Politie", "Versterkingsgelden", "Versterkingsgelden"],
            "year": [2020] * 4,
            "district_code": [None, None, "VR04", "VR05"],
            "fte": [0.5, 0.5, 1.0, 1.0],
            "note": ["netwerk", "netwerk", "district", "district"],
        }
    )
    table = funding.in_kind_table(in_kind, DISTRICTS, 2020)
    assert table.values.tolist() == [
        ["OM", "het netwerk", "0,5"],
        ["Politie", "het netwerk", "0,5"],
        ["Versterkingsgelden", "ieder district", "1,0 per district"],
    ]
    assert funding.in_kind_notes(in_kind, 2020) == (
        "OM, Politie: netwerk Versterkingsgelden: district"
    )
    assert funding.in_kind_sentence(in_kind, 2020) == (
        "In 2020: 1,0 fte voor het netwerk zelf, en 2,0 fte vrij in te zetten capaciteit in de "
        "districten."
    )
