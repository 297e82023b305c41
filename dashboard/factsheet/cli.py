"""The command line of the factsheet, in Dutch: `python -m dashboard.factsheet --district VR05
--out twente.pdf`, `--gemeente GM0200`, `--regio`, or `--alle MAP` for all 82 places.

argparse writes English; here every message it can give is Dutch: the help is our own text,
and its errors are caught and said again in Dutch. A bad code or an unwritable file is a
usage error: a Dutch line on stderr, exit code 2, and no file written.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NoReturn

from dashboard.texts import factsheet as texts

# (flags, metavar, help); the help text and the parser are made from this one table.
OPTIONS = (
    ("--district", "CODE", texts.CLI_DISTRICT),
    ("--gemeente", "CODE", texts.CLI_MUNICIPALITY),
    ("--regio", None, texts.CLI_REGION),
    ("--alle", "MAP", texts.CLI_ALL),
    ("--out", "BESTAND", texts.CLI_OUT),
    ("--wat-als", "JAAR", texts.CLI_WHAT_IF),
    ("--tarief", "EURO", texts.CLI_RATE),
    ("--groei", "PROCENT", texts.CLI_GROWTH),
    ("-h, --help", None, texts.CLI_HELP),
)
CHOICES = ("district", "gemeente", "regio", "alle")
PATHS = ("MAP", "BESTAND")  # the options whose value is a path


class UsageError(Exception):
    """A wrong call; the message is Dutch."""


@dataclass(frozen=True)
class Request:
    district: str | None = None
    gemeente: str | None = None
    regio: bool = False
    alle: Path | None = None
    out: Path | None = None
    wat_als: str | None = None  # the year of a what-if, which the factsheet then carries
    tarief: str | None = None
    groei: str | None = None
    help: bool = False


class DutchParser(argparse.ArgumentParser):
    """argparse with its errors raised (to be said in Dutch) instead of printed in English."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(_dutch(message))


def _dutch(message: str) -> str:
    if match := re.match(r"unrecognized arguments: (.*)", message):
        return texts.CLI_UNRECOGNISED.format(args=match.group(1))
    if match := re.match(r"argument (\S+?)(?:/\S+)?: expected one argument", message):
        return texts.CLI_MISSING_VALUE.format(option=match.group(1))
    return texts.CLI_ONE_CHOICE


def parser() -> DutchParser:
    made = DutchParser(
        prog=texts.CLI_PROG, usage=texts.CLI_USAGE, add_help=False, allow_abbrev=False
    )
    for flags, metavar, _ in OPTIONS:
        names = flags.split(", ")
        if metavar is None:
            made.add_argument(*names, action="store_true")
        else:
            made.add_argument(*names, metavar=metavar, type=Path if metavar in PATHS else str)
    return made


def help_text() -> str:
    width = max(len(flags) + len(metavar or "") + 1 for flags, metavar, _ in OPTIONS)
    lines = [f"{flags} {metavar or ''}".strip().ljust(width) for flags, metavar, _ in OPTIONS]
    rows = [f"  {line}  {text}" for line, (_, _, text) in zip(lines, OPTIONS, strict=True)]
    return "\n".join(
        [
            f"gebruik: {texts.CLI_USAGE}",
            "",
            texts.CLI_DESCRIPTION,
            "",
            f"{texts.CLI_OPTIONS}:",
            *rows,
        ]
    )


def parse(argv: list[str]) -> Request:
    """The request of `argv`, checked: exactly one choice; --out with a single factsheet only."""
    request = Request(**vars(parser().parse_args(argv)))
    if request.help:
        return request
    chosen = [name for name in CHOICES if getattr(request, name)]
    if len(chosen) != 1:
        raise UsageError(texts.CLI_ONE_CHOICE)
    if request.alle is not None and request.out is not None:
        raise UsageError(texts.CLI_OUT_WITH_ALL)
    if (request.tarief or request.groei) and not request.wat_als:
        raise UsageError(texts.CLI_RATE_WITHOUT_WHAT_IF)
    if request.wat_als and request.alle is not None:
        raise UsageError(texts.CLI_WHAT_IF_WITH_ALL)
    if request.alle is None:
        if request.out is None:
            raise UsageError(texts.CLI_OUT_REQUIRED)
        writable_file(request.out)
    return request


def writable_file(path: Path) -> None:
    """Refuse, before any work, a target that cannot be written: no folder, or a folder itself."""
    folder = path.parent if str(path.parent) else Path()
    if path.is_dir():
        raise UsageError(texts.CLI_UNWRITABLE.format(path=path, reason=texts.CLI_IS_FOLDER))
    if not folder.is_dir():
        raise UsageError(texts.CLI_UNWRITABLE.format(path=path, reason=texts.CLI_NO_FOLDER))


def steps(text: str, per_unit: int, bounds: tuple[int, int], message: str) -> int:
    """A Dutch number ('0,075', '-1,5', '+2') as whole steps of 1/`per_unit`, within the
    `bounds` (in steps); anything else a usage error: `message` with the value and bounds."""
    first, last = bounds
    wrong = UsageError(
        message.format(value=text, low=_plain(first / per_unit), high=_plain(last / per_unit))
    )
    plain = text.strip().replace("−", "-").replace(",", ".")
    try:
        value = Decimal(plain) * per_unit
    except InvalidOperation:
        raise wrong from None
    if not value.is_finite() or value != value.to_integral_value() or not first <= value <= last:
        raise wrong
    return int(value)


def _plain(value: float) -> str:
    """0.03 → '0,03', -5.0 → '-5': a bound as the user would type it."""
    return f"{value:g}".replace(".", ",")


def year(text: str, years: list[int]) -> int:
    """The what-if's year: one of `years` (those with contributions), else a usage error."""
    if text.strip().isdigit() and int(text) in years:
        return int(text)
    choices = ", ".join(str(known) for known in years)
    raise UsageError(texts.CLI_WHAT_IF_UNKNOWN_YEAR.format(value=text, choices=choices))
