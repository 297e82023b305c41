"""Pilots on tiny literal frames: filters, key figures, diffusion edges and the year filter,
results, the card and the exports."""

from __future__ import annotations

import html
from types import SimpleNamespace

import pandas as pd
import pytest

from dashboard.display import exports
from dashboard.pilots import explorer as pilots
from dashboard.texts import pilots as texts

T = pd.Timestamp
NAT = pd.NaT
HOSTILE = "<img src=x onerror=alert(1)> **vet** [link](javascript:alert(1))"


def _municipalities() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "municipality_code": ["GM0150", "GM0153", "GM0164", "GM0202", "GM0268"],
            "name": ["Deventer", "Enschede", "Hengelo", "Arnhem", "Nijmegen"],
            "district_code": ["VR04", "VR05", "VR05", "VR07", "VR08"],
            "lat": [52.25, 52.22, 52.27, 52.0, 51.84],
            "lon": [6.18, 6.89, 6.79, 5.87, 5.86],
        }
    )


def _districts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "district_code": ["VR04", "VR05", "VR06", "VR07", "VR08"],
            "name": ["IJsselland", "Twente", "NOG", "Gelderland-Midden", "Gelderland-Zuid"],
        }
    )


def _themes() -> pd.DataFrame:
    return pd.DataFrame({"theme_id": ["verward-gedrag", "jongeren"], "name": ["Verward", "Jong"]})


def _pilots() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pilot_id": ["st", "vervoer", "jong"],
            "name": ["Street triage", "Passend vervoer Arnhem", "Jongeren Nijmegen"],
            "theme_id": ["verward-gedrag", "verward-gedrag", "jongeren"],
            "category": ["triage", "passend vervoer", None],
            "lead_organisation": [None, "GGZ", None],
            "origin_municipality_code": ["GM0150", "GM0202", "GM0268"],
            "start_date": [NAT, T("2017-03-01"), T("2020-01-01")],
            "end_date": [NAT, T("2018-12-31"), NAT],
            "status": ["geborgd", "afgerond", None],
            "subsidy_eur": [None, 120000.0, 30000.0],
            "partners": [["Dimence"], [], []],
            "funders": [["Menzis"], [], []],
            "description": [None, None, None],
            "note": [None, None, None],
            "source": ["https://example.org/a; Q&A", "bron b", "bron c"],
            "is_demo": [False, False, True],
        }
    )


def _sites() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pilot_id": ["st", "st", "st", "vervoer", "vervoer", "jong"],
            "municipality_code": ["GM0150", "GM0153", "GM0164", "GM0202", "GM0268", "GM0268"],
            "role": ["herkomst", "overnemer", "overnemer", "herkomst", "overnemer", "herkomst"],
            "since": [NAT, T("2019-01-01"), NAT, T("2017-03-01"), T("2018-05-01"), NAT],
            "note": [None] * 6,
            "source": ["s1", "s2", "s3", "s4", "s5", "s6"],
            "is_demo": [False, False, False, False, False, True],
        }
    )


def _results() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "pilot_id": ["st", "vervoer", "jong", "st"],
            "indicator": ["Meldingen", "Meldingen", "Meldingen", "Ervaring"],
            "value": [2200.0, 350.5, None, None],
            "value_text": [None, None, "veel", "goed"],
            "unit": ["meldingen", "meldingen", None, None],
            "measured_on": [NAT, T("2018-06-01"), NAT, NAT],
            "source": ["r1", "r2", "r3", "r4"],
            "is_demo": [False, False, True, False],
        }
    )


def _marts(**replaced) -> SimpleNamespace:
    tables = {
        "pilots": _pilots(), "pilot_sites": _sites(), "pilot_results": _results(),
        "municipalities": _municipalities(), "districts": _districts(), "themes": _themes(),
    }  # fmt: skip
    return SimpleNamespace(**(tables | replaced))


def _view(marts: SimpleNamespace) -> pilots.View:
    return pilots.explore(marts, [[], [], [], []], "alle", "alle")


def _filter(**chosen) -> list[str]:
    shown = pilots.filter_pilots(_pilots(), _sites(), _municipalities(), pilots.Selection(**chosen))
    return shown["pilot_id"].tolist()


def test_no_filter_keeps_every_pilot_by_start_date_unknown_last():
    assert _filter() == ["vervoer", "jong", "st"]


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ({"themes": ("jongeren",)}, ["jong"]),
        ({"districts": ("VR05",)}, ["st"]),  # adopted in Twente, started in IJsselland
        ({"districts": ("VR08",)}, ["vervoer", "jong"]),  # adopted in, started in Nijmegen
        ({"statuses": ("onbekend",)}, ["jong"]),
        ({"statuses": ("afgerond", "geborgd")}, ["vervoer", "st"]),
        ({"categories": ("onbekend",)}, ["jong"]),
        ({"first_year": 2019}, ["jong", "st"]),  # vervoer ended 2018; st has no known dates
        ({"last_year": 2018}, ["vervoer", "st"]),  # jong started 2020
        ({"first_year": 2017, "last_year": 2017}, ["vervoer", "st"]),
    ],
)
def test_filters(chosen, expected):
    assert _filter(**chosen) == expected


def test_a_reversed_period_is_read_the_right_way_round():
    chosen = pilots.selection([[], [], [], []], "2020", "2017")
    assert (chosen.first_year, chosen.last_year) == (2017, 2020)
    assert pilots.selection([[], [], [], []], "alle", "2018").first_year is None


def test_period_note_counts_pilots_without_a_start():
    chosen = pilots.Selection(first_year=2019)
    assert pilots.period_note(chosen, _pilots()).startswith("Binnen de gekozen periode")
    assert " 1 getoonde pilot(s)" in pilots.period_note(chosen, _pilots())
    assert pilots.period_note(pilots.Selection(), _pilots()) is None


def test_year_options_cover_the_fixed_years_and_the_data():
    options = pilots.year_options(_pilots(), _sites(), "Alle jaren")
    assert next(iter(options.items())) == ("alle", "Alle jaren")
    assert list(options)[1:3] == ["2015", "2016"] and list(options)[-1] == "2023"


def test_key_figures_say_unknown_rather_than_zero():
    figures = pilots.key_figures(_pilots(), _sites())
    assert [(f.label, f.value) for f in figures] == [
        ("Pilots", "3"), ("Subsidie", "€\xa0150.000"), ("Gemeenten bereikt", "5"),
        ("Overnames", "3"),
    ]  # fmt: skip
    assert figures[1].note == "+ 1 pilot(s) met onbekend bedrag"
    assert "bekend voor 2 van de 3 pilots" in figures[1].help
    assert "Waarvan 1 fictief" in figures[0].help
    assert "van 1 is het jaar onbekend" in figures[3].help
    unknown = pilots.key_figures(_pilots().iloc[[0]], _sites())
    assert unknown[1].value == "onbekend" and unknown[1].note is None


def test_municipality_figures_count_pilots_and_subsidy_where_they_started():
    figures = pilots.municipality_figures(_pilots(), _sites(), _municipalities())
    by_code = figures.set_index("municipality_code")
    assert by_code["n_pilots"].to_dict() == {
        "GM0150": 1, "GM0153": 1, "GM0164": 1, "GM0202": 1, "GM0268": 2,
    }  # fmt: skip
    assert by_code.at["GM0268", "n_origin"] == 1 and by_code.at["GM0268", "n_adopted"] == 1
    assert by_code.at["GM0202", "subsidy_eur"] == 120000.0
    assert pd.isna(by_code.at["GM0150", "subsidy_eur"])  # street triage: amount unknown
    assert by_code.at["GM0150", "subsidy_unknown"] == 1
    table = pilots.municipality_table(figures, _districts())
    assert table.columns.tolist() == list(texts.PILOTS_MUNICIPALITY_COLUMNS.values())
    by_name = table.set_index("Gemeente (district)")
    assert by_name.at["Deventer (IJsselland)", "Subsidie"] == "onbekend"
    assert by_name.at["Arnhem (Gelderland-Midden)", "Subsidie"] == "€\xa0120.000"
    assert by_name.at["Enschede (Twente)", "Subsidie"] == ""  # nothing started here
    assert table.columns[1] == "Pilots" and table.iloc[0, 0] == "Nijmegen (Gelderland-Zuid)"
    money = pilots.municipality_table(figures, _districts(), pilots.SUBSIDY_LAYER)
    assert money.columns[1] == "Subsidie"
    assert money["Gemeente (district)"].tolist()[:2] == [
        "Arnhem (Gelderland-Midden)", "Nijmegen (Gelderland-Zuid)",
    ]  # fmt: skip
    assert money["Subsidie"].tolist()[-1] == ""


def test_diffusion_edges_run_from_the_origin_to_each_adopter():
    edges = pilots.diffusion_edges(_pilots(), _sites(), _municipalities())
    assert edges[["pilot_id", "origin", "adopter"]].values.tolist() == [
        ["vervoer", "Arnhem", "Nijmegen"],
        ["st", "Deventer", "Enschede"],
        ["st", "Deventer", "Hengelo"],
    ]
    assert edges["year"].tolist()[:2] == [2018, 2019] and pd.isna(edges["year"].iloc[2])
    assert edges.loc[1, ["origin_lon", "origin_lat", "adopter_lon", "adopter_lat"]].tolist() == [
        6.18, 52.25, 6.89, 52.22,
    ]  # fmt: skip
    assert pilots.year_range(edges) == (2017, 2019)  # from the year before the first adoption


def test_the_year_filter_draws_only_adoptions_up_to_that_year_never_guessed_ones():
    edges = pilots.diffusion_edges(_pilots(), _sites(), _municipalities())
    assert pilots.edges_until(edges, 2017).empty
    assert pilots.edges_until(edges, 2018)["adopter"].tolist() == ["Nijmegen"]
    assert pilots.edges_until(edges, 2030)["adopter"].tolist() == ["Nijmegen", "Enschede"]
    undated = pilots.undated_edges(edges)
    assert undated.to_dict("records") == [
        {"Naar": "Hengelo", "Van": "Deventer", "Pilot": "Street triage"}
    ]
    caption = pilots.diffusion_caption(edges, 2019)
    assert caption.startswith("Tot en met 2019: 2 overname(s) van 2 pilot(s).")
    assert "1 overname(s) in 2019" in caption


def test_an_origin_site_stands_in_for_a_missing_origin_and_no_origin_means_no_edge():
    frame = _pilots()
    frame.loc[0, "origin_municipality_code"] = None
    edges = pilots.diffusion_edges(frame, _sites(), _municipalities())
    assert edges.loc[edges["pilot_id"] == "st", "origin"].tolist() == ["Deventer", "Deventer"]
    sites = _sites()[lambda s: ~((s["pilot_id"] == "st") & (s["role"] == "herkomst"))]
    edges = pilots.diffusion_edges(frame, sites, _municipalities())
    assert edges["pilot_id"].tolist() == ["vervoer"]
    assert pilots.year_range(edges.iloc[0:0]) is None


def test_indicators_with_numbers_come_first_and_results_compare_across_pilots():
    options = pilots.indicator_options(_results())
    assert options == {
        "Meldingen": "Meldingen — 3 pilot(s), in cijfers",
        "Ervaring": "Ervaring — 1 pilot(s), in woorden",
    }
    chosen = pilots.indicator_results(_results(), _pilots(), "Meldingen")
    assert chosen["pilot"].tolist() == [
        "Street triage",
        "Passend vervoer Arnhem",
        "Jongeren Nijmegen",
    ]
    table = pilots.results_table(chosen)
    assert table["Waarde"].tolist() == ["2.200", "350,5", ""]
    assert table["Resultaat in woorden"].tolist() == ["", "", "veel"]
    assert table["Peildatum"].tolist() == ["", "juni 2018", ""]
    assert pilots.indicator_options(_results().iloc[0:0]) == {}


def test_the_card_shows_everything_known_and_unknown_and_links_only_web_addresses():
    card = pilots.pilot_card("st", _marts())
    shown = html.unescape(card)  # the text as the reader sees it
    assert shown.startswith("### Street triage")
    assert "**Herkomst:** Deventer (IJsselland)" in shown
    assert "**Subsidie:** onbekend" in shown
    assert "**Periode:** start onbekend – loopt nog of einde onbekend" in shown
    assert "- Herkomst — datum onbekend (1 gemeente): Deventer" in shown
    assert "- Overgenomen — januari 2019 (1 gemeente): Enschede" in shown
    assert "- Overgenomen — datum onbekend (1 gemeente): Hengelo" in shown
    assert "**Meldingen:** 2&#46;200 meldingen" in card  # '2.' is no list
    assert "- [example&#46;org/a](https://example.org/a)\n- Q&#38;A\n- s1" in card
    assert "Demodata" not in card
    known = pilots.pilot_card("vervoer", _marts())
    assert "- **Subsidie:** € 120.000\n" in html.unescape(known)  # no '(+ 1 onbekend)'


def test_register_text_in_the_card_is_escaped():
    frame = _pilots()
    frame.loc[0, "name"] = HOSTILE
    frame.loc[0, "source"] = "javascript:alert(1); https://ok.nl/x(y)"
    frame.loc[0, "is_demo"] = True
    card = pilots.pilot_card("st", _marts(pilots=frame))
    assert "&#91;link&#93;&#40;javascript" in card and "&#42;&#42;vet&#42;&#42;" in card
    assert "<img" not in card and card.count("&#60;img") == 1  # shown as text, not as markup
    assert "&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;" in card
    assert "(https://ok.nl/x(y))" not in card  # not a plain address: shown as text, no link
    assert "Demodata: een fictieve pilot" in html.unescape(card)


def test_period_text():
    assert pilots.period_text(T("2019-01-01"), T("2020-12-31"), "afgerond") == (
        "januari 2019 – december 2020"
    )
    assert pilots.period_text(NAT, NAT, None) == "start onbekend – einde onbekend"


def test_exports_carry_the_demo_flag_only_when_demo_is_on():
    marts = _marts()
    off = pilots.export_sheets(_view(marts), marts, show_demo=False)
    on = pilots.export_sheets(_view(marts), marts, show_demo=True)
    assert list(off) == ["Pilots", "Gemeenten", "Resultaten"]
    assert "Demodata" not in off["Pilots"].columns and "Demodata" not in off["Gemeenten"].columns
    assert on["Pilots"]["Demodata"].tolist() == [False, True, False]  # by start date
    table = off["Pilots"].set_index("Code")
    assert table.at["st", "Overgenomen door (gemeenten)"] == 2
    assert table.at["vervoer", "Subsidie (€)"] == 120000.0
    csv = exports.csv_bytes(on["Pilots"]).decode("utf-8-sig").splitlines()
    assert csv[0].startswith("Pilot;Thema;Categorie;Status;Herkomst")
    assert csv[2].endswith(";jong;ja")
    shown = pilots.display_table(on["Pilots"]).set_index("Code")
    assert shown.at["st", "Subsidie (€)"] == "onbekend"
    assert shown.at["vervoer", "Start"] == "maart 2017"
    assert shown.at["jong", "Demodata"] == "ja"
    assert shown.at["st", "Financiers"] == "Menzis"


def test_exports_neutralise_formulas_in_register_text():
    frame = _pilots()
    frame.loc[0, "name"] = '=HYPERLINK("http://x")'
    marts = _marts(pilots=frame)
    sheets = pilots.export_sheets(_view(marts), marts, show_demo=False)
    assert "'=HYPERLINK" in exports.csv_bytes(sheets["Pilots"]).decode("utf-8-sig")


def test_origins_show_from_their_start_or_always_when_the_start_is_unknown():
    edges = pilots.diffusion_edges(_pilots(), _sites(), _municipalities())
    assert edges["origin_year"].tolist()[:1] == [2017] and pd.isna(edges["origin_year"].iloc[1])
    assert pilots.origins_until(edges, 2016)["origin"].tolist() == ["Deventer"]
    assert pilots.origins_until(edges, 2017)["origin"].tolist() == ["Arnhem", "Deventer"]


def test_explore_derives_everything_from_one_selection():
    view = pilots.explore(_marts(), [["verward-gedrag"], [], [], []], "alle", "alle")
    assert view.pilots["pilot_id"].tolist() == ["vervoer", "st"]
    assert set(view.sites["pilot_id"]) == {"vervoer", "st"} and len(view.results) == 3
    assert view.years == (2017, 2019) and len(view.edges) == 3
    assert int(view.figures["n_pilots"].sum()) == 5


def test_results_in_words_read_side_by_side():
    chosen = pilots.indicator_results(_results(), _pilots(), "Meldingen")
    assert pilots.words_markdown(chosen) == "- **Jongeren Nijmegen:** veel"
    assert pilots.fitted_height(3) == "content" and pilots.fitted_height(91) == 400
    assert pilots.fitted_height(13, 600) == "content"
