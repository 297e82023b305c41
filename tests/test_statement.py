"""The accessibility statement: its sections in the model's order, Dutch dates, the honest
status and shortcomings, and a contact that is configured or else the network's secretariat."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.accessibility import statement
from dashboard.texts import toegankelijkheid as texts

from .conftest import REPO

APP = str(REPO / "dashboard" / "navigation.py")
PAGE = "../pages/toegankelijkheid.py"
CONTACT = "toegankelijkheid@voorbeeld.invalid"  # a test address (.invalid is never delivered)


def test_sections_follow_the_model_statement():
    headings = [section.heading for section in statement.sections({})]
    assert headings == [
        "",
        "Status",
        "Over deze verklaring",
        "Hoe is dit onderzocht?",
        "Wat al geregeld is",
        "Wat nog niet toegankelijk is",
        "Iets gevonden dat niet werkt?",
        "Niet tevreden over de afhandeling?",
    ]


def _section(heading: str, environ=None) -> str:
    (found,) = [s.markdown for s in statement.sections(environ or {}) if s.heading == heading]
    return found


def test_about_names_the_standard_and_the_dates_in_dutch(monkeypatch):
    about = _section(texts.ABOUT_HEADING)
    assert "**Organisatie:** Veiligheidsnetwerk Oost-Nederland" in about
    assert "WCAG 2.1, niveau A en AA" in about and "EN 301 549" in about
    assert "**Opgesteld op:** 6 december 2026" in about
    monkeypatch.setattr(texts, "REVIEWED", texts.REVIEWED.replace(year=2027, month=3, day=1))
    assert "**Laatst herzien op:** 1 maart 2027" in _section(texts.ABOUT_HEADING)


def test_the_status_is_partial_and_says_it_is_a_self_assessment():
    status = _section(texts.STATUS_HEADING)
    assert "voldoet gedeeltelijk" in status and "status B" in status
    assert "eigen beoordeling" in status
    assert statement.statuses_markdown().splitlines()[1] == (
        "- **B — voldoet gedeeltelijk:** een deel van de eisen is aantoonbaar gehaald"
    )
    assert len(statement.statuses_markdown().splitlines()) == 5


def test_every_shortcoming_is_a_list_item_with_its_criteria_and_what_to_do():
    listed = statement.shortcomings_markdown()
    items = re.findall(r"^- ", listed, flags=re.MULTILINE)
    assert len(items) == len(texts.SHORTCOMINGS)
    assert "WCAG-succescriterium: 2.1.1 Toetsenbord; 1.1.1 Niet-tekstuele content." in listed
    assert "PDOK" in listed and "PDF/UA" in listed and "ook beschikbaar als tabel" in listed
    # a shortcoming without criteria or alternative gets no empty notes under it
    assert "\n- De downloads in CSV en Excel zijn niet op toegankelijkheid getoetst.\n\n" in listed


def test_contact_is_the_configured_address_escaped_else_the_secretariat():
    assert statement.contact({}) == "het secretariaat van het netwerk"
    assert statement.contact({texts.CONTACT_ENV: "  "}) == "het secretariaat van het netwerk"
    assert statement.contact({texts.CONTACT_ENV: "a*b@x.nl"}) == "a&#42;b&#64;x&#46;nl"
    configured = _section(texts.CONTACT_HEADING, {texts.CONTACT_ENV: "Team <x>"})
    assert "via Team &#60;x&#62;." in configured
    assert "coördinator van het Veiligheidsnetwerk Oost-Nederland" in configured


@pytest.fixture
def page(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    monkeypatch.delenv(texts.CONTACT_ENV, raising=False)
    app = AppTest.from_file(APP, default_timeout=60)
    app.switch_page(PAGE)
    return app


def _text(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown)


def test_page_shows_status_date_shortcomings_and_the_fallback_contact(page):
    page.run()
    assert not page.exception and not page.error
    assert [t.value for t in page.title] == ["Toegankelijkheidsverklaring"]
    assert [h.value for h in page.header][:2] == ["Status", "Over deze verklaring"]
    text = _text(page)
    assert "**Dit dashboard voldoet gedeeltelijk**" in text
    assert "6 december 2026" in text
    assert text.count("\n- ") >= len(texts.SHORTCOMINGS)
    assert "Streamlit" in text and "factsheets (pdf)" in text
    assert "via het secretariaat van het netwerk." in text
    assert page.expander[0].label == texts.STATUSES_LABEL


def test_page_shows_the_configured_contact(page, monkeypatch):
    monkeypatch.setenv(texts.CONTACT_ENV, CONTACT)
    page.run()
    assert not page.exception
    text = _text(page)
    assert "secretariaat" not in text
    assert statement.contact({texts.CONTACT_ENV: CONTACT}) in text


def test_page_keeps_the_chosen_place_for_the_other_pages(page):
    page.query_params["district"] = "VR05"
    page.run()
    assert not page.exception
    assert page.sidebar.selectbox[0].value == "VR05"
    assert page.query_params["district"] == "VR05"
