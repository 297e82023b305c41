"""Texts of the factsheet PDF and of its command line (`python -m dashboard.factsheet`)."""

from __future__ import annotations

KIND = "Factsheet BBG"
LEVELS = {"regio": "Regio", "district": "District", "gemeente": "Gemeente"}
TRAIL_SEPARATOR = " › "
KEY_INHABITANTS = "Inwoners"
KEY_MUNICIPALITIES = "Gemeenten"
KEY_DISTRICT = "District"
INHABITANTS_ON = "op {date}"
MUNICIPALITIES_HEADING = "Gemeenten in {name}"
FUNDING_HEADING = "Wat {name} betaalt"
FUNDING_COLUMNS = ("Jaar", "Gevraagd", "Toegezegd", "Betaald", "Begroting netwerk", "Aandeel")
FUNDING_NONE = "Voor deze plaats zijn geen bijdragen geregistreerd."
FUNDING_NOTE = (
    "Gevraagd: € 0,07 per inwoner per jaar. Aandeel: het gevraagde bedrag als deel van de "
    "begroting van het netwerk in dat jaar."
)
# The what-if, only when one was chosen on Financiering: marked, never read as the register.
WHAT_IF_MARKER = "REKENVOORBEELD — GEEN REGISTERCIJFERS"
WHAT_IF_HEADING = "Wat als? {place}, {year}"
WHAT_IF_NOTE = (
    "Gekozen op de pagina Financiering: {rate} per inwoner en {growth} inwoners ten opzichte "
    "van de peildatum, voor {place} in {year}. Dit is een berekening, geen afspraak: de "
    "registercijfers staan in de kolom 'Register {year}' en in de tabel hierboven; het "
    "register zelf verandert niet."
)
WHAT_IF_FILE_SUFFIX = "-rekenvoorbeeld"
PILOTS_HEADING = "Pilots die hier lopen"
PILOTS_COLUMNS = ("Pilot", "Status", "Rol", "Waar", "Resultaten")
PILOTS_NONE = "Het register kent geen pilots in deze plaats."
BODIES_HEADING = "Overleggen die voor {name} besluiten"
BODIES_COLUMNS = ("Overleg", "Soort", "Mandaat", "Vertegenwoordiging")
BODIES_NONE = "Het register kent geen overleggen voor deze plaats."
ACTIVITIES_HEADING = "Werkprogramma 2019–2022"
ACTIVITIES_COLUMNS = ("Activiteit", "Thema", "Periode", "Status")
ACTIVITIES_NONE = "Het werkprogramma kent geen activiteiten."
MORE_ROWS = "… en nog {count}: zie het profiel in het dashboard."
TOO_LONG = "De factsheet past niet op {pages} pagina's, ook niet ingekort."
REGIONAL = "regionaal"
REGIONAL_NOTE = "regionaal: geldt voor de hele regio of het hele district, niet alleen hier."
NOTES_HEADING = "Wat de registers niet weten"
UNKNOWN = "onbekend"
MAP_SOURCE = "Kaart"
FOOTER_SOURCES = "Bronnen"
FOOTER_SOURCE = "{what}: {source} (peildatum {reference_date})"
FOOTER_SOURCE_UNDATED = "{what}: {source}"
FOOTER_BUILT = "Gegevens gebouwd op {built_at}; factsheet gemaakt op {made_at}."
FOOTER_REAL_ONLY = "Alleen echte gegevens uit de registers, nooit demodata."
FOOTER_PAGE = "pagina {page} van {pages}"
# For the profile page's download button when demo data are switched on.
REAL_DATA_ONLY = (
    "De factsheet bevat alleen echte gegevens: demodata staan aan in het dashboard, maar komen "
    "nooit in de factsheet."
)
DOWNLOAD_LABEL = "Factsheet (pdf) downloaden"

# The command line
CLI_PROG = "python -m dashboard.factsheet"
CLI_USAGE = (
    "python -m dashboard.factsheet (--district CODE | --gemeente CODE | --regio) --out BESTAND\n"
    "       [--wat-als JAAR [--tarief EURO] [--groei PROCENT]]\n"
    "       python -m dashboard.factsheet --alle MAP"
)
CLI_DESCRIPTION = (
    "Maakt de factsheet (pdf, A4, ten hoogste twee pagina's) voor de BBG van een district, een "
    "gemeente of de hele regio, uit de echte gegevens van de gebouwde marts (VNON_DATA_DIR)."
)
CLI_HELP = "toon deze hulp en stop"
CLI_DISTRICT = "de CBS-code van een district, bijvoorbeeld VR05 (Twente)"
CLI_MUNICIPALITY = "de CBS-code van een gemeente, bijvoorbeeld GM0200 (Apeldoorn)"
CLI_REGION = "de hele regio Oost-Nederland"
CLI_ALL = "alle factsheets: de regio, de vijf districten en de 76 gemeenten, in deze map"
CLI_OUT = "het pdf-bestand dat wordt geschreven"
CLI_WHAT_IF = "neem een rekenvoorbeeld voor dit jaar op, apart gemarkeerd naast de registercijfers"
CLI_RATE = "bijdrage per inwoner in het rekenvoorbeeld, bijvoorbeeld 0,08 (standaard: het register)"
CLI_GROWTH = "groei van het aantal inwoners in procenten, bijvoorbeeld 1,5 of -2 (standaard: 0)"
CLI_RATE_WITHOUT_WHAT_IF = "--tarief en --groei horen bij --wat-als JAAR"
CLI_WHAT_IF_WITH_ALL = "--wat-als hoort bij één factsheet, niet bij --alle"
CLI_WHAT_IF_UNKNOWN_YEAR = "geen bijdragen voor jaar '{value}' in de registers; kies uit {choices}"
CLI_BAD_RATE = (
    "tarief '{value}' kan niet: geef een bedrag in euro van {low} tot en met {high}, in tienden "
    "van een cent (bijvoorbeeld 0,075)"
)
CLI_BAD_GROWTH = (
    "groei '{value}' kan niet: geef een percentage van {low} tot en met {high}, in tienden "
    "(bijvoorbeeld 1,5)"
)
CLI_OPTIONS = "opties"
CLI_ERROR = "fout: {message}"
CLI_ONE_CHOICE = "kies precies één van --district, --gemeente, --regio of --alle"
CLI_OUT_REQUIRED = "geef met --out aan waar de factsheet komt"
CLI_OUT_WITH_ALL = "--out hoort niet bij --alle: de bestandsnamen volgen uit de plaatsen"
CLI_UNKNOWN_DISTRICT = "onbekend district '{value}'; kies uit {choices}"
CLI_UNKNOWN_MUNICIPALITY = (
    "onbekende gemeente '{value}'; gebruik een CBS-code van een van de 76 gemeenten, "
    "zoals GM0200 (Apeldoorn)"
)
CLI_UNWRITABLE = "kan '{path}' niet schrijven: {reason}"
CLI_IS_FOLDER = "dat is een map"
# Why the system refused a write, by errno name; anything else is said by its number.
CLI_OS_REASONS = {
    "EACCES": "geen schrijfrechten",
    "EPERM": "geen schrijfrechten",
    "EROFS": "het bestandssysteem is alleen-lezen",
    "ENOSPC": "de schijf is vol",
    "ENOTDIR": "een deel van het pad is geen map",
    "ENAMETOOLONG": "de naam is te lang",
}
CLI_OS_OTHER = "systeemfout {number}"
CLI_NO_FOLDER = "de map bestaat niet"
CLI_NOT_A_FOLDER = "'{path}' is geen map"
CLI_UNRECOGNISED = "onbekende argumenten: {args}"
CLI_MISSING_VALUE = "optie {option} verwacht een waarde"
CLI_WRITTEN = "Factsheet geschreven: {path} ({seconds} s)"
CLI_WRITTEN_ALL = "{count} factsheets geschreven in {folder} ({seconds} s)"
