"""Dutch, row-precise reports of bad input, and the exception that carries them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from etl.core import dutch

# Excel numbers the header row 1, so the first data row of a file is row 2.
FIRST_DATA_ROW = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place of an input file."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    value: object = None
    sheet: str | None = None

    def location(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"blad '{self.sheet}'")
        if self.row is not None:
            parts.append(f"rij {self.row}")
        if self.column:
            parts.append(f"kolom '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        value = "" if self.row is None else f": waarde {show_value(self.value)}"
        return f"{self.location()}{value} — {self.message}"


def show_value(value: object) -> str:
    """A cell value as the user typed it, with empty cells named as such."""
    if value is None or (isinstance(value, float) and value != value):
        return "(leeg)"
    text = str(value)
    if text.strip() == "":
        return "(leeg)"
    return f"'{text[:80]}…'" if len(text) > 80 else f"'{text}'"


def grouped(problems: list[Problem]) -> list[Problem]:
    """The problems per file and sheet (in the order each first appears), by row within one."""
    return sorted(problems, key=place_order(problems))


def place_order(problems: list[Problem]):
    """A sort key: (file and sheet in the order they first appear, row)."""
    ranks = {place: rank for rank, place in enumerate(dict.fromkeys(_place(p) for p in problems))}
    return lambda problem: (ranks[_place(problem)], problem.row or 0)


def _place(problem: Problem) -> tuple[str, str | None]:
    return problem.file, problem.sheet


class InvalidInputError(Exception):
    """Input that may not reach the marts; nothing has been written when this is raised."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        """All problems in Dutch, repeated ones grouped per file, column and message."""
        groups: dict[tuple[str, str | None, str | None, str], list[Problem]] = defaultdict(list)
        for problem in self.problems:
            groups[(problem.file, problem.sheet, problem.column, problem.message)].append(problem)
        errors = dutch.count(len(self.problems), "fout", "fouten")
        lines = [f"De invoer is afgekeurd: {errors}. Er is niets gewijzigd."]
        order = place_order(self.problems)
        for group in sorted(groups.values(), key=lambda g: order(g[0])):
            if len(group) <= 3:
                lines.extend(f"- {problem}" for problem in group)
                continue
            first = group[0]
            rows = ", ".join(str(p.row) for p in group[:10]) + (" …" if len(group) > 10 else "")
            where = Problem(first.file, first.message, column=first.column, sheet=first.sheet)
            lines.append(
                f"- {where.location()}: {len(group)} keer (rijen {rows}) — {first.message}"
            )
        return "\n".join(lines)
