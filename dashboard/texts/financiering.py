"""Texts of the page Financiering."""

from __future__ import annotations

from dashboard.texts.exports import DOWNLOAD_REAL_ONLY

FUNDING_HEADING = "Financiering van het Veiligheidsnetwerk"
FUNDING_INTRO = (
    "Van 2020 tot en met 2023 vraagt het Veiligheidsnetwerk iedere gemeente een bijdrage per "
    "inwoner per jaar; daarvoor betaalden de grootste gemeenten. Hier ziet u wat iedere gemeente "
    "en ieder district gevraagd wordt, wat is toegezegd en betaald, en of de begroting gedekt is. "
    "Kies het jaar en de kaartlaag in de zijbalk; de keuze staat in het webadres, zodat u de "
    "pagina kunt delen."
)
FUNDING_YEAR_SELECT = "Jaar"
FUNDING_UNKNOWN_YEAR = "Onbekend jaar '{value}' in het webadres; 2020 wordt getoond."
FUNDING_LAYERS = {
    "bijdrage": "Gevraagde bijdrage per gemeente",
    "bijdragestatus": "Stand van de bijdragen",
}
FUNDING_UNKNOWN_LAYER = (
    "Onbekende kaartlaag '{value}' in het webadres; de gevraagde bijdrage wordt getoond."
)
FUNDING_METRIC_EXPECTED = "Gevraagd voor {year}"
FUNDING_METRIC_EXPECTED_HELP = (
    "Som over alle gemeenten van inwoners × bijdrage per inwoner, per gemeente afgerond op "
    "hele centen."
)
FUNDING_METRIC_BUDGET = "Begroting {year}"
FUNDING_METRIC_BUDGET_HELP = "De begroting van het netwerk voor dit jaar, alle posten samen."
FUNDING_METRIC_DIFFERENCE_HELP = "Het verschil tussen de gevraagde bijdragen en de begroting."
FUNDING_METRIC_COMMITTED = "Toegezegd ({count})"
FUNDING_METRIC_COMMITTED_HELP = (
    "De gevraagde bijdrage van de gemeenten die hebben toegezegd, een factuur hebben gekregen "
    "of hebben betaald."
)
FUNDING_METRIC_PAID = "Betaald ({count})"
FUNDING_METRIC_PAID_HELP = "De betaalde bedragen volgens het register, ook deelbetalingen."
FUNDING_MUNICIPALITY = "gemeente"
FUNDING_MUNICIPALITIES = "gemeenten"
# The title of the difference metric, by outcome: a covered budget shows its (zero) difference.
FUNDING_DIFFERENCE_TITLES = {
    "tekort": "Tekort",
    "overschot": "Overschot",
    "gedekt": "Verschil",
}
FUNDING_SENTENCES = {
    "tekort": (
        "**Tekort van {difference}.** De gevraagde bijdragen voor {year} ({expected}) dekken "
        "de begroting ({budget}) niet helemaal: ze dekken {coverage} ervan."
    ),
    "overschot": (
        "**Overschot van {difference}.** De gevraagde bijdragen voor {year} ({expected}) zijn "
        "hoger dan de begroting ({budget}): {coverage} ervan."
    ),
    "gedekt": (
        "**De begroting is gedekt.** De gevraagde bijdragen voor {year} ({expected}) zijn gelijk "
        "aan de begroting ({budget})."
    ),
}
FUNDING_STATUS_SENTENCE = "Stand van de bijdragen voor {year} volgens het register: {counts}."
FUNDING_NETWORK = "Oost-Nederland"
FUNDING_COL_DISTRICT = "District"
FUNDING_COL_MUNICIPALITY = "Gemeente"
FUNDING_COL_MUNICIPALITIES = "Gemeenten"
FUNDING_COL_INHABITANTS = "Inwoners"
FUNDING_COL_ASKED = "Gevraagd"
FUNDING_COL_COMMITTED = "Toegezegd"
FUNDING_COL_PAID = "Betaald"
FUNDING_COL_PAID_ON = "Betaald op"
FUNDING_COL_STATUS = "Status"
FUNDING_COL_CATEGORY = "Post"
FUNDING_COL_BUDGET = "Begroting"
FUNDING_COL_SHARE = "Aandeel"
FUNDING_COL_COVERED = "Gedekt door bijdragen"
FUNDING_COL_DIFFERENCE = "Verschil"
FUNDING_COL_PARTNER = "Partner"
FUNDING_COL_FOR = "Voor"
FUNDING_COL_FTE = "fte"
FUNDING_FOR_NETWORK = "het netwerk"
FUNDING_FOR_EVERY_DISTRICT = "ieder district"
FUNDING_FTE_PER_DISTRICT = "{fte} per district"
FUNDING_MAP_CAPTION = (
    "Wijs een gemeente aan voor haar bijdrage en status. De legenda staat rechtsonder op de "
    "kaart; de tabellen ernaast en hieronder geven dezelfde cijfers."
)
FUNDING_LEGEND_AMOUNT = "Gevraagde bijdrage {year}"
FUNDING_LEGEND_STATUS = "Stand van de bijdrage {year}"
FUNDING_LEGEND_BELOW = "minder dan {bound}"
FUNDING_LEGEND_BETWEEN = "{low} tot {high}"
FUNDING_LEGEND_ABOVE = "{bound} of meer"
FUNDING_TOOLTIP_ASKED = "Gevraagd {year}"
FUNDING_TOOLTIP_STATUS = "Status {year}"
FUNDING_TOOLTIP_PAID = "Betaald"
FUNDING_DISTRICT_HEADING = "Per district, {year}"
FUNDING_STATUS_HEADING = "Per status, {year}"
FUNDING_STATUS_COUNTS_HEADING = "Stand per district, {year}: aantal gemeenten per status"
FUNDING_BUDGET_HEADING = "Begroting {year} per post"
FUNDING_BUDGET_CAPTION = (
    "De posten van de begroting (Q&A, vraag 3). 'Gedekt door bijdragen' verdeelt de gevraagde "
    "bijdragen naar rato over de posten: de Q&A zegt niet welke post een tekort opvangt."
)
FUNDING_BUDGET_ALT = "Staafdiagram van de begroting {year} per post: {parts}."
FUNDING_WHATIF_HEADING = "Wat als?"
FUNDING_WHATIF_CAPTION = (
    "Reken met een andere bijdrage per inwoner, of met groei of krimp van het aantal inwoners "
    "ten opzichte van de peildatum. Dit rekenvoorbeeld staat naast de cijfers van het register; "
    "het register zelf verandert niet."
)
FUNDING_WHATIF_PLACE = "Rekenvoorbeeld voor"
FUNDING_WHATIF_REGION = "De hele regio"
FUNDING_WHATIF_DISTRICT = "District {district}"
FUNDING_WHATIF_MUNICIPALITY = "{municipality} ({district})"
FUNDING_WHATIF_UNKNOWN_PLACE = (
    "Onbekende plaats '{value}' voor het rekenvoorbeeld in het webadres; de hele regio wordt "
    "getoond."
)
FUNDING_WHATIF_TABLE = "Rekenvoorbeeld voor {place}, {year}: naast de cijfers van het register"
FUNDING_WHATIF_FACTSHEET = "Factsheet van {place} met dit rekenvoorbeeld (pdf)"
FUNDING_WHATIF_FACTSHEET_HELP = (
    "De factsheet met de echte registercijfers, en apart en duidelijk gemarkeerd dit "
    "rekenvoorbeeld. Het register zelf verandert niet."
)
FUNDING_WHATIF_RATE = "Bijdrage per inwoner (rekenvoorbeeld)"
FUNDING_WHATIF_GROWTH = "Groei van het aantal inwoners (rekenvoorbeeld)"
FUNDING_WHATIF_ROW = "Onderdeel"  # the rows: rate, growth, inhabitants, amounts
FUNDING_WHATIF_ROWS = {
    "rate": "Bijdrage per inwoner",
    "growth": "Groei van het aantal inwoners",
    "inhabitants": "Inwoners",
    "expected": "Gevraagde bijdragen",
    "budget": "Begroting van het netwerk",
    "difference": "Verschil met de begroting",
    "share": "Aandeel in de begroting",
}
FUNDING_WHATIF_REGISTER = "Register {year}"
FUNDING_WHATIF_SCENARIO = "Rekenvoorbeeld"
FUNDING_WHATIF_DIFFERENCE = "Verschil met het register"
FUNDING_WHATIF_POINTS = "{n} procentpunt"
FUNDING_MUNICIPALITIES_HEADING = "Per gemeente, {year}"
FUNDING_DOWNLOAD_CSV = "Download tabel {year} (CSV)"
FUNDING_DOWNLOAD_EXCEL = "Download bijdrageoverzicht (Excel)"
FUNDING_DOWNLOAD_REAL_ONLY = DOWNLOAD_REAL_ONLY
FUNDING_FILE_STEM = "bijdrageoverzicht"
FUNDING_IN_KIND_HEADING = "Inzet in natura, {year}"
FUNDING_IN_KIND_SENTENCE = (
    "In {year}: {network} fte voor het netwerk zelf, en {districts} fte vrij in te zetten "
    "capaciteit in de districten."
)
FUNDING_FORMER_HEADING = "Financiering 2015–2019 (afgeleid)"
FUNDING_SOURCES = (
    "Bronnen. Bijdrage per inwoner: {rate}. Begroting: {budget}. Inwoners: {inhabitants} "
    "(peildatum {dates})."
)
FUNDING_CSV_COLUMNS = {
    "name": "Gemeente",
    "municipality_code": "CBS-code",
    "district": "District",
    "inhabitants": "Inwoners",
    "inhabitants_date": "Peildatum inwoners",
    "rate_eur": "Bijdrage per inwoner (€)",
    "expected_eur": "Gevraagde bijdrage (€)",
    "status": "Status",
    "paid_eur": "Betaald (€)",
    "paid_on": "Betaald op",
    "note": "Toelichting",
    "source": "Bron",
}
FUNDING_SHEET_OVERVIEW = "Bijdrageoverzicht"
FUNDING_SHEET_DISTRICTS = "Per district"
FUNDING_SHEET_NOTES = "Toelichting"
FUNDING_XLSX_LEADING = ("Gemeente", "CBS-code", "District", "Inwoners", "Peildatum inwoners")
FUNDING_XLSX_RATE = "Bijdrage per inwoner"
FUNDING_XLSX_RATE_YEAR = "Bijdrage per inwoner {year}"
FUNDING_XLSX_EXPECTED = "Gevraagd {year}"
FUNDING_XLSX_STATUS = "Status {year}"
FUNDING_XLSX_NOTE = "Toelichting"
FUNDING_XLSX_DISTRICT_TOTAL = "Totaal {district}"
FUNDING_XLSX_TOTAL = "Totaal Oost-Nederland"
FUNDING_XLSX_NOTES_SUBJECT = "Onderwerp"
FUNDING_XLSX_NOTES_VALUE = "Toelichting"
FUNDING_XLSX_NOTE_MADE = "Gemaakt op"
FUNDING_XLSX_NOTE_DEMO = "Gegevens"
FUNDING_XLSX_NOTE_DEMO_TEXT = "Alleen de echte registers; nooit demodata."
FUNDING_XLSX_NOTE_METHOD = "Berekening"
FUNDING_XLSX_NOTE_METHOD_TEXT = (
    "Gevraagde bijdrage = inwoners × bijdrage per inwoner, per gemeente afgerond op hele centen; "
    "de totalen zijn sommen van die bedragen."
)
FUNDING_XLSX_NOTE_YEAR = "Jaar {year}"
FUNDING_XLSX_NOTE_YEAR_TEXT = (
    "Bijdrage per inwoner {rate}, inwoners op {date}, begroting {budget}. Bron: {source}"
)
FUNDING_XLSX_NOTE_SOURCE = "Bron"
FUNDING_KAART_HEADING = "Bijdragen {year} per district"
FUNDING_KAART_CAPTION = (
    "Dezelfde cijfers als op de kaart. Meer over de begroting, het rekenvoorbeeld en de "
    "downloads staat op de pagina Financiering."
)
FUNDING_KAART_MUNICIPALITIES = "Bijdragen {year} per gemeente"
