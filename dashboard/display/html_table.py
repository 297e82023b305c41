"""A table as plain HTML, for beside a map: every cell as its format reads (Dutch notation), real
header cells for screen readers, in a region that scrolls by keyboard, sorted on the server.

The data grid drew the same table with ~0,4 s of script before the map beside it could draw
(issue 13), for its click-to-sort; here a select sorts it by value (`sorted_by`), which a
keyboard reaches like any other control, and the table prints as it shows.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import tables
from dashboard.display.cells import missing, sort_key
from dashboard.display.markup import literal
from dashboard.texts import frame as texts

REGION_CLASS = "vnon-table"


def sort_options(frame: pd.DataFrame) -> dict[str, str]:
    """Column → how the select names sorting by it: figures largest first, text A to Z."""
    return {
        column: (
            texts.SORT_DESCENDING if _is_figure(frame[column]) else texts.SORT_ALPHABETICAL
        ).format(column=column)
        for column in frame.columns
    }


def sorted_by(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """The rows ordered by `column`'s values (figures and dates largest first, text A to Z the
    Dutch way: 'Ölst' with the O's), then by the first column; empty cells last."""
    first = frame.columns[0]
    keys = pd.DataFrame(
        {"by": _sortable(frame[column]), "then": _sortable(frame[first])}, index=frame.index
    )
    descending = _is_figure(frame[column])
    order = keys.sort_values(
        ["by", "then"], ascending=[not descending, True], na_position="last", kind="stable"
    ).index
    return frame.loc[order].reset_index(drop=True)


def html_table(
    frame: pd.DataFrame,
    formats: tables.Formats,
    label: str,
    max_height_px: int,
    sorted_column: str | None = None,
) -> str:
    """The frame as a <table> in a scrolling region named `label` (its header row stays in
    view); figure columns right-aligned, every cell escaped. The header of `sorted_column`
    tells screen readers which way the rows are sorted (`aria-sort`), as `sorted_by` sorts."""
    shown = tables.shown(frame, formats)
    figures = [_is_figure(frame[column]) for column in frame.columns]
    head = "".join(
        f'<th scope="col"{_figure_class(figure)}{_aria_sort(column == sorted_column, figure)}>'
        f"{literal(column)}</th>"
        for column, figure in zip(frame.columns, figures, strict=True)
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td{_figure_class(figure)}>{literal(cell)}</td>"
            for cell, figure in zip(row, figures, strict=True)
        )
        + "</tr>"
        for row in shown.itertuples(index=False)
    )
    return (
        f'<div class="{REGION_CLASS}" role="region" tabindex="0" aria-label="{literal(label)}" '
        f'style="max-height:{int(max_height_px)}px">'
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _figure_class(figure: bool) -> str:
    return ' class="figure"' if figure else ""


def _aria_sort(is_sorted: bool, figure: bool) -> str:
    if not is_sorted:
        return ""
    return f' aria-sort="{"descending" if figure else "ascending"}"'


def _is_figure(column: pd.Series) -> bool:
    """Numbers and dates (true/false is no figure: it neither sums nor reads as one)."""
    return tables.is_number(column) and not pd.api.types.is_bool_dtype(column)


def _sortable(column: pd.Series) -> pd.Series:
    if _is_figure(column):
        return column
    return column.map(lambda value: None if missing(value) else sort_key(value)).astype(object)
