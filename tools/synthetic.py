#!/usr/bin/env python3
"""Synthetic registers for measuring the ETL at scale: N× the shipped registers in a new data root.

`python tools/synthetic.py 100 /tmp/root100` copies the reference data and writes register/ with
every register N times over: copy k (k ≥ 1) gives every id the suffix `-s{k}` (bodies, themes,
activities, pilots, and every reference to them), partners of in-kind capacity the suffix
` (s{k})`. The registers keyed by year (budget, rate, contributions) cannot grow beyond the
contract's years (2000–2100): their years (and payment dates) are shifted by whole blocks of the
shipped span while blocks fit; the population date stays one the reference data has. The
vocabularies stay those of the shipped rows, so the copies pass every check the shipped
registers pass; the data is for timing only and never shown.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data"
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the contract's YEARS
# file -> columns holding one id (suffixed per copy); list columns hold ';'-separated ids.
ID_COLUMNS = {
    "overleggen.csv": ("id",),
    "relaties.csv": ("van", "naar"),
    "themas.csv": ("id", "expertteam"),
    "werkprogramma.csv": ("id", "thema"),
    "pilots.csv": ("id", "thema"),
    "pilot_locaties.csv": ("pilot",),
    "pilot_resultaten.csv": ("pilot",),
}
ID_LISTS = {"overleggen.csv": ("themas",)}
NAMED_COPIES = {"inzet_in_natura.csv": "partner"}
YEAR_KEYED = {
    "begroting.csv": (),
    "bijdrageregeling.csv": (),  # the population date stays one the reference data has
    "bijdragen.csv": ("betaald_op",),
}
DATE = re.compile(r"^(\d{4})(-\d{2}-\d{2})$")


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def suffixed(frame: pd.DataFrame, file: str, copy: int) -> pd.DataFrame:
    """Copy `copy` of an id-keyed register: every id and reference to an id made new."""
    if copy == 0:
        return frame
    tail = f"-s{copy}"
    changed = {
        column: frame[column].map(lambda v: f"{v}{tail}" if v else v)
        for column in ID_COLUMNS.get(file, ())
    }
    for column in ID_LISTS.get(file, ()):
        changed[column] = frame[column].map(
            lambda cell: "; ".join(f"{v.strip()}{tail}" for v in cell.split(";")) if cell else cell
        )
    if file in NAMED_COPIES:
        column = NAMED_COPIES[file]
        changed[column] = frame[column] + f" (s{copy})"
    return frame.assign(**changed)


def year_blocks(years: pd.Series, times: int) -> list[int]:
    """Shifts (in years) of the register's span that keep it in the contract, at most `times`."""
    numbers = years.astype(int)
    span = numbers.max() - numbers.min() + 1
    shifts = [0]
    later = range(span, LAST_YEAR - numbers.max() + 1, span)
    earlier = range(-span, FIRST_YEAR - numbers.min() - 1, -span)
    for shift in [*later, *earlier]:
        if len(shifts) >= times:
            break
        shifts.append(shift)
    return shifts


def shifted(frame: pd.DataFrame, file: str, shift: int) -> pd.DataFrame:
    """A year-keyed register moved by `shift` years (its dates moved with it)."""

    def move(value: str) -> str:
        match = DATE.match(value)
        return f"{int(match.group(1)) + shift}{match.group(2)}" if match else value

    changed = {"jaar": (frame["jaar"].astype(int) + shift).astype(str)}
    for column in YEAR_KEYED[file]:
        changed[column] = frame[column].map(move)
    return frame.assign(**changed)


def scaled(frame: pd.DataFrame, file: str, times: int, shifts: list[int]) -> pd.DataFrame:
    """One register `times` over (id-keyed) or over the year blocks that fit (year-keyed)."""
    if file in YEAR_KEYED:
        return pd.concat([shifted(frame, file, s) for s in shifts], ignore_index=True)
    return pd.concat([suffixed(frame, file, k) for k in range(times)], ignore_index=True)


def write_root(times: int, root: Path, seed: Path = SEED) -> dict[str, int]:
    """A data root with the seed's reference data and its registers `times` over; row counts."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(seed / "reference", root / "reference", dirs_exist_ok=True)
    register = root / "register"
    register.mkdir(exist_ok=True)
    files = sorted((seed / "register").glob("*.csv"))
    # One set of year blocks for every year-keyed register, so rates cover every status year.
    shifts = year_blocks(read(seed / "register" / "bijdrageregeling.csv")["jaar"], times)
    counts = {}
    for path in files:
        frame = scaled(read(path), path.name, times, shifts)
        frame.to_csv(register / path.name, index=False, encoding="utf-8")
        counts[path.name] = len(frame)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("times", type=int, help="hoe vaak elk register (1, 10, 100, 1000)")
    parser.add_argument("root", type=Path, help="de nieuwe gegevensmap")
    args = parser.parse_args(argv)
    counts = write_root(args.times, args.root)
    print(", ".join(f"{name} {count}" for name, count in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
