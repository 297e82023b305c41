"""How a table's columns read: numbers kept as numbers, shown in Dutch notation."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from dashboard.display import tables

NBSP = "\xa0"
FRAME = pd.DataFrame(
    {
        "Gemeente": ["Aalten", "Almelo", None],
        "Inwoners": [27_121, 72_629, 1_654],
        "Bedrag": [1898.47, 5084.03, math.nan],
        "Aandeel": [0.5, 2 / 3, None],
        "Betaald op": [pd.Timestamp("2020-05-04"), pd.NaT, pd.Timestamp("2021-01-31")],
    }
)
FORMATS = {
    "Inwoners": tables.NUMBER,
    "Bedrag": tables.EURO,
    "Aandeel": tables.PERCENT,
    "Betaald op": tables.DATE,
}


def test_shown_cells_are_dutch_and_empty_cells_never_none_or_nan():
    shown = tables.shown(FRAME, FORMATS)
    assert shown.to_dict("list") == {
        "Gemeente": ["Aalten", "Almelo", ""],
        "Inwoners": ["27.121", "72.629", "1.654"],
        "Bedrag": [f"€{NBSP}1.898,47", f"€{NBSP}5.084,03", ""],
        "Aandeel": ["50,0%", "66,7%", ""],
        "Betaald op": ["4 mei 2020", "", "31 januari 2021"],
    }


def test_for_grid_keeps_the_values_and_displays_the_formats():
    styler = tables.for_grid(FRAME, FORMATS)
    assert styler.data["Inwoners"].tolist() == [27_121, 72_629, 1_654]
    assert pd.api.types.is_integer_dtype(styler.data["Inwoners"])
    html = styler.to_html()
    assert "27.121" in html and f"€{NBSP}5.084,03" in html and "4 mei 2020" in html
    assert "None" not in html and "nan" not in html.lower().replace("nan-", "")


def test_for_grid_frame_sorts_by_value_not_by_text():
    ordered = tables.for_grid(FRAME, FORMATS).data.sort_values("Inwoners")
    assert ordered["Inwoners"].tolist() == [1_654, 27_121, 72_629]


def test_formats_of_absent_columns_are_ignored():
    small = FRAME[["Gemeente", "Inwoners"]]
    assert tables.shown(small, FORMATS)["Inwoners"].tolist() == ["27.121", "72.629", "1.654"]
    assert tables.for_grid(small, FORMATS).data.columns.tolist() == ["Gemeente", "Inwoners"]


def test_other_formats():
    assert tables.ONE_DECIMAL(0.5) == "0,5"
    assert tables.TWO_DECIMALS(61.8) == "61,80"
    assert tables.DECIMAL(350.5) == "350,5"
    assert tables.ROUND_EURO(120_000.0) == f"€{NBSP}120.000"
    assert tables.MONTH(dt.date(2019, 1, 1)) == "januari 2019"
    assert tables.NUMBER(None) == "" and tables.DATE(pd.NaT) == ""


def test_every_column_fits_its_header_and_its_longest_cell():
    widths = tables.widths(FRAME, FORMATS)
    assert widths["Gemeente"] == len("Gemeente") * 7 + 36  # the header is longer than the cells
    assert widths["Betaald op"] == len("31 januari 2021") * 7 + 18
    mostly_empty = pd.DataFrame({"Voorzitter": ["", "burgemeester van Deventer", ""]})
    assert tables.widths(mostly_empty, {}) == {"Voorzitter": 25 * 7 + 18}  # never 'burgemees'
    long = pd.DataFrame({"Toelichting": ["x" * 200], "Overgenomen door (gemeenten)": [1]})
    assert tables.widths(long, {}) == {
        "Toelichting": 320,
        "Overgenomen door (gemeenten)": 28 * 7 + 36,
    }


def test_a_narrow_table_sizes_only_headers_longer_than_their_cells():
    header = {column: len(column) * 7 + 36 for column in FRAME.columns}
    narrow = tables.widths(FRAME, FORMATS, cells=False)
    assert narrow == {c: header[c] for c in ("Gemeente", "Inwoners", "Aandeel")}


def test_list_cells_stay_lists_and_empty_text_cells_become_empty():
    frame = pd.DataFrame({"Leden": [["OM", "politie"], []], "Voorzitter": [None, "x"]})
    data = tables.for_grid(frame, {}).data
    assert data["Leden"].tolist() == [["OM", "politie"], []]
    assert data["Voorzitter"].tolist() == ["", "x"]


def test_a_table_of_text_only_goes_to_the_grid_as_a_frame_with_empty_cells_empty():
    frame = pd.DataFrame({"Van": ["BBG", None], "Naar": pd.Series(["RVO", ""], dtype="string")})
    data = tables.for_grid(frame, {})
    assert isinstance(data, pd.DataFrame)  # no Styler: serialised ten times faster
    assert data.to_dict("list") == {"Van": ["BBG", ""], "Naar": ["RVO", ""]}
    assert frame["Van"].isna().tolist() == [False, True]  # the frame itself is left as it was


def test_a_format_a_number_or_a_list_keeps_the_styler():
    text = pd.DataFrame({"Van": ["BBG"]})
    assert not isinstance(tables.for_grid(text.assign(Aantal=[3]), {}), pd.DataFrame)
    assert not isinstance(tables.for_grid(text.assign(Leden=[["OM"]]), {}), pd.DataFrame)
    assert not isinstance(tables.for_grid(text, {"Van": tables.DATE}), pd.DataFrame)
