"""Texts of the page Pilots."""

from __future__ import annotations

PILOTS_HEADING = "Pilots: waar ze lopen, wat ze kosten en opleveren, en waar ze navolging krijgen"
PILOTS_INTRO = (
    "De pilots in de districten, met hun subsidie, resultaten en overname door andere gemeenten. "
    "Filter in de zijbalk; de filters en keuzes op deze pagina staan in het webadres, zodat u "
    "deze weergave kunt delen. Wat de bronnen niet geven, staat er als 'onbekend'."
)
PILOTS_QA_NOTE = (
    "Volgens de Q&A (mei 2019, vraag 1) zijn er in de districten een veertigtal pilots voor "
    "personen met verward gedrag opgezet met subsidies; bij het borgen ligt de focus op pilots "
    "waar zorg en veiligheid samenkomen: passend vervoer, triage en beoordelingslocaties "
    "(vraag 2). Alleen pilots die met naam en bron bekend zijn, staan in het register: "
    "{registered} van dat veertigtal."
)
PILOTS_EMPTY = "Geen pilots die aan deze filters voldoen. Maak de filters in de zijbalk ruimer."
PILOTS_NONE = "Geen."
PILOTS_FILTER_THEME = "Thema"
PILOTS_FILTER_DISTRICT = "District (herkomst, overname of deelname)"
PILOTS_FILTER_STATUS = "Status"
PILOTS_FILTER_CATEGORY = "Categorie"
PILOTS_NO_CATEGORY = "Geen categorie"
PILOTS_FROM = "Periode vanaf"
PILOTS_TO = "Periode tot en met"
PILOTS_ALL_YEARS = "Alle jaren"
# Words that are counted: (one, many), for etl.core.dutch.count
PILOT_WORDS = ("pilot", "pilots")
ADOPTION_WORDS = ("overname", "overnames")
MUNICIPALITY_WORDS = ("gemeente", "gemeenten")
PILOTS_UNKNOWN_YEAR = "Onbekend jaar '{value}' in het webadres; alle jaren worden getoond."
PILOTS_PERIOD_NOTE = (
    "Binnen de gekozen periode vallen pilots die in die jaren liepen. Zonder bekende startdatum "
    "en toch getoond, omdat ze toen gelopen kunnen hebben: {pilots}."
)
PILOTS_METRIC_PILOTS = "Pilots"
PILOTS_METRIC_PILOTS_HELP = "Pilots in het register die aan de filters voldoen."
PILOTS_METRIC_DEMO = " Waarvan {n} fictief (demodata)."
PILOTS_METRIC_SUBSIDY = "Subsidie"
PILOTS_METRIC_SUBSIDY_HELP = (
    "Som van de bekende subsidiebedragen: bekend voor {known} van de {total} pilots. "
    "Een onbekend bedrag telt niet als € 0."
)
PILOTS_METRIC_SUBSIDY_UNKNOWN = "+ {pilots} met onbekend bedrag"
PILOTS_METRIC_REACHED = "Gemeenten bereikt"
PILOTS_METRIC_REACHED_HELP = (
    "Gemeenten waar een pilot begon, is overgenomen of aan meedoet (van de 76)."
)
PILOTS_METRIC_ADOPTIONS = "Overnames"
PILOTS_METRIC_ADOPTIONS_HELP = (
    "Keren dat een gemeente een pilot van elders overnam; van {unknown} is het jaar onbekend."
)
PILOTS_SUBSIDY_PARTLY = "(+ {n} onbekend)"
PILOTS_MAP_HEADING = "Waar lopen de pilots?"
PILOTS_LAYER = "Kleur de gemeenten naar"
PILOTS_LAYERS = {"pilots": "Aantal pilots", "subsidie": "Subsidie van pilots die er begonnen"}
PILOTS_WHOLE_REGION = "hele regio (regionale pilot)"  # origin column of a pilot of the whole region
PILOTS_UNKNOWN_LAYER = (
    "Onbekende kaartlaag '{value}' in het webadres; het aantal pilots wordt getoond."
)
PILOTS_MAP_CAPTION = (
    "Een gemeente telt een pilot mee als die er begon, is overgenomen of eraan meedoet. "
    "De subsidie telt bij de gemeente waar de pilot begon. Oranje cirkels: waar pilots begonnen "
    "(groter is meer). Wijs een gemeente of cirkel aan voor de details."
)
PILOTS_LEGEND_COUNT = "Aantal pilots"
PILOTS_LEGEND_SUBSIDY = "Subsidie (pilots die er begonnen)"
PILOTS_LEGEND_NONE = "geen pilot"
PILOTS_LEGEND_NO_ORIGIN = "geen pilot begonnen"
PILOTS_LEGEND_UNKNOWN = "bedrag onbekend"
PILOTS_LEGEND_MARKER = "cirkel: hier begonnen pilots (groter is meer)"
PILOTS_CLASS_UP_TO = "t/m {high}"
PILOTS_TOOLTIP_PILOTS = "Pilots"
PILOTS_TOOLTIP_COUNTS = "{n} (begonnen: {origin}, overgenomen: {adopted})"
PILOTS_TOOLTIP_SUBSIDY = "Subsidie (begonnen hier)"
PILOTS_TOOLTIP_NO_ORIGIN = "geen pilot begonnen"
PILOTS_MARKER_HEADING = "{place}: herkomst van {pilots}"
PILOTS_MARKER_MORE = "en {n} meer"
PILOTS_MUNICIPALITY_COLUMNS = {
    "name": "Gemeente (district)",
    "n_pilots": "Pilots",
    "n_origin": "Begonnen",
    "n_adopted": "Overgenomen",
    "subsidy": "Subsidie",
    "subsidy_unknown": "Bedrag onbekend",  # pilots begun here without a known subsidy
}
PILOTS_DIFFUSION_HEADING = "Hoe verspreiden pilots zich?"
PILOTS_YEAR = "Overnames tot en met het jaar"
PILOTS_DIFFUSION_CAPTION = (
    "Tot en met {year}: {adoptions} van {pilots}. Een pijl loopt van de gemeente "
    "waar de pilot begon (ster) naar de gemeente die hem overnam (cirkel, kleur is de categorie); "
    "dikke pijlen: {new} in {year}. Schuif het jaar om de verspreiding te volgen."
)
PILOTS_DIFFUSION_NONE = "Geen overnames met een bekend jaar bij deze filters."
PILOTS_DIFFUSION_ORIGIN = "Herkomst (ster)"
PILOTS_DIFFUSION_HEAVY = "Dikke pijlen: overgenomen in {year}; dunne: in de jaren ervoor."
PILOTS_DIFFUSION_ALT = (
    "Verspreiding van pilots tot en met {year}: {adoptions} vanuit {origins}, "
    "getekend als pijlen tussen de gemeenten."
)
PILOTS_UNDATED_HEADING = "Overnames met onbekend jaar"
PILOTS_UNDATED_COLUMNS = {"adopter": "Naar", "origin": "Van", "pilot": "Pilot"}
PILOTS_HOVER_EDGE = "neemt {pilot} over van {origin}, sinds {date}"
PILOTS_HOVER_ORIGIN = "herkomst van {pilots} met overname:"
PILOTS_TIMELINE_HEADING = "Tijdlijn"
PILOTS_TIMELINE_CAPTION = (
    "Elke balk is een pilot van start tot einde; kleur en woord geven de status. Een gearceerde "
    "balk heeft geen bekend einde en loopt door tot de rand. Een ruit is het moment waarop andere "
    "gemeenten de pilot overnamen. Een pilot zonder bekende start heeft geen balk."
)
PILOTS_TIMELINE_LEGEND = "Status"
PILOTS_TIMELINE_OPEN = " (einde onbekend)"
PILOTS_TIMELINE_NO_START = " · start onbekend"
PILOTS_TIMELINE_ADOPTION = "Overname door andere gemeenten"
PILOTS_TIMELINE_ALT = (
    "Tijdlijn van {pilots} van start tot einde; {undated} zonder bekende startdatum."
)
PILOTS_TIMELINE_ALT_FIRST = " Eerste start: {pilot}, {month}."
PILOTS_TIMELINE_DATA = "De tijdlijn als tabel"
PILOTS_DIFFUSION_DATA = "De getekende overnames als tabel"
PILOTS_TIMELINE_COLUMNS = {
    "pilot": "Pilot",
    "status": "Status",
    "start": "Start",
    "end": "Einde",
    "adopted": "Overgenomen door",
}
PILOTS_DIFFUSION_COLUMNS = {
    "origin": "Van",
    "adopter": "Naar",
    "pilot": "Pilot",
    "since": "Sinds",
}
PILOTS_HOVER_PERIOD = "Periode"
PILOTS_HOVER_STATUS = "Status"
PILOTS_HOVER_ADOPTED = "Overgenomen door {n} gemeente(n) in {date}:"
PILOTS_START_UNKNOWN = "start onbekend"
PILOTS_END_OPEN = "loopt nog of einde onbekend"
PILOTS_END_UNKNOWN = "einde onbekend"
PILOTS_RESULTS_HEADING = "Resultaten per indicator"
PILOTS_INDICATOR = "Indicator"
PILOTS_INDICATOR_OPTION = "{indicator} — {pilots}, {kind}"
PILOTS_INDICATOR_NUMBER = "in cijfers"
PILOTS_INDICATOR_TEXT = "in woorden"
PILOTS_UNKNOWN_INDICATOR = (
    "Onbekende indicator '{value}' in het webadres; de eerste indicator wordt getoond."
)
PILOTS_RESULTS_ALT = (
    "Staafdiagram van {indicator}: {pilots} met een getal; hoogste: {top}, {value}; "
    "laagste: {bottom}, {lowest}. Dezelfde waarden staan in de tabel onder de grafiek."
)
PILOTS_RESULTS_ALT_ONE = (
    "Staafdiagram van {indicator}: 1 pilot met een getal: {top}, {value}. Dezelfde waarde "
    "staat in de tabel onder de grafiek."
)
PILOTS_RESULTS_MIXED_UNITS = "Waarde (eenheid staat bij elke balk)"
PILOTS_HOVER_MEASURED = "Peildatum"
PILOTS_RESULTS_ALL = "Alle resultaten van de getoonde pilots"
# Fewer than two pilots with results: say what the comparison would show, and how to get there.
PILOTS_COMPARE_TOO_FEW = (
    "Vergelijken kan pas als twee of meer pilots resultaten hebben. Nu {which}. "
    "Met meer pilots staan hier per indicator hun resultaten naast elkaar: de getallen als "
    "staafdiagram en in een tabel (met eenheid, peildatum en bron), de resultaten in woorden "
    "onder elkaar."
)
PILOTS_COMPARE_ONE = "heeft alleen {pilot} resultaten in het register ({results})"
PILOTS_COMPARE_NONE = "heeft geen van de getoonde pilots resultaten in het register"
# Names in bold, not italics: the italic web font (0,14 MB) would load for this text alone.
PILOTS_COMPARE_HOW = (
    "Pilots toevoegen: download op **Gegevensbeheer** de huidige registers, zet elke pilot in "
    "het blad {pilots} (met zijn plaatsen in {sites} en zijn resultaten in {results}), met bron, "
    "en lees het bestand weer in als coördinator. Of zet **Demodata tonen** aan om de "
    "vergelijking met fictieve pilots te zien."
)
PILOTS_COMPARE_DEMO = (
    "Demodata: de vergelijking toont {pilots}, fictief en alleen als voorbeeld; geen echte "
    "resultaten."
)
PILOT_RESULT_WORDS = ("resultaat", "resultaten")
PILOTS_RESULT_COLUMNS = {
    "pilot": "Pilot",
    "indicator": "Indicator",
    "value": "Waarde",
    "unit": "Eenheid",
    "value_text": "Resultaat in woorden",
    "measured_on": "Peildatum",
    "source": "Bron",
}
PILOTS_MEASURED_ON = "peildatum {date}"
PILOTS_CARD_HEADING = "Pilotkaart"
PILOTS_SELECT = "Pilot"
PILOTS_SELECT_NONE = "Kies een pilot"
PILOTS_UNKNOWN_PILOT = "Onbekende pilot '{value}' in het webadres; kies een pilot."
PILOTS_CARD_HINT = "Kies een pilot voor alles wat erover bekend is, met de bronnen."
PILOTS_CARD_DEMO = "Demodata: een fictieve pilot, geen echte gegevens."
PILOTS_CARD_FIELDS = {
    "theme": "Thema",
    "category": "Categorie",
    "status": "Status",
    "lead": "Trekker",
    "origin": "Herkomst",
    "period": "Periode",
    "subsidy": "Subsidie",
    "funders": "Financiers",
    "partners": "Partners",
    "description": "Wat",
    "note": "Toelichting",
}
PILOTS_CARD_SITES = "Gemeenten"
PILOTS_CARD_NO_SITES = "Geen gemeenten vastgelegd."
PILOTS_CARD_RESULTS = "Resultaten"
PILOTS_CARD_NO_RESULTS = "Geen resultaten vastgelegd."
PILOTS_CARD_SOURCES = "Bronnen"
PILOTS_SITE_LINE = "{role} — {date} ({n}): {names}"
PILOTS_DATE_UNKNOWN = "datum onbekend"
PILOTS_ONE_MUNICIPALITY = "1 gemeente"
PILOTS_MUNICIPALITIES = "{n} gemeenten"
PILOTS_TABLE_HEADING = "Tabel en downloads"
PILOTS_DOWNLOAD_CSV = "Download pilots (CSV)"
PILOTS_DOWNLOAD_EXCEL = "Download pilots, gemeenten en resultaten (Excel)"
PILOTS_FILE_STEM = "pilots"
PILOTS_SHEETS = {"pilots": "Pilots", "sites": "Gemeenten", "results": "Resultaten"}
PILOTS_EXPORT_COLUMNS = {
    "name": "Pilot",
    "theme": "Thema",
    "category": "Categorie",
    "status": "Status",
    "origin": "Herkomst",
    "lead_organisation": "Trekker",
    "start_date": "Start",
    "end_date": "Einde",
    "subsidy_eur": "Subsidie (€)",
    "n_adopters": "Overgenomen door (gemeenten)",
    "n_participants": "Deelnemers (gemeenten)",
    "funders": "Financiers",
    "partners": "Partners",
    "source": "Bron",
    "pilot_id": "Code",
    "is_demo": "Demodata",
}
PILOTS_SITE_COLUMNS = {
    "pilot": "Pilot",
    "municipality": "Gemeente",
    "municipality_code": "CBS-code",
    "role": "Rol",
    "since": "Sinds",
    "note": "Toelichting",
    "source": "Bron",
    "is_demo": "Demodata",
}
PILOTS_EXPORT_RESULTS = {**PILOTS_RESULT_COLUMNS, "is_demo": "Demodata"}
