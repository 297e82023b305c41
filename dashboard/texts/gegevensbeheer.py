"""Texts of the page Gegevensbeheer."""

from __future__ import annotations

ADMIN_HEADING = "Gegevensbeheer"
ADMIN_INTRO = (
    "Hier houdt de coördinator de registers bij: overleggen, relaties, thema's, werkprogramma, "
    "pilots, begroting en bijdragen. Download het sjabloon of de huidige gegevens, werk ze bij "
    "in Excel en lees het bestand weer in. Eerst wordt alles gecontroleerd en ziet u wat er "
    "verandert; pas na uw bevestiging worden de gegevens vervangen. Elke vorige versie blijft "
    "bewaard en kan worden teruggezet."
)
ADMIN_DOWNLOADS = "Downloaden"
ADMIN_DOWNLOAD_TEMPLATE = "Leeg sjabloon (Excel)"
ADMIN_DOWNLOAD_CURRENT = "Huidige gegevens (Excel)"
ADMIN_DOWNLOAD_HELP = (
    "Eén blad per register, met keuzelijsten en een toelichting. Demodata zitten er nooit in."
)
ADMIN_TEMPLATE_FILE = "sjabloon-registers.xlsx"
ADMIN_CURRENT_FILE = "registers-{version}.xlsx"
ADMIN_ACCESS_READ_ONLY = (
    "**Alleen lezen.** Registers inlezen en versies terugzetten kan hier alleen een aangemelde "
    "coördinator, en aanmelden is voor dit dashboard nog niet ingesteld."
)
ADMIN_ENABLE_TITLE = "Zo zet de beheerder bewerken aan"
ADMIN_ENABLE_STEPS = (
    "1. Zet in `.streamlit/secrets.toml` een sectie `[auth]` met `redirect_uri` (het adres van "
    "het dashboard gevolgd door `/oauth2callback`), een lang willekeurig `cookie_secret` en de "
    "gegevens van de identiteitsprovider (OIDC): `client_id`, `client_secret` en "
    "`server_metadata_url`. Of laat, op een intranet, de proxy van de organisatie aanmelden: "
    "`VNON_TRUSTED_HEADER` en `VNON_TRUSTED_PROXIES` (zie de README).\n"
    "2. Installeer de pakketten (`make setup` of `pip install -e .`).\n"
    "3. Noem de coördinatoren met een vast kenmerk, in de omgevingsvariabele "
    "`VNON_COORDINATORS` (gescheiden door komma's) of in `secrets.toml` als "
    '`[vnon]` `coordinators = ["oid:…"]`: `sub:` (het kenmerk bij de provider), `oid:` '
    "(Microsoft Entra ID), `group:` of `role:` (een groep of app-rol), `user:` (de naam die de "
    "proxy meegeeft) of `email:`. Een e-mailadres telt alleen als de provider het bevestigt "
    "(`email_verified`).\n"
    "4. Start het dashboard opnieuw.\n\n"
    "Tot die tijd leest de beheerder bestanden in met `python -m etl validate BESTAND` en "
    "`python -m etl import BESTAND`."
)
ADMIN_MISSING = {
    "auth": "de sectie [auth] in secrets.toml ontbreekt of is onvolledig",
    "authlib": "het pakket Authlib is niet geïnstalleerd",
    "coordinators": "er zijn geen coördinatoren ingesteld (VNON_COORDINATORS)",
}
ADMIN_MISSING_NOW = "Nu ontbreekt: {missing}."
# Settings that are wrong: each leaves signing in through the proxy off.
ADMIN_PROBLEMS = {
    "proxies_without_header": (
        "VNON_TRUSTED_PROXIES is ingesteld, maar VNON_TRUSTED_HEADER niet: aanmelden via de "
        "proxy staat uit."
    ),
    "header_name": (
        "VNON_TRUSTED_HEADER is geen bruikbare naam van een kopregel ({detail}): aanmelden via "
        "de proxy staat uit."
    ),
    "no_proxies": (
        "VNON_TRUSTED_HEADER ({detail}) is ingesteld, maar VNON_TRUSTED_PROXIES noemt geen adres "
        "van de proxy: aanmelden via de proxy staat uit."
    ),
    "proxy_address": (
        "VNON_TRUSTED_PROXIES bevat iets dat geen adres is of een te ruim netwerk ({detail}): "
        "aanmelden via de proxy staat uit."
    ),
}
ADMIN_INVALID_ENTRIES = (
    "Genegeerd in de lijst van coördinatoren: {count} zonder bekend kenmerk. Begin elke "
    "vermelding met sub:, oid:, group:, role:, user: of email:."
)
ADMIN_INVALID_ONE, ADMIN_INVALID_MANY = "vermelding", "vermeldingen"
ADMIN_SIGN_IN_NEEDED = "Meld u aan als coördinator om registers in te lezen of terug te zetten."
ADMIN_SIGN_IN = "Aanmelden"
ADMIN_SIGN_IN_FAILED = (
    "Aanmelden lukt nu niet; de instellingen voor aanmelden zijn niet compleet. "
    "Neem contact op met de beheerder."
)
ADMIN_SIGN_IN_REFUSED = (
    "**Aanmelden is niet gelukt.** De identiteitsprovider gaf geen geldige aanmelding terug: "
    "geweigerd, afgebroken of niet te controleren. U bent niet aangemeld. Probeer het opnieuw "
    "of neem contact op met de beheerder."
)
ADMIN_NOT_COORDINATOR = (
    "U bent aangemeld als {user}, maar u staat niet in de lijst van coördinatoren. "
    "U kunt de gegevens bekijken en downloaden, niet wijzigen."
)
ADMIN_UNVERIFIED_EMAIL = (
    "U bent aangemeld als {user}, maar de identiteitsprovider bevestigt dit e-mailadres niet "
    "(email_verified), en daarom telt het niet voor de lijst van coördinatoren. U kunt de "
    "gegevens bekijken en downloaden, niet wijzigen."
)
ADMIN_YOUR_IDENTITY = "Wilt u coördinator worden? Geef de beheerder uw vaste kenmerk: {identities}"
ADMIN_SIGNED_IN = "Aangemeld als coördinator: {user}."
ADMIN_SIGN_OUT = "Afmelden"
ADMIN_PROXY_SIGNED_IN = "Aangemeld via het netwerk van uw organisatie als coördinator: {user}."
ADMIN_PROXY_NOT_COORDINATOR = (
    "U bent via het netwerk van uw organisatie aangemeld als {user}, maar die naam staat niet in "
    "de lijst van coördinatoren. U kunt de gegevens bekijken en downloaden, niet wijzigen."
)
ADMIN_REFUSED = "**Aanmelden geweigerd.** "
# Why the user name of the trusted header was not believed (dashboard/registers/trusted.py).
ADMIN_REFUSALS = {
    "peer": (
        "De gebruikersnaam kwam niet van de proxy van uw organisatie. Open het dashboard via "
        "het gewone adres op het intranet."
    ),
    "not_from_proxy": (
        "Dit dashboard neemt de aanmelding over van de proxy van uw organisatie, en deze "
        "verbinding komt daar niet vandaan. Open het dashboard via het gewone adres op het "
        "intranet."
    ),
    "missing": (
        "De proxy van uw organisatie gaf geen gebruikersnaam mee. Neem contact op met de beheerder."
    ),
    "multiple": "De proxy gaf meer dan één gebruikersnaam mee.",
    "empty": "De proxy gaf een lege gebruikersnaam mee.",
    "long": "De proxy gaf een gebruikersnaam van meer dan 256 tekens mee.",
    "control": "De gebruikersnaam bevat tekens die niet in een naam horen.",
}
ADMIN_UPLOAD_HEADING = "Registers inlezen"
ADMIN_UPLOAD = "Kies een Excel-werkmap (.xlsx) of een CSV-bestand"
ADMIN_UPLOAD_HELP = (
    "Een werkmap met één blad per register (zoals het sjabloon), of een CSV met één register "
    "(herkend aan de kolomkoppen of de bestandsnaam). CSV mag ';' of ',' als scheidingsteken "
    "hebben, een decimale komma, en UTF-8 of Windows-1252 (zoals Excel opslaat). "
    "Hoogstens {megabytes} MB."
)
ADMIN_CHECKING = "Het bestand wordt gecontroleerd…"
ADMIN_RECOGNISED = "Gelezen: {found}."
ADMIN_REJECTED = (
    "**Het bestand is afgekeurd: {count}.** Er is niets gewijzigd. Verbeter de cellen "
    "hieronder (rijnummers zoals Excel ze toont) en lees het bestand opnieuw in."
)
ADMIN_PROBLEM_COLUMNS = {
    "file": "Bestand",
    "sheet": "Blad",
    "rows": "Rij",
    "column": "Kolom",
    "value": "Waarde",
    "message": "Wat is er mis",
}
ADMIN_NO_CHANGES = (
    "Het bestand is in orde en gelijk aan de registers in gebruik: er verandert niets."
)
ADMIN_CHECKED = "**Het bestand is in orde.** Dit verandert er (vergeleken met {base}):"
ADMIN_SEED = "de startgegevens"
ADMIN_DIFF_COLUMNS = {
    "label": "Register",
    "added": "Toegevoegd",
    "changed": "Gewijzigd",
    "removed": "Verwijderd",
}
ADMIN_DIFF_DETAILS = "{label}: {added} toegevoegd, {changed} gewijzigd, {removed} verwijderd"
ADMIN_UNCHANGED = "Ongewijzigd: {labels}."
ADMIN_DIFF_ADDED = "Toegevoegd"
ADMIN_DIFF_CHANGED = "Gewijzigd"
ADMIN_DIFF_REMOVED = "Verwijderd"
ADMIN_CHANGE_COLUMNS = {"key": "Regel", "column": "Kolom", "old": "Was", "new": "Wordt"}
ADMIN_CONFIRM = "Ik heb de wijzigingen bekeken en wil ze doorvoeren"
ADMIN_APPLY = "Wijzigingen toepassen"
ADMIN_APPLYING = "Bezig met toepassen…"
ADMIN_STEPS = {
    "controle": "De versie wordt gecontroleerd…",
    "versie": "Nieuwe versie van de registers wordt geschreven…",
    "marts": "De gegevens van het dashboard worden opnieuw opgebouwd…",
}
ADMIN_APPLIED = "Klaar: versie {version} is in gebruik. Het dashboard toont de nieuwe gegevens."
ADMIN_APPLIED_NO_BUILD = (
    "Versie {version} is in gebruik, maar het dashboard kon niet opnieuw worden opgebouwd: "
    "{error} Het wordt bij de volgende start opnieuw geprobeerd."
)
ADMIN_DONE = "Klaar."
ADMIN_HISTORY_HEADING = "Geschiedenis"
ADMIN_HISTORY_CAPTION = (
    "Elke versie van de registers, de nieuwste bovenaan. Het controlegetal (SHA-256) laat zien "
    "of twee versies gelijk zijn en of een bewaarde versie onaangetast is."
)
ADMIN_HISTORY_COLUMNS = {
    "name": "Versie",
    "current": "In gebruik",
    "created_at": "Tijdstip",
    "action": "Handeling",
    "source": "Bron",
    "user": "Door",
    "changes": "Wijzigingen",
    "rows": "Regels",
    "checksum": "Controlegetal",
}
ADMIN_CURRENT_MARK = "✓ in gebruik"
ADMIN_HISTORY_CHANGES = "{added} toegevoegd, {changed} gewijzigd, {removed} verwijderd"
ADMIN_SEED_NAME = "start"
ADMIN_ROLLBACK_HEADING = "Een eerdere versie terugzetten"
ADMIN_ROLLBACK_SELECT = "Versie"
ADMIN_ROLLBACK_PREVIEW = "Terugzetten naar {version} verandert dit:"
ADMIN_ROLLBACK_CONFIRM = "Ik wil versie {version} terugzetten"
ADMIN_ROLLBACK = "Terugzetten"
ADMIN_ROLLBACK_NONE = "Er is nog geen eerdere versie om terug te zetten."
ADMIN_ROLLED_BACK = "Klaar: versie {restored} is teruggezet als versie {version}."
ADMIN_RECOVERED = "Bij het openen is een onderbroken bewerking opgeruimd: {note}"
ADMIN_REBUILT = (
    "De gegevens van het dashboard liepen achter op de registers en zijn opnieuw opgebouwd."
)
