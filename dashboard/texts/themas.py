"""Texts of the page Thema's en werkprogramma."""

from __future__ import annotations

THEMES_INTRO = (
    "De thema's van de Veiligheidsstrategie: welke burgemeester een thema in portefeuille heeft, "
    "welk expertteam eraan werkt, welke overleggen ermee bezig zijn en wat het werkprogramma "
    "ervoor plant. Kies in de zijbalk een thema; de keuze staat in het webadres, "
    "zodat u de pagina kunt delen."
)
THEMES_SELECT = "Thema"
THEMES_ALL = "Alle thema's"
THEMES_UNKNOWN = "Onbekend thema '{value}' in het webadres; alle thema's worden getoond."
THEMES_CARDS_HEADING = "Wie werkt aan welk thema?"
THEME_CARD_HOLDER = "Portefeuillehouder"
THEME_CARD_TEAM = "Expertteam"
THEME_CARD_ACTIVITIES = "Activiteiten in het werkprogramma"
THEME_CARD_BODIES = "Overleggen die aan dit thema werken"
THEME_CARD_SOURCE = "Bron"
THEME_NO_BODIES = "geen overleg genoemd"
THEME_EXPERT_TEAM_UNREGISTERED = "{team} (staat niet in het register van overleggen)"
WORKPLAN_HEADING = "Werkprogramma {period}"
WORKPLAN_HEADING_THEME = "Werkprogramma: {theme}"
WORKPLAN_CAPTION = (
    "Elke balk is een activiteit, van het eerste tot en met het laatste jaar; de kleur en het "
    "woord in de balk geven de status. Wijs een balk aan voor de volledige titel. "
    "Dezelfde gegevens staan in de tabel eronder."
)
WORKPLAN_NONE = "Voor dit thema staan geen activiteiten in het werkprogramma."
WORKPLAN_COLUMNS = {
    "title": "Activiteit",
    "period": "Periode",
    "status": "Status",
    "theme": "Thema",
    "source": "Bron",
}
WORKPLAN_NO_THEME = "algemeen (geen thema)"
CHART_YEAR = "Jaar"
CHART_STATUS = "Status"
CHART_THEME = "Thema"
CHART_PERIOD = "Periode"
CHART_ALT = (
    "Tijdlijn van het werkprogramma: {n} activiteiten tussen {first} en {last}. "
    "Dezelfde gegevens staan in de tabel onder de tijdlijn."
)
