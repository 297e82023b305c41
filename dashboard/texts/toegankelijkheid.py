"""Texts of the page Toegankelijkheid: the accessibility statement, in the order of the Dutch
government's model statement (toegankelijkheidsverklaring.nl)."""

from __future__ import annotations

import datetime as dt

HEADING = "Toegankelijkheidsverklaring"
ORGANISATION = "Veiligheidsnetwerk Oost-Nederland"
APP_NAME = "dashboard Veiligheidslandschap Oost-Nederland"
# The day this statement was drawn up and the day it was last checked against the app. Change
# REVIEWED (and the shortcomings below) whenever the app or the tests change what they say.
DRAWN_UP = dt.date(2026, 12, 6)
REVIEWED = dt.date(2026, 12, 6)
INTRO = (
    "Het {organisation} wil dat iedereen het {app} kan gebruiken, ook mensen met een beperking. "
    "Deze verklaring zegt hoe toegankelijk het dashboard is, wat nog niet goed werkt en hoe u "
    "dat aan ons kunt melden."
)

STATUS_HEADING = "Status"
# The status, as the Besluit digitale toegankelijkheid overheid names it (A to E).
STATUS_CODE = "B"
STATUS = "voldoet gedeeltelijk"
STATUS_TEXT = (
    "**Dit dashboard voldoet gedeeltelijk** aan de eisen: status {code} uit het Besluit digitale "
    "toegankelijkheid overheid. Een deel van de eisen is aantoonbaar gehaald; wat nog niet "
    "voldoet, staat hieronder bij *Wat nog niet toegankelijk is*. Zolang er geen onafhankelijk "
    "onderzoek is gedaan, is dit een eigen beoordeling."
)
STATUSES_LABEL = "Wat betekenen de statussen A tot en met E?"
STATUSES = (
    ("A", "voldoet volledig", "alle eisen zijn aantoonbaar gehaald"),
    ("B", "voldoet gedeeltelijk", "een deel van de eisen is aantoonbaar gehaald"),
    ("C", "eerste maatregelen genomen", "er is een begin gemaakt met toegankelijk maken"),
    ("D", "geen maatregelen genomen", "er is nog niets gedaan aan toegankelijkheid"),
    ("E", "voldoet niet", "de website of app voldoet niet aan de eisen"),
)
STATUS_LINE = "- **{code} — {name}:** {meaning}"

ABOUT_HEADING = "Over deze verklaring"
ABOUT_LINES = (
    "**Organisatie:** {organisation}",
    "**Website:** het {app}",
    "**Norm:** WCAG 2.1, niveau A en AA, zoals de Europese norm EN 301 549 die voorschrijft",
    "**Opgesteld op:** {drawn_up}",
    "**Laatst herzien op:** {reviewed}",
)

METHOD_HEADING = "Hoe is dit onderzocht?"
METHOD_INTRO = (
    "Er is nog geen onafhankelijk onderzoek (audit) gedaan. Deze verklaring steunt op een eigen "
    "beoordeling met automatische tests en handmatige controles:"
)
METHODS = (
    "axe-core 4.14 controleert in de browsertests (headless Chromium) elke pagina op de regels "
    "van WCAG 2.1 niveau A en AA;",
    "een toetsenbordtest loopt de pagina's met alleen de Tab-toets en Enter door;",
    "een kleurentest simuleert kleurenblindheid en meet of de kleuren van kaarten en grafieken "
    "van elkaar te onderscheiden blijven;",
    "een test leest op elke pagina de koppen in volgorde: één hoofdkop, geen overgeslagen niveau;",
    "handmatig is gekeken naar de teksten bij kaarten en grafieken en naar de Nederlandse taal.",
)
METHOD_NOTE = (
    "Automatische tests vinden maar een deel van de problemen; wat een tester met een "
    "schermlezer zou vinden, staat hieronder zo eerlijk mogelijk."
)

MEETS_HEADING = "Wat al geregeld is"
MEETS = (
    "Elke pagina heeft één hoofdkop, en de koppen daaronder slaan geen niveau over.",
    "Naast elke kaart staat een tabel met dezelfde cijfers. Bij elke grafiek staat een korte "
    "beschrijving, en de waarden staan in een tabel ernaast of eronder.",
    "Een plaats kiest u ook zonder kaart: met de keuzelijsten in de zijbalk of de kruimelbalk "
    "bovenaan elke pagina.",
    "De kleuren zijn gekozen voor mensen met kleurenblindheid, en kleur is nooit de enige "
    "drager van informatie: legenda's en woorden zeggen hetzelfde.",
    "De teksten van het dashboard zijn Nederlands, ook de meldingen bij fouten.",
)

SHORTCOMINGS_HEADING = "Wat nog niet toegankelijk is"
SHORTCOMINGS_INTRO = "Deze onderdelen voldoen nog niet, of zijn nog niet goed genoeg getest:"
# (what does not yet meet, the WCAG success criteria, what a user can do instead)
SHORTCOMINGS = (
    (
        "Een deel van de knoppen en meldingen van Streamlit, het raamwerk onder het dashboard "
        "(zoals het menu, de knoppen in de zijbalk en het uploadveld), is in de bron Engels. "
        "Een script vertaalt ze na het laden naar het Nederlands; wie de pagina leest voordat "
        "dat script klaar is, of zonder JavaScript, kan Engelse woorden tegenkomen.",
        "3.1.2 Taal van onderdelen",
        "Laad de pagina opnieuw als u Engelse woorden ziet of hoort.",
    ),
    (
        "Op de kaarten bereikt u elke gemeente met de Tab-toets, met haar naam en cijfers, en "
        "kiest u haar met Enter of de spatiebalk. Een district kiest u op de kaart alleen met "
        "de muis (door op de districtsgrens te klikken). De achtergrond van de kaart is een "
        "tegelkaart van PDOK (Kadaster) zonder eigen tekstalternatief; ze bevat geen gegevens "
        "van het dashboard.",
        "2.1.1 Toetsenbord; 1.1.1 Niet-tekstuele content",
        "Kies het district in de zijbalk. De kaart is ook beschikbaar als tabel: naast elke "
        "kaart staan dezelfde cijfers.",
    ),
    (
        "Details in de grafieken verschijnen pas als u met de muis over een balk, punt of pijl "
        "gaat; met het toetsenbord zijn die details niet te bereiken.",
        "2.1.1 Toetsenbord",
        "Lees de tabel bij de grafiek. Op *Overleggen* kiest u een overleg in de zijbalk; het "
        "netwerk is een afbeelding met een tekstalternatief en de relaties staan ook in een tabel.",
    ),
    (
        "De interactieve tabellen tekenen hun cellen op een canvas. Een schermlezer leest ze "
        "als een raster; hoe goed dat gaat, verschilt per schermlezer en browser.",
        "1.3.1 Info en relaties; 4.1.2 Naam, rol, waarde",
        "Download de tabel als CSV of Excel, of gebruik *Profiel*: daar staan de tabellen als "
        "gewone tabellen.",
    ),
    (
        "De factsheets (pdf) zijn getagd, met Nederlands als taal, tabellen met kopcellen en "
        "lijsten. De tussenkoppen zijn in de pdf nog geen koppen, de kaart heeft als "
        "tekstalternatief alleen de naam van de plaats, en de pdf is niet getoetst aan PDF/UA.",
        "1.3.1 Info en relaties; 1.1.1 Niet-tekstuele content",
        "Dezelfde gegevens staan op de pagina *Profiel*.",
    ),
    (
        "Registers inlezen op *Gegevensbeheer* (alleen voor de coördinator) is nog niet met "
        "alleen het toetsenbord en een schermlezer getest, van aanmelden tot bevestigen. De "
        "aanmeldpagina hoort bij de identiteitsprovider, niet bij het dashboard.",
        "2.1.1 Toetsenbord; 4.1.2 Naam, rol, waarde",
        "De ETL-opdrachten (`python -m etl validate` en `import`) doen hetzelfde op de "
        "opdrachtregel.",
    ),
    (
        "Bij 400% vergroting moet u brede tabellen en grafieken opzij schuiven.",
        "1.4.10 Reflow",
        "Download de tabel als CSV of Excel.",
    ),
    (
        "De downloads in CSV en Excel zijn niet op toegankelijkheid getoetst.",
        "",
        "",
    ),
)
SHORTCOMING_CRITERIA = "WCAG-succescriterium: {criteria}."
SHORTCOMING_INSTEAD = "Wat u nu kunt doen: {instead}"
PLAN = (
    "Deze punten worden aangepakt; een planning volgt na het onafhankelijke onderzoek. Bij "
    "elke herziening past deze verklaring zich aan."
)

CONTACT_HEADING = "Iets gevonden dat niet werkt?"
# Read from the environment, so no address is ever invented here; empty: the fallback below.
CONTACT_ENV = "VNON_ACCESSIBILITY_CONTACT"
CONTACT_FALLBACK = "het secretariaat van het netwerk"
CONTACT_TEXT = (
    "Loopt u tegen iets aan dat niet toegankelijk is, of wilt u informatie in een andere vorm? "
    "Meld het bij de coördinator van het {organisation}, via {contact}. Zeg op welke pagina "
    "het was en wat u probeerde te doen."
)
COMPLAINT_HEADING = "Niet tevreden over de afhandeling?"
COMPLAINT_TEXT = (
    "Bent u niet tevreden over hoe uw melding is afgehandeld, of krijgt u geen antwoord? Dan "
    "kunt u zich wenden tot de ombudsman van uw gemeente, of tot de Nationale ombudsman als uw "
    "gemeente geen eigen ombudsman heeft."
)
