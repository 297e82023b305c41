"""Command line of the ETL: `python -m etl VERB` (DESIGN §4)."""

from __future__ import annotations

import contextlib
import sys

from etl.build import build
from etl.core import disk, dutch, logs
from etl.core.commandline import DutchArgumentParser
from etl.core.errors import InvalidInputError
from etl.core.settings import Settings
from etl.demo import DEFAULT_SEED, write_demo
from etl.registers import cli as register_cli

EXIT_ENVIRONMENT = 4  # the file system refused: a full disk, a read-only data root


def main(argv: list[str] | None = None) -> int:
    parser = DutchArgumentParser(
        prog="python -m etl", description="ETL van het Veiligheidslandschap Oost-Nederland."
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="OPDRACHT")
    verbs.add_parser("build", help="referentiegegevens en registers omzetten naar marts")
    demo = verbs.add_parser("demo", help="fictieve demoregisters schrijven naar demo/")
    demo.add_argument("--seed", type=int, default=DEFAULT_SEED, help="startgetal van het toeval")
    register_cli.add_verbs(verbs)  # template, export, validate, import, rollback, history
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8, printed anyway
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")
    logs.configure()  # to standard output with time and level (VNON_LOG_LEVEL)
    settings = Settings.from_env()
    try:
        register_cli.start_up(settings)  # recovery of a killed import, before anything reads
        if args.verb in register_cli.VERBS:
            return register_cli.run(args, settings)
        if args.verb == "build":
            return _build(settings)
        return _demo(settings, args.seed)
    except OSError as err:  # a full disk, a read-only data root: what to do, in Dutch
        print(disk.explained(err, settings.data.root), file=sys.stderr)
        return EXIT_ENVIRONMENT


def _demo(settings: Settings, seed: int) -> int:
    try:
        counts = write_demo(settings, seed)
    except InvalidInputError as err:
        print(err.report(), file=sys.stderr)
        return 1
    written = ", ".join(f"{name} {count}" for name, count in counts.items()) or "niets"
    print(f"Demoregisters geschreven naar {settings.data.demo}: {written}.")
    print("Voer `python -m etl build` uit om ze in de marts op te nemen (is_demo = waar).")
    return 0


def _build(settings: Settings) -> int:
    try:
        result = build(settings)
    except InvalidInputError as err:
        print(err.report(), file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"Let op: {note}", file=sys.stderr)
    counts = ", ".join(f"{name} {count}" for name, count in result.row_counts.items())
    seconds = dutch.number(result.seconds, 1)
    print(f"Marts geschreven naar {settings.data.processed} in {seconds} s: {counts}.")
    print(f"Grenzen: {result.boundary_source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
