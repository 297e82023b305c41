"""The register verbs of `python -m etl`: template, export, validate, import, rollback, history,
backup and restore.

Every verb works on the data root of `VNON_DATA_DIR`. Bad input gives a Dutch, row-precise
report on stderr and exit code 1; a busy lock or an unknown version exit code 3.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from etl.build import build
from etl.core import atomic, dutch
from etl.core.errors import InvalidInputError
from etl.core.settings import Settings
from etl.reference.tables import load_reference
from etl.registers import applying, backup, checking, recovery, report, versions
from etl.registers.tables import Limits
from etl.registers.workbook import export_bytes, template_bytes

VERBS = ("template", "export", "validate", "import", "rollback", "history", "backup", "restore")
EXIT_INVALID, EXIT_REFUSED = 1, 3
CLI_PREFIX = "cli:"  # the history tells a command-line change from a signed-in one


def add_verbs(verbs) -> None:
    """Declare the register verbs on the `python -m etl` parser."""
    template = verbs.add_parser("template", help="leeg Excel-sjabloon van alle registers")
    template.add_argument("out", type=Path, metavar="UIT.xlsx")
    export = verbs.add_parser("export", help="de registers in gebruik naar Excel (geen demodata)")
    export.add_argument("out", type=Path, metavar="UIT.xlsx")
    validate = verbs.add_parser("validate", help="een .xlsx of .csv controleren; niets wijzigen")
    validate.add_argument("file", type=Path, metavar="BESTAND")
    load = verbs.add_parser("import", help="controleren en, als alles klopt, toepassen")
    load.add_argument("file", type=Path, metavar="BESTAND")
    rollback = verbs.add_parser("rollback", help="een eerdere versie terugzetten")
    rollback.add_argument("version", nargs="?", metavar="VERSIE", help="standaard: de vorige")
    verbs.add_parser("history", help="de bewaarde versies van de registers")
    save = verbs.add_parser("backup", help="reservekopie van de hele gegevensmap (tar.gz)")
    save.add_argument("out", type=Path, metavar="UIT.tar.gz")
    restore = verbs.add_parser("restore", help="een reservekopie controleren en terugzetten")
    restore.add_argument("file", type=Path, metavar="BESTAND")


def start_up(settings: Settings) -> None:
    """Recovery at start-up: clean what a killed import left behind (DESIGN §2)."""
    for note in recovery.recover(settings.data):
        print(f"Herstel: {note}", file=sys.stderr)


def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        return _VERBS[args.verb](args, settings)
    except InvalidInputError as err:
        print(err.report(), file=sys.stderr)
        return EXIT_INVALID
    except (versions.RegisterLockedError, versions.VersionError) as err:
        print(str(err), file=sys.stderr)
        return EXIT_REFUSED
    except backup.BackupError as err:
        print(str(err), file=sys.stderr)
        return EXIT_INVALID


def _template(args, settings: Settings) -> int:
    reference = load_reference(settings.data.reference)
    atomic.write_bytes(args.out, template_bytes(reference))
    print(f"Sjabloon geschreven: {args.out}")
    return 0


def _export(args, settings: Settings) -> int:
    reference = load_reference(settings.data.reference)
    atomic.write_bytes(args.out, export_bytes(settings.data, reference))
    version = versions.current_version(settings.data) or "startgegevens"
    print(f"Registers in gebruik ({version}) geschreven naar {args.out}; demodata niet.")
    return 0


def _check(args, settings: Settings) -> checking.CheckResult | None:
    path: Path = args.file
    if not path.is_file():
        print(f"Bestand niet gevonden: {path}", file=sys.stderr)
        return None
    limits = Limits.from_env()
    if path.stat().st_size > limits.max_bytes:
        content = path.read_bytes()[: limits.max_bytes + 1]  # enough to be refused as too big
    else:
        content = path.read_bytes()
    reference = load_reference(settings.data.reference)
    return checking.check(path.name, content, settings.data, reference, limits)


def _validate(args, settings: Settings) -> int:
    result = _check(args, settings)
    if result is None:
        return EXIT_INVALID
    stream = sys.stderr if result.problems else sys.stdout
    print(report.describe(result), file=stream)
    return EXIT_INVALID if result.problems else 0


def _import(args, settings: Settings) -> int:
    """Check and apply under one lock: a second import waits, then checks against this one."""
    with versions.locked(settings.data, who=_user()):
        result = _check(args, settings)
        if result is None:
            return EXIT_INVALID
        if result.problems:
            print(report.describe(result), file=sys.stderr)
            return EXIT_INVALID
        print(report.describe(result), flush=True)
        if not result.has_changes:
            print("Er is geen nieuwe versie gemaakt.")
            return 0
        outcome = applying.apply(result, settings, _user(), rebuild=build, lock_held=True)
    return _applied(outcome)


def _rollback(args, settings: Settings) -> int:
    reference = load_reference(settings.data.reference)
    outcome = applying.rollback(settings, reference, args.version, _user(), rebuild=build)
    return _applied(outcome)


def _applied(outcome: applying.ApplyOutcome) -> int:
    info = outcome.version
    source = f" (teruggezet: {info.restored_from})" if info.restored_from else ""
    print(f"Versie {info.name} is in gebruik{source}; controlegetal {info.checksum[:12]}.")
    if outcome.build_error:
        print(
            "De registers zijn bijgewerkt, maar de marts niet: "
            f"{outcome.build_error}\nVoer `python -m etl build` uit als het probleem is opgelost.",
            file=sys.stderr,
        )
        return EXIT_INVALID
    print("De marts zijn opnieuw gebouwd.")
    return 0


def _backup(args, settings: Settings) -> int:
    manifest = backup.backup(settings.data, args.out, _user())
    version = manifest["version"] or versions.SEED
    count = dutch.count(len(manifest["files"]), "bestand", "bestanden")
    print(f"Reservekopie geschreven naar {args.out}: {count}, versie in gebruik {version}.")
    return 0


def _restore(args, settings: Settings) -> int:
    restored, build_error = backup.restore(settings, args.file, _user(), build)
    moment = dutch.short_moment(restored.backup_moment)
    how = "met haar hele geschiedenis" if restored.whole_history else "als nieuwe versie"
    print(
        f"Reservekopie van {moment} (versie {restored.backup_version or versions.SEED}) "
        f"teruggezet {how}."
    )
    return _applied(applying.ApplyOutcome(restored.version, build_error))


HISTORY_HEADER = ("versie", "tijdstip", "handeling", "bron", "door", "controlegetal")


def _history(args, settings: Settings) -> int:
    """Every version with who made it (the audit trail); * marks the version in use."""
    del args
    print(_history_line(" ", *HISTORY_HEADER))
    for info in versions.list_versions(settings.data):
        action = versions.ACTION_LABELS.get(info.action, info.action)
        if info.restored_from:
            action = f"{action} ({info.restored_from})"
        changes = info.changes
        summary = (
            f" +{changes.get('added', 0)} ~{changes.get('changed', 0)} -{changes.get('removed', 0)}"
            if changes
            else ""
        )
        moment = dutch.short_moment(info.created_at) if info.created_at else "-"
        mark = "*" if info.is_current else " "
        print(
            _history_line(
                mark, info.name, moment, action, info.source, info.user or "-", info.checksum[:12]
            )
            + summary
        )
    return 0


def _history_line(mark, name, moment, action, source, user, checksum) -> str:
    return f"{mark} {name:<6} {moment:<16} {action:<24} {source:<30} {user:<28} {checksum}"


def _user() -> str:
    """Who acts at the command line, for the history: `cli:<account>`."""
    return f"{CLI_PREFIX}{command_line_account()}"


def command_line_account() -> str:
    """The operating-system account running this command ('onbekend' when it has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"


_VERBS = {
    "template": _template,
    "export": _export,
    "validate": _validate,
    "import": _import,
    "rollback": _rollback,
    "history": _history,
    "backup": _backup,
    "restore": _restore,
}
