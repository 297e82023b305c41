"""Texts of `make serve` (`python -m dashboard.server serve`): its log lines, its refusals of
bad settings, and the error pages nginx shows while a replica is away or an upload is too big."""

from __future__ import annotations

PROG = "python -m dashboard.server"
DESCRIPTION = "Het dashboard als dienst: nginx voor een aantal Streamlit-processen."
SERVE_HELP = "nginx en de replica's starten, op de voorgrond tot Ctrl-C of SIGTERM"
REPLICA_HELP = "één Streamlit-proces met de instellingen van make serve (wat de container draait)"
HEALTH_HELP = "exitcode 0 als het Streamlit-proces van deze container antwoordt"
PROXY_HELP = "de nginx-configuratie voor de proxy van compose.yaml schrijven (VNON_UPSTREAMS)"

# Refused settings (exit code 2); {name} is the variable, {value} what was given.
BAD_PORT = "{name}={value!r} is geen poort: geef een geheel getal van 1 tot en met 65535."
BAD_REPLICAS = (
    "{name}={value!r} is geen bruikbaar aantal replica's: geef een geheel getal van 1 tot en "
    "met {most}."
)
BAD_ADDRESS = "{name}={value!r} is geen IP-adres om op te luisteren (bijvoorbeeld 0.0.0.0)."
BAD_HOST = (
    "{name}: {value!r} is geen hostnaam (letters, cijfers, punten en streepjes; '*.' vooraan "
    "voor alle subdomeinen)."
)
PORT_TAKEN = "Poort {port} op {address} is al in gebruik of niet beschikbaar: kies een andere PORT."
RUN_DIR_UNWRITABLE = (
    "In de werkmap {path} kan niet worden geschreven ({reason}): kies met VNON_RUN_DIR een "
    "map die de gebruiker mag beschrijven."
)
NGINX_MISSING = (
    "nginx ontbreekt ({path}): installeer het Debian-pakket 'nginx' (make nginx) of wijs het "
    "programma aan met NGINX."
)
BAD_UPSTREAM = (
    "{value!r} is geen replica voor nginx: geef een hostnaam of IP-adres met een poort, "
    "bijvoorbeeld replica-1:8501."
)
NO_UPSTREAMS = (
    "{name} is leeg: noem de replica's achter nginx, gescheiden door komma's, bijvoorbeeld "
    "replica-1:8501,replica-2:8501."
)
TEMPLATE_BROKEN = "Het sjabloon {path} voor nginx is niet te gebruiken: {reason}"
NGINX_REFUSED = "nginx weigert de configuratie {path}: {reason}"
SETTINGS_FILE_BROKEN = "De Streamlit-instellingen in {path} zijn niet te lezen: {reason}"

# Log lines on standard output.
LOG = "[serve] {level}: {message}"
INFO, ERROR = "info", "fout"
BUILDING = "De gegevensmap {path} heeft nog geen gebouwde gegevens: die worden nu gebouwd."
BUILD_FAILED = "Het bouwen van de gegevens is mislukt (exitcode {code}); er is niets gestart."
REPLICA_STARTED = "Replica {name} gestart (pid {pid}, 127.0.0.1:{port})."
REPLICA_READY = "Replica {name} is gereed."
NGINX_STARTED = "nginx gestart (pid {pid}), configuratie {path}."
READY = "Het dashboard is bereikbaar op http://{host}:{port}/ (nginx voor {replicas})."
REPLICA_ONE, REPLICA_MANY = "replica", "replica's"
NOT_READY = "{name} werd niet gereed binnen {seconds} s; alles wordt gestopt."
CHILD_DIED = "{name} is gestopt met exitcode {code}; alles wordt gestopt."
STOPPING = "Signaal {signal} ontvangen: nginx en de replica's worden gestopt."
STOPPED = "Alles is gestopt."
CONTAINER_STARTING = "Streamlit start op {address}:{port}."
PROXY_WRITTEN = "nginx-configuratie geschreven: {path}."
NGINX_NAME = "nginx"
REPLICA_NAME = "replica {name}"

# The pages nginx shows itself (no Streamlit behind them): title and explanation.
ERROR_PAGES = {
    "413": (
        "Bestand te groot",
        "Het bestand is groter dan het dashboard aanneemt. Kies een kleiner bestand.",
    ),
    "502": (
        "Het dashboard is even niet bereikbaar",
        "Het dashboard start opnieuw of is in onderhoud. Probeer het over een minuut opnieuw.",
    ),
}
