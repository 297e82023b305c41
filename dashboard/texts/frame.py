"""Texts of the app frame: title, page names, navigation, demo switch, errors."""

from __future__ import annotations

APP_TITLE = "Veiligheidslandschap Oost-Nederland"
ALL_DISTRICTS = "Alle districten"
PAGE_OVERVIEW = "Overzicht"
PAGE_MAP = "Kaart"
TOTAL = "Totaal"
UNKNOWN = "onbekend"
NONE_RECORDED = "niet geregistreerd"
FILTER_PLACEHOLDER = "Alles"
DEMO_TOGGLE = "Demodata tonen"
DEMO_TOGGLE_HELP = (
    "Toont fictieve voorbeeldgegevens naast de echte registers, om de weergaven met meer "
    "gegevens te bekijken. Demodata zijn nooit echte besluiten, bedragen of resultaten."
)
DEMO_BANNER = (
    "**Demodata staan aan.** Deze pagina toont naast de echte registers ook fictieve "
    "voorbeeldgegevens (gemarkeerd als demo). Zet 'Demodata tonen' in de zijbalk uit voor "
    "alleen echte gegevens."
)
DATA_ERROR_TITLE = "De gegevens zijn niet beschikbaar."
UNEXPECTED_ERROR = (
    "Er ging iets mis bij het tonen van deze pagina. Probeer het opnieuw of neem contact op met "
    "de beheerder van het dashboard."
)
PAGE_THEMES = "Thema's en werkprogramma"
PAGE_GAPS = "Veiligheidsveld in beeld"
PAGE_BODIES = "Overleggen"
PAGE_PILOTS = "Pilots"
PAGE_FUNDING = "Financiering"
PAGE_DATA_ADMIN = "Gegevensbeheer"
PAGE_ACCESSIBILITY = "Toegankelijkheid"
PLACE_UNKNOWN_MUNICIPALITY = (
    "Onbekende gemeente '{value}' in het webadres; het district of de regio wordt getoond."
)
PLACE_UNKNOWN_DISTRICT = "Onbekend district '{value}' in het webadres; de hele regio wordt getoond."
PLACE_DISTRICT_CORRECTED = (
    "Het district '{value}' in het webadres hoort niet bij de gekozen gemeente; "
    "het district van de gemeente wordt getoond."
)
PLACE_HEADING = "Uw plaats"
PLACE_DISTRICT_SELECT = "District"
PLACE_MUNICIPALITY_SELECT = "Gemeente"
ALL_MUNICIPALITIES = "Alle gemeenten"
ALL_MUNICIPALITIES_OF = "Alle gemeenten van {district}"
PLACE_HELP = (
    "Uw keuze geldt voor alle pagina's en staat in het webadres, zodat u de weergave kunt delen."
)
BREADCRUMB_LABEL = "U bent hier"
BREADCRUMB_SEPARATOR = "›"
PLACE_REGION_ONLY = (
    "Deze pagina toont de hele regio; uw keuze ({place}) blijft bewaard voor de andere pagina's."
)
PLACE_DISTRICT_ONLY = (
    "Deze pagina kiest per district: u ziet {district}, het district van {municipality}."
)
PLACE_SEVERAL_DISTRICTS = "Meerdere districten gekozen in het filter van deze pagina."

# A table beside a map (`dashboard.display.html_table`): sorted by a select, on the server.
TABLE_SORT = "Sorteer de tabel op"
SORT_DESCENDING = "{column} (hoog naar laag)"
SORT_ALPHABETICAL = "{column} (A–Z)"
