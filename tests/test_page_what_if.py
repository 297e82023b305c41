"""AppTest of the what-if on Financiering per place: the place, rate and growth in the URL, the
difference with the register's figures computed from the registers, and the factsheet carrying
the what-if only when one is chosen."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts
from dashboard.texts import factsheet as factsheet_texts
from dashboard.texts import financiering as texts
from etl.core import dutch
from tests import factsheet_pdf

from .page_support import open_page

TWENTE = "VR05"


def _page(root, monkeypatch, **query) -> AppTest:
    return open_page(root, monkeypatch, "financiering", **query)


def _what_if_table(app: AppTest):
    table = next(d.value for d in app.dataframe if "Onderdeel" in d.value.columns)
    return table.set_index("Onderdeel")


def _half_up(value: Decimal, step: str = "1") -> Decimal:
    return value.quantize(Decimal(step), rounding=ROUND_HALF_UP)


@pytest.fixture(scope="module")
def twente(built_root):
    """Twente's real register rows of 2020 and its municipalities, read from the marts."""
    marts = read_marts(built_root.processed)
    rows = marts.contributions[
        (marts.contributions["year"] == 2020)
        & (marts.contributions["district_code"] == TWENTE)
        & ~marts.contributions["is_demo"]
    ]
    towns = marts.municipalities[marts.municipalities["district_code"] == TWENTE]
    return rows, towns


def test_a_district_what_if_from_the_url_shows_the_difference_with_its_register(
    built_root, monkeypatch, twente
):
    rows, towns = twente
    app = _page(built_root, monkeypatch, wat_als=TWENTE, tarief="80", groei="-20")
    assert app.selectbox(key="select_wat_als").value == TWENTE
    assert [s.value for s in app.select_slider] == [80, -20]
    assert any(h.value.startswith("Rekenvoorbeeld voor Twente, 2020") for h in app.subheader)
    table = _what_if_table(app)
    register_cents = int(sum(_half_up(Decimal(repr(v)) * 100) for v in rows["expected_eur"]))
    grown = [int(_half_up(Decimal(int(n)) * Decimal("0.98"))) for n in towns["inhabitants"]]
    what_cents = int(sum(_half_up(Decimal(n) * Decimal("0.08"), "0.01") * 100 for n in grown))
    assert table.loc["Gevraagde bijdragen"].tolist() == [
        dutch.euro_cents(register_cents),
        dutch.euro_cents(what_cents),
        ("+ " if what_cents > register_cents else "− ")
        + dutch.euro_cents(abs(what_cents - register_cents)),
    ]
    inhabitants = int(rows["inhabitants"].sum())
    assert table.loc["Inwoners"].tolist()[:2] == [
        dutch.number(inhabitants),
        dutch.number(sum(grown)),
    ]
    assert "Aandeel in de begroting" in table.index  # a district: its share, not the budget gap
    assert "Verschil met de begroting" not in table.index
    assert app.metric[0].value == dutch.euro_cents(225_988_21)  # the region's register figure


def test_the_what_if_choices_go_to_the_url_and_the_defaults_leave_it_clean(built_root, monkeypatch):
    app = _page(built_root, monkeypatch)
    assert app.selectbox(key="select_wat_als").value == "regio"
    assert "Verschil met de begroting" in _what_if_table(app).index
    app.selectbox(key="select_wat_als").set_value("GM0150").run()
    app.select_slider(key="slider_groei").set_value(15).run()
    assert (app.query_params["wat_als"], app.query_params["groei"]) == ("GM0150", "15")
    assert any(h.value.startswith("Rekenvoorbeeld voor Deventer") for h in app.subheader)
    again = _page(built_root, monkeypatch, wat_als="GM0150", groei="15")  # a shared link
    assert _what_if_table(again).equals(_what_if_table(app))
    app.selectbox(key="select_wat_als").set_value("regio").run()
    app.select_slider(key="slider_groei").set_value(0).run()
    assert "wat_als" not in app.query_params and "groei" not in app.query_params


def test_an_unknown_place_in_the_link_is_said_and_the_region_shown(built_root, monkeypatch):
    app = _page(built_root, monkeypatch, wat_als="GM9999")
    assert texts.FUNDING_WHATIF_UNKNOWN_PLACE.format(value="GM9999") in [
        w.value for w in app.warning
    ]
    assert app.selectbox(key="select_wat_als").value == "regio"


@pytest.fixture
def deferred(monkeypatch) -> dict[str, object]:
    """The files of download buttons made on click, by file name: their callables, kept."""
    made: dict[str, object] = {}
    register = MediaFileManager.add_deferred

    def keep(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        made[file_name] = data_callable
        return register(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", keep)
    return made


def _factsheet_buttons(app: AppTest) -> list[str]:
    return [b.proto.label for b in app.get("download_button") if "rekenvoorbeeld" in b.proto.label]


def test_the_factsheet_carries_the_what_if_when_one_is_chosen_and_not_otherwise(
    built_root, monkeypatch, deferred
):
    plain = _page(built_root, monkeypatch, wat_als=TWENTE)
    assert _factsheet_buttons(plain) == []  # the register's own rate, no growth: no what-if
    app = _page(built_root, monkeypatch, wat_als=TWENTE, tarief="80")
    assert _factsheet_buttons(app) == [texts.FUNDING_WHATIF_FACTSHEET.format(place="Twente")]
    sheet = factsheet_pdf.read(deferred["twente-rekenvoorbeeld.pdf"]())
    text = sheet.text
    assert factsheet_texts.WHAT_IF_MARKER in text and "Wat als? Twente, 2020" in text
    what_if = text[text.index(factsheet_texts.WHAT_IF_MARKER) :]
    register = _what_if_table(app).loc["Gevraagde bijdragen"].tolist()
    assert " ".join(register).replace("\xa0", " ") in what_if  # the page's figures, on paper
    assert "€ 0,08 per inwoner" in what_if
    assert sheet.pages <= 2
