"""The text alternatives of the pilot charts follow the data: summaries and value tables."""

from __future__ import annotations

from dashboard.pilots import chart_text, diffusion, results

from . import pilot_frames as frames


def _compared(frame=None):
    return results.indicator_results(
        frames.results() if frame is None else frame, frames.pilots(), "Meldingen"
    )


def test_results_alt_names_the_highest_and_lowest_number():
    assert chart_text.results_alt(_compared(), "Meldingen") == (
        "Staafdiagram van Meldingen: 2 pilots met een getal; hoogste: Street triage, "
        "2.200 meldingen; laagste: Passend vervoer Arnhem, 350,5 meldingen. Dezelfde "
        "waarden staan in de tabel onder de grafiek."
    )


def test_results_alt_changes_with_the_data():
    changed = frames.results().assign(value=[10.0, 35.0, 4.0, None], unit=None)
    assert chart_text.results_alt(_compared(changed), "Meldingen").startswith(
        "Staafdiagram van Meldingen: 3 pilots met een getal; hoogste: Passend vervoer "
        "Arnhem, 35; laagste: Jongeren Nijmegen, 4."
    )
    one = frames.results().iloc[[0, 3]]
    assert chart_text.results_alt(_compared(one), "Meldingen") == (
        "Staafdiagram van Meldingen: 1 pilot met een getal: Street triage, 2.200 meldingen. "
        "Dezelfde waarde staat in de tabel onder de grafiek."
    )


def test_timeline_alt_counts_in_dutch_and_names_the_first_start():
    pilots = frames.pilots()
    assert chart_text.timeline_alt(pilots) == (
        "Tijdlijn van 3 pilots van start tot einde; 1 zonder bekende startdatum. "
        "Eerste start: Passend vervoer Arnhem, maart 2017."
    )
    assert chart_text.timeline_alt(pilots.iloc[[0]]) == (
        "Tijdlijn van 1 pilot van start tot einde; 1 zonder bekende startdatum."
    )


def test_timeline_table_holds_what_the_bars_show():
    table = chart_text.timeline_table(frames.pilots(), frames.sites())
    assert list(table.columns) == ["Pilot", "Status", "Start", "Einde", "Overgenomen door"]
    assert table.values.tolist() == [
        ["Street triage", "Geborgd", "start onbekend", "einde onbekend", "2 gemeenten"],
        ["Passend vervoer Arnhem", "Afgerond", "maart 2017", "december 2018", "1 gemeente"],
        ["Jongeren Nijmegen", "onbekend", "januari 2020", "einde onbekend", "0 gemeenten"],
    ]


def test_diffusion_table_lists_the_arrows_up_to_the_year():
    edges = diffusion.diffusion_edges(frames.pilots(), frames.sites(), frames.municipalities())
    assert chart_text.diffusion_table(edges, 2018).values.tolist() == [
        ["Arnhem", "Nijmegen", "Passend vervoer Arnhem", "mei 2018"]
    ]
    later = chart_text.diffusion_table(edges, 2019)
    assert list(later.columns) == ["Van", "Naar", "Pilot", "Sinds"]
    assert later["Pilot"].tolist() == ["Passend vervoer Arnhem", "Street triage"]
