"""`python -m dashboard.server serve`: the dashboard as a service (what `make serve` runs);
`replica`, `health` and `proxy`: what the container image runs (dashboard.server.container).

Exit codes: 0 after Ctrl-C or SIGTERM, 1 when a child stopped by itself or the data could not
be built, 2 for a setting that cannot be used (a Dutch message says which and why).
"""

from __future__ import annotations

import sys

from dashboard.server.container import healthy, render_proxy, run_replica
from dashboard.server.settings import ServeSettings, SettingsError, port_is_free, writable_run_dir
from dashboard.server.supervisor import Supervisor, build_when_empty, log, plan
from dashboard.texts import serve as texts
from etl.core.commandline import DutchArgumentParser
from etl.core.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = DutchArgumentParser(prog=texts.PROG, description=texts.DESCRIPTION)
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="OPDRACHT")
    verbs.add_parser("serve", help=texts.SERVE_HELP)
    verbs.add_parser("replica", help=texts.REPLICA_HELP)
    verbs.add_parser("health", help=texts.HEALTH_HELP)
    verbs.add_parser("proxy", help=texts.PROXY_HELP)
    verb = parser.parse_args(argv).verb
    if verb != "serve":
        return {"replica": run_replica, "health": healthy, "proxy": render_proxy}[verb]()
    try:
        settings = ServeSettings.from_env()
        writable_run_dir(settings.run_dir)
        port_is_free(settings.listen, settings.port)
        checked = plan(settings)
    except SettingsError as err:
        log(str(err), texts.ERROR)
        return 2
    if build_when_empty(Settings.from_env().data.processed) != 0:
        return 1
    return Supervisor(checked).run()


if __name__ == "__main__":
    sys.exit(main())
