"""The figures of `make bench` as Markdown: blocks headed by the machine's load, each row an
absolute figure beside the naive reference's, their ratio and the goal of issue 13.

Plain functions without timing or I/O beyond reading /proc/loadavg: tests/test_bench_report.py
checks them. Every number is written in Dutch notation through etl.core.dutch.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from etl.core import dutch

LOADAVG = Path("/proc/loadavg")
NOT_MEASURED = "niet gemeten"
MET, MISSED, NO_GOAL = "gehaald", "gemist", "—"
HEADER = ["wat", "product", "referentie", "verhouding", "doel", "oordeel"]


def load_average(path: Path = LOADAVG) -> str:
    """'1,23 / 0,98 / 0,75' (1, 5 and 15 minutes), or 'onbekend' where /proc has no loadavg."""
    try:
        fields = path.read_text(encoding="ascii").split()[:3]
        return " / ".join(dutch.number(float(value), 2) for value in fields)
    except (OSError, ValueError, IndexError):
        return "onbekend"


def ratio(product: float | None, reference: float | None) -> float | None:
    """product ÷ reference; None where either is missing or the reference is not positive."""
    if product is None or reference is None or reference <= 0:
        return None
    return product / reference


def percentile(values: Sequence[float], share: float) -> float | None:
    """The `share` (0–1) percentile by linear interpolation between ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = share * (len(ordered) - 1)
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float | None:
    """The median, None for no values."""
    return statistics.median(values) if values else None


@dataclass(frozen=True)
class Goal:
    """A limit of issue 13: `at_most` (≤) or, with `strict`, below (<)."""

    limit: float
    unit: str = ""
    decimals: int = 1
    strict: bool = False
    at_least: bool = False

    def met(self, value: float) -> bool:
        if self.at_least:
            return value >= self.limit
        return value < self.limit if self.strict else value <= self.limit

    def text(self) -> str:
        sign = "≥" if self.at_least else "<" if self.strict else "≤"
        return f"{sign} {dutch.number(self.limit, self.decimals)}{self.unit}"


@dataclass(frozen=True)
class Row:
    """One figure: the product's, the reference's (if any), in `unit`, against a goal.

    With `ratio_goal` the verdict is on product ÷ reference; else on the product's figure.
    """

    what: str
    product: float | None
    unit: str = ""
    decimals: int = 1
    reference: float | None = None
    goal: Goal | None = None
    ratio_goal: bool = False
    note: str = ""

    def figure(self, value: float | None) -> str:
        if value is None:
            return NOT_MEASURED
        return f"{dutch.number(value, self.decimals)}{self.unit}"

    def verdict(self) -> str:
        judged = ratio(self.product, self.reference) if self.ratio_goal else self.product
        if self.goal is None:
            return NO_GOAL
        if judged is None:
            return NOT_MEASURED
        return MET if self.goal.met(judged) else MISSED

    def cells(self) -> list[str]:
        quotient = ratio(self.product, self.reference)
        return [
            self.what + (f" ({self.note})" if self.note else ""),
            self.figure(self.product),
            NO_GOAL if self.reference is None else self.figure(self.reference),
            NO_GOAL if quotient is None else dutch.number(quotient, 2),
            NO_GOAL if self.goal is None else self.goal.text(),
            self.verdict(),
        ]


@dataclass
class Block:
    """A part of the run, headed by the load of the machine when it started."""

    title: str
    load: str = field(default_factory=load_average)
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def table(rows: Sequence[Row]) -> list[str]:
    """The rows as the lines of a Markdown table (a '|' in a text is escaped)."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row.cells()) + " |")
    return lines


def missed(blocks: Sequence[Block]) -> list[str]:
    """'block: row' for every row whose goal was missed."""
    return [
        f"{block.title}: {row.what}"
        for block in blocks
        for row in block.rows
        if row.verdict() == MISSED
    ]


def markdown(blocks: Sequence[Block], heading: Sequence[str], failures: Sequence[str]) -> str:
    """The whole report: heading lines, each block with its load and table, then what missed
    a goal and which measurements failed."""
    lines = list(heading)
    for block in blocks:
        lines += ["", f"## {block.title}", "", f"Belasting (loadavg 1/5/15 min): {block.load}", ""]
        lines += table(block.rows)
        lines += [f"\n{note}" for note in block.notes]
    misses = missed(blocks)
    lines += ["", "## Doelen gemist", ""]
    lines += [f"- {miss}" for miss in misses] or ["Geen: elk gemeten doel is gehaald."]
    if failures:
        lines += ["", "## Mislukte metingen", "", *[f"- {failure}" for failure in failures]]
    return "\n".join(lines) + "\n"
