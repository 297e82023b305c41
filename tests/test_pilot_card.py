"""The card of one pilot: everything known and unknown, escaped, only web addresses linked."""

from __future__ import annotations

from dashboard.display.markup import literal
from dashboard.pilots import card

from . import pilot_frames as frames

T, NAT = frames.T, frames.NAT


def test_the_card_shows_everything_known_and_unknown_and_links_only_web_addresses():
    text = card.pilot_card("st", frames.marts())
    assert text.startswith("### Street triage")
    assert f"**Herkomst:** {literal('Deventer (IJsselland)')}" in text
    assert "**Subsidie:** onbekend" in text
    assert f"**Periode:** {literal('start onbekend – loopt nog of einde onbekend')}" in text
    assert f"- {literal('Herkomst — datum onbekend (1 gemeente): Deventer')}" in text
    assert f"- {literal('Overgenomen — januari 2019 (1 gemeente): Enschede')}" in text
    assert f"- {literal('Overgenomen — datum onbekend (1 gemeente): Hengelo')}" in text
    # '2.' is no list: the full stop is escaped
    assert f"**Meldingen:** {literal('2.200 meldingen')} ({literal('peildatum onbekend')})" in text
    sources = f"- [{literal('example.org/a')}](https://example.org/a)\n- {literal('Q&A')}\n- s1"
    assert sources in text
    assert "Demodata" not in text
    known = card.pilot_card("vervoer", frames.marts())
    amount = literal("€\xa0120.000")  # the no-break space keeps the amount whole
    assert f"- **Subsidie:** {amount}\n" in known  # no '(+ 1 onbekend)'


def test_register_text_in_the_card_is_escaped():
    frame = frames.pilots()
    frame.loc[0, "name"] = frames.HOSTILE
    frame.loc[0, "source"] = "javascript:alert(1); https://ok.nl/x(y)"
    frame.loc[0, "is_demo"] = True
    text = card.pilot_card("st", frames.marts(pilots=frame))
    assert text.startswith(f"### {literal(frames.HOSTILE)}")
    assert "<img" not in text and "**vet**" not in text and "[link]" not in text
    assert f"- {literal('https://ok.nl/x(y)')}" in text  # not a plain address: text, no link
    assert f"- {literal('javascript:alert(1)')}" in text
    assert "](https://ok.nl" not in text
    assert literal("Demodata: een fictieve pilot, geen echte gegevens.") in text


def test_a_pilot_without_sites_or_results_says_so():
    marts = frames.marts(pilot_sites=frames.sites().iloc[0:0], pilot_results=frames.results()[:0])
    text = card.pilot_card("vervoer", marts)
    assert f"**Gemeenten**\n\n{literal('Geen gemeenten vastgelegd.')}" in text
    assert f"**Resultaten**\n\n{literal('Geen resultaten vastgelegd.')}" in text
    assert text.endswith("**Bronnen**\n\n- bron b")


def test_card_facts_are_plain_text_with_unknown_for_what_is_empty():
    row = frames.pilots().set_index("pilot_id").loc["jong"]
    facts = card.card_facts(row, frames.marts())
    assert facts["theme"] == "Jong" and facts["category"] == "Geen categorie"
    assert facts["status"] == "onbekend" and facts["lead"] == "onbekend"
    assert facts["origin"] == "Nijmegen (Gelderland-Zuid)"
    assert facts["funders"] == "onbekend" and facts["subsidy"] == "€\xa030.000"


def test_period_text():
    assert card.period_text(T("2019-01-01"), T("2020-12-31"), "afgerond") == (
        "januari 2019 – december 2020"
    )
    assert card.period_text(NAT, NAT, None) == "start onbekend – einde onbekend"
    assert card.period_text(T("2019-01-01"), NAT, "lopend") == (
        "januari 2019 – loopt nog of einde onbekend"
    )


def test_a_source_with_its_month_links_the_address_and_keeps_the_month_as_text():
    text = card.source_markdown("Q&A; https://example.org/a (2018-12); https://x.nl/(y) (2021-02)")
    assert text == "; ".join(
        [
            literal("Q&A"),
            f"[{literal('example.org/a')}](https://example.org/a) {literal('(2018-12)')}",
            literal("https://x.nl/(y) (2021-02)"),  # not a plain address: text, no link
        ]
    )


def test_short_url_drops_the_scheme_and_cuts_long_addresses():
    assert card.short_url("https://www.example.org/a/") == "example.org/a"
    long = card.short_url("http://example.org/" + "x" * 100)
    assert len(long) == 70 and long.endswith("…")


def test_pilot_choices_none_first_then_alphabetical():
    choices = card.pilot_choices(frames.pilots())
    assert list(choices) == ["", "jong", "vervoer", "st"]
    assert choices[""] == "Kies een pilot"
