"""`python -m dashboard.factsheet`: read the marts of the data root, make the factsheets asked
for, write them atomically. Exit codes: 0 done, 2 a wrong call (bad code, unwritable file),
1 no usable data or a sheet that cannot be made; every message Dutch, never a traceback."""

from __future__ import annotations

import errno
import sys
import time
from pathlib import Path

from dashboard.factsheet import cli, names, sheet
from dashboard.factsheet.render import FactsheetError
from dashboard.funding import what_if as scenarios
from dashboard.funding.rows import year_rows
from dashboard.marts import DataUnavailableError, Marts, read_marts, visible
from dashboard.profile.place import REGION, Place
from dashboard.texts import factsheet as texts
from etl.core import atomic, dutch
from etl.core.settings import Settings
from etl.reference.names import district_names

USAGE_ERROR = 2
DATA_ERROR = 1


def main(argv: list[str] | None = None) -> int:
    """Run the command line on `argv` (default: the process's arguments)."""
    try:
        request = cli.parse(sys.argv[1:] if argv is None else argv)
        if request.help:
            print(cli.help_text())
            return 0
        started = time.perf_counter()
        marts = read_marts(Settings.from_env().data.processed)
        if request.alle is not None:
            count = write_all(marts, request.alle)
            print(
                texts.CLI_WRITTEN_ALL.format(
                    count=count, folder=request.alle, seconds=_since(started)
                )
            )
        else:
            place, what_if = chosen_place(marts, request), what_if_choice(marts, request)
            write_one(marts, place, request.out, what_if)
            print(texts.CLI_WRITTEN.format(path=request.out, seconds=_since(started)))
        return 0
    except cli.UsageError as err:
        print(texts.CLI_ERROR.format(message=err), file=sys.stderr)
        print(f"gebruik: {texts.CLI_USAGE}", file=sys.stderr)
        return USAGE_ERROR
    except (DataUnavailableError, FactsheetError) as err:
        print(texts.CLI_ERROR.format(message=err), file=sys.stderr)
        return DATA_ERROR


def chosen_place(marts: Marts, request: cli.Request) -> Place:
    """The place of `--district`, `--gemeente` or `--regio`; a code the marts do not know is
    a usage error (no falling back to the region, as the app's URL does)."""
    if request.regio:
        return REGION
    if request.gemeente is not None:
        place = sheet.place_for(marts, municipality_code=request.gemeente.strip().upper())
        if place is None:
            raise cli.UsageError(texts.CLI_UNKNOWN_MUNICIPALITY.format(value=request.gemeente))
        return place
    place = sheet.place_for(marts, district_code=(request.district or "").strip().upper())
    if place is None or place.level is REGION.level:
        choices = ", ".join(
            f"{code} ({name})" for code, name in district_names(marts.districts).items()
        )
        raise cli.UsageError(
            texts.CLI_UNKNOWN_DISTRICT.format(value=request.district, choices=choices)
        )
    return place


def what_if_choice(marts: Marts, request: cli.Request) -> scenarios.Choice | None:
    """The what-if of `--wat-als JAAR [--tarief EURO] [--groei PROCENT]`, checked against the
    real registers and the what-if's own bounds; None without `--wat-als`."""
    if not request.wat_als:
        return None
    contributions = visible(marts, show_demo=False).contributions
    year = cli.year(request.wat_als, sorted({int(known) for known in contributions["year"]}))
    own = scenarios.rate_step(scenarios.register_rate(year_rows(contributions, year)))
    rate = own
    if request.tarief is not None:
        bounds = (min(scenarios.RATE_STEPS), max(scenarios.RATE_STEPS))
        rate = cli.steps(request.tarief, 1000, bounds, texts.CLI_BAD_RATE)
    growth = 0
    if request.groei is not None:
        bounds = (min(scenarios.GROWTH_STEPS), max(scenarios.GROWTH_STEPS))
        growth = cli.steps(request.groei, 10, bounds, texts.CLI_BAD_GROWTH)
    return scenarios.Choice(year, rate, growth)


def write_one(
    marts: Marts, place: Place, out: Path, what_if: scenarios.Choice | None = None
) -> None:
    pdf = sheet.factsheet(marts, place, what_if=what_if)
    try:
        atomic.write_bytes(out, pdf)
    except OSError as err:
        raise cli.UsageError(texts.CLI_UNWRITABLE.format(path=out, reason=reason(err))) from None


def write_all(marts: Marts, folder: Path) -> int:
    """Every factsheet into `folder`, all written before any is put in place."""
    if folder.exists() and not folder.is_dir():
        raise cli.UsageError(texts.CLI_NOT_A_FOLDER.format(path=folder))
    named = names.file_names(sheet.every_place(marts))
    made = dict(sheet.factsheets(marts, named.values()))
    sheets = {folder / name: made[place] for name, place in named.items()}
    try:
        atomic.replace_all({path: _writer(pdf) for path, pdf in sheets.items()})
    except OSError as err:
        raise cli.UsageError(texts.CLI_UNWRITABLE.format(path=folder, reason=reason(err))) from None
    return len(sheets)


def reason(err: OSError) -> str:
    """Why a write failed, in Dutch (the system's own words are English)."""
    name = errno.errorcode.get(err.errno or 0, "")
    return texts.CLI_OS_REASONS.get(name) or texts.CLI_OS_OTHER.format(number=err.errno)


def _writer(pdf: bytes):
    return lambda temporary: temporary.write_bytes(pdf)


def _since(started: float) -> str:
    return dutch.number(time.perf_counter() - started, decimals=1)
