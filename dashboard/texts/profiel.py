"""Texts of the page Profiel and of the profile builders (shared with the factsheet)."""

from __future__ import annotations

PAGE_TITLE = "Profiel"
HEADING = "Profiel van {place}"
CHOOSE_DISTRICT = "District"
CHOOSE_MUNICIPALITY = "Gemeente"
CHOOSE_ALL_DISTRICTS = "Heel Oost-Nederland"
CHOOSE_WHOLE_DISTRICT = "Heel het district"
CHOOSE_ALL_MUNICIPALITIES = "Alle gemeenten"
ROLE_AND_PLACE = "{role}, {where}"
FUNDING_DEMO = "Demodata staan aan: de stand van de bijdragen (toegezegd, betaald) is hier fictief."
SUMMARY = "{inhabitants} inwoners ({date}) in {municipalities}."
SUMMARY_ONE = "{inhabitants} inwoners ({date})."
MUNICIPALITY = "gemeente"
MUNICIPALITIES = "gemeenten"

# Section headings
FUNDING_HEADING = "Bijdrage per jaar"
PILOTS_HEADING = "Pilots"
BODIES_HEADING = "Overleggen die besluiten"
ACTIVITIES_HEADING = "Werkprogramma"
SOURCES_HEADING = "Bronnen"
NOTES_HEADING = "Wat de registers niet weten"

# Table headers
FUNDING_COLUMNS = {
    "year": "Jaar",
    "asked": "Gevraagd",
    "committed": "Toegezegd",
    "paid": "Betaald",
    "budget": "Begroting",
    "share": "Aandeel",
}
PILOT_COLUMNS = {
    "name": "Pilot",
    "status": "Status",
    "role": "Rol en plaats",
    "results": "Resultaten",
}
RESULTS_EXPANDER = "Resultaten van de pilots"
BODY_COLUMNS = {
    "name": "Overleg",
    "scope": "Niveau",
    "representative": "Namens het district",
}
ACTIVITY_COLUMNS = {
    "title": "Activiteit",
    "period": "Periode",
    "status": "Status",
    "theme": "Thema",
}
SOURCE_COLUMNS = {"what": "Gegevens", "source": "Bron", "reference_date": "Peildatum"}

# Cell values
REGIONAL = "regionaal"
DISTRICT_LEVEL = "district"
DEMO_MARK = " (demo)"
WHOLE_AREA = "heel {area}"
SOME_MUNICIPALITIES = "{n} gemeenten"
CHAIR = "{who} (voorzitter)"
AND = " en "
NO_PILOTS = "Het pilotregister noemt geen pilots in {place}."
NO_BODIES = "Het register noemt geen overleggen voor {place}."
NO_FUNDING = "Het register noemt geen bijdragen voor {place}."

# Sources of the figure groups
SOURCE_INHABITANTS = "Inwoners"
SOURCE_CONTRIBUTIONS = "Bijdragen"
SOURCE_STATUSES = "Stand van de bijdragen"
SOURCE_BUDGET = "Begroting"
SOURCE_PILOTS = "Pilots"
SOURCE_BODIES = "Overleggen"
SOURCE_WORKPLAN = "Werkprogramma"
SOURCE_MAP = "Kaart"
SOURCE_DATE_POPULATION = "inwoners op {dates}"
MORE_SOURCES = "en {n} andere bronnen"
CAPTION = "Bron: {source}."
CAPTION_DATE = "Bron: {source}. Peildatum: {date}."
BUILT_AT = "Gegevens gebouwd op {moment}."

# Notes: what the registers do not say
NOTE_NO_REPRESENTATIVE = "Het register zegt niet wie {district} vertegenwoordigt in {bodies}."
NOTE_NO_COMMITMENTS = (
    "Het register legt voor {place} geen toezeggingen of betalingen vast; de bedragen "
    "toegezegd en betaald zijn daarom {zero}."
)
OTHER_MUNICIPALITIES = "Rest van {district}"
MAP_LEGEND = "Gekozen gemeente"
MAP_LEGEND_DISTRICT = "Gekozen district"
