"""The pilots' timeline, drawn on the server as SVG: a bar per pilot from start to end, a diamond
where others adopted it. No chart library reaches the browser (issue 13).

Colour is never the only carrier: the status is also written in each bar and in the legend.
A pilot without a known start has no bar (never one on a guessed date): its label says so.
With few pilots, each bar's period and each adoption (who, when) are written beside them.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import palette, svg
from dashboard.display.markup import literal
from dashboard.governance.workplan_chart import short_title
from dashboard.pilots.chart_style import FEW_ROWS, LABEL_WIDTH, ROW_HEIGHT, SMALL_PX
from dashboard.pilots.chart_text import timeline_alt
from dashboard.pilots.records import records
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import pilots as texts
from etl.contract import vocabulary as vocab
from etl.core import dutch
from etl.reference.names import municipality_names

WIDTH, TOP_PX, BAR_PX, LEGEND_PX = 960, 28, 20, 30
HATCH = "open-einde"  # the pattern of a bar whose end is unknown


def timeline(pilots: pd.DataFrame, sites: pd.DataFrame, municipalities: pd.DataFrame) -> str:
    """A bar per pilot from start to end (hatched up to the edge when the end is unknown), a
    diamond where other municipalities adopted it, as an SVG picture (described by
    `chart_text.timeline_alt`). A pilot without a known start has no bar: its label says so,
    and its adoptions still show."""
    rows = records(pilots, ["pilot_id", "name", "status", "start_date", "end_date"])
    adoptions = records(
        sites[(sites["role"] == vocab.SITE_ROLES[1]) & sites["since"].notna()],
        ["pilot_id", "municipality_code", "since"],
    )
    dates = [r[k] for r in rows for k in ("start_date", "end_date") if r[k] is not None]
    dates += [a["since"] for a in adoptions]
    first = min(dates, default=pd.Timestamp("2019-01-01")) - pd.DateOffset(months=3)
    horizon = pd.Timestamp(year=max(dates, default=first).year + 1, month=12, day=31)
    labels_px = [_label(r) for r in rows]
    left = max((svg.words_px(label) for label in labels_px), default=0) * 0.8 + 12
    scale = (WIDTH - 10 - left) / max((horizon - first).days, 1)
    place = _Place(left, scale, first, horizon)
    bottom = TOP_PX + ROW_HEIGHT * max(len(rows), 1)
    parts = [_hatch(), *_years(place, bottom)]
    # With few pilots, words are written beside bars and diamonds, each where the row is still
    # free of earlier words (what would overlap is left to the table under the chart).
    free: dict[str, float] | None = {} if len(rows) <= FEW_ROWS else None
    on_top: list[str] = []  # words drawn last, so that no diamond hides them
    for index, (row, label) in enumerate(zip(rows, labels_px, strict=True)):
        middle = TOP_PX + index * ROW_HEIGHT + ROW_HEIGHT / 2
        parts.append(svg.group([svg.text(left - 8, middle, label, "end")], font_size=SMALL_PX))
        if row["start_date"] is not None:
            shapes, status = _bar(row, middle, place, free)
            parts, on_top = parts + shapes, on_top + status
    order = [r["pilot_id"] for r in rows]
    groups = _adoption_groups(rows, adoptions, municipality_names(municipalities))
    for (pilot_id, since), adopters in groups:
        middle = TOP_PX + order.index(pilot_id) * ROW_HEIGHT + ROW_HEIGHT / 2
        shape, words = _diamond(rows, pilot_id, since, adopters, middle, place, free)
        parts, on_top = [*parts, shape], on_top + words
    legend, last = _legend(rows, bool(groups), bottom + 12)
    return svg.picture(WIDTH, last + LEGEND_PX, timeline_alt(pilots), parts + on_top + legend)


class _Place:
    """Where a date falls on the picture."""

    def __init__(self, left: float, scale: float, first: pd.Timestamp, horizon: pd.Timestamp):
        self.left, self.scale, self.first, self.horizon = left, scale, first, horizon

    def x(self, when: pd.Timestamp) -> float:
        return self.left + (when - self.first).days * self.scale


def _label(row: dict) -> str:
    return short_title(row["name"], LABEL_WIDTH, 1)[0] + (
        "" if row["start_date"] is not None else texts.PILOTS_TIMELINE_NO_START
    )


def _hatch() -> str:
    """Diagonal stripes of each status colour over white: the bar of a pilot whose end is
    unknown (a pattern cannot take its colour from the bar, so one per colour)."""
    patterns = "".join(
        f'<pattern id="{HATCH}-{index}" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="8" height="8" '
        f'fill="{palette.CHART_BACKGROUND}"/><rect width="3.5" height="8" fill="{colour}"/>'
        "</pattern>"
        for index, colour in enumerate(palette.PILOT_STATUS_COLOURS.values())
    )
    return f"<defs>{patterns}</defs>"


def _hatched(status) -> str:
    """The fill of a bar of `status` whose end is unknown."""
    known = list(palette.PILOT_STATUS_COLOURS)
    return f"url(#{HATCH}-{known.index(status if status in known else None)})"


def _years(place: _Place, bottom: float) -> list[str]:
    """A grid line at each first of January, the year's label in its middle, on top."""
    parts = []
    for year in range(place.first.year, place.horizon.year + 1):
        start = max(pd.Timestamp(year=year, month=1, day=1), place.first)
        x = place.x(start)
        parts.append(svg.line(x, TOP_PX, x, bottom, palette.CHART_GRID))
        end = place.x(pd.Timestamp(year=year, month=12, day=31))
        if end - x > 40:
            parts.append(svg.text((x + end) / 2, TOP_PX / 2, str(year), "middle"))
    return parts


def _bar(row: dict, middle: float, place: _Place, free: dict | None) -> tuple[list[str], list[str]]:
    """The pilot's bar, its status written in it and, with few pilots (`free` given), its
    period after it; `free` then learns where the row's words end. (The bar and period, the
    status word.)"""
    status = labels.PILOT_STATUS.get(row["status"], frame_texts.UNKNOWN)
    colours = palette.PILOT_STATUS_COLOURS
    colour = colours.get(row["status"], colours[None])
    open_end = row["end_date"] is None
    x = place.x(row["start_date"])
    end = place.x((row["end_date"] or place.horizon) + pd.Timedelta(days=1))
    period = f"{dutch.month(row['start_date'])} – " + (
        texts.PILOTS_END_OPEN if open_end else dutch.month(row["end_date"])
    )
    tip = "; ".join(
        (row["name"], f"{texts.PILOTS_HOVER_PERIOD}: {period}",
         f"{texts.PILOTS_HOVER_STATUS}: {status}")
    )  # fmt: skip
    fill = _hatched(row["status"]) if open_end else colour
    top = middle - BAR_PX / 2
    parts = [svg.box(x, top, end - x, BAR_PX, fill, palette.CHART_TEXT, tip)]
    # Hatched on white: the status word stays dark; white only where it reaches 4.5:1.
    ink = palette.CHART_TEXT if open_end else palette.PILOT_STATUS_TEXT_COLOURS.get(row["status"])
    status_px, said = svg.words_px(status) * 0.8, []
    if end - x > status_px + 8:  # edged in the bar's own colour (white when hatched)
        word = svg.text(x + 4, middle, status, fill=ink)
        ground = palette.CHART_BACKGROUND if open_end else colour
        said.append(svg.group([word], font_size=SMALL_PX, **_halo(ground)))
    if free is not None:
        free[row["pilot_id"]] = x + status_px + 8
        if not open_end:
            parts.append(svg.group([svg.text(end + 6, middle, period)], font_size=SMALL_PX))
            free[row["pilot_id"]] = end + 6 + svg.words_px(period) * 0.8
    return parts, said


def _halo(ground: str = palette.CHART_BACKGROUND) -> dict[str, str]:
    """An edge in the colour of what is under the words, so stripes and diamonds never cut
    them."""
    return {"paint_order": "stroke", "stroke": ground, "stroke_width": "3"}


def _adoption_groups(
    rows: list[dict], adoptions: list[dict], places: dict[str, str]
) -> list[tuple[tuple[str, pd.Timestamp], list[str]]]:
    """((pilot, date), the adopters' names) per pilot and date of adoption, in order."""
    known = {r["pilot_id"] for r in rows}
    groups: dict[tuple[str, pd.Timestamp], list[str]] = {}
    for a in adoptions:
        if a["pilot_id"] in known:
            place = places.get(a["municipality_code"], a["municipality_code"])
            groups.setdefault((a["pilot_id"], a["since"]), []).append(place)
    return [(key, sorted(names)) for key, names in sorted(groups.items())]


def _diamond(rows, pilot_id, since, adopters, middle, place: _Place, free) -> tuple[str, list]:
    """A diamond at the adoption; with few pilots, who adopted and when written beside it
    where the row is free. (The diamond, the words.)"""
    name = next(r["name"] for r in rows if r["pilot_id"] == pilot_id)
    adopted = texts.PILOTS_HOVER_ADOPTED.format(
        n=dutch.number(len(adopters)), date=dutch.month(since)
    )
    x = place.x(since)
    shape = _diamond_shape(x, middle, f"{name}; {adopted} {', '.join(adopters)}")
    said, words = f"{_adopter_label(adopters)}, {dutch.month(since)}", []
    if free is not None and x + 11 >= free.get(pilot_id, 0):
        written = svg.text(x + 11, middle, said)
        words.append(svg.group([written], font_size=SMALL_PX, **_halo()))
        free[pilot_id] = x + 11 + svg.words_px(said) * 0.8 + 8
    return shape, words


def _diamond_shape(x: float, y: float, title: str = "", size: float = 7) -> str:
    """A dark diamond with a white edge (apart from a dark bar behind it)."""
    points = f"{x:.1f},{y - size:.1f} {x + size:.1f},{y:.1f} "
    points += f"{x:.1f},{y + size:.1f} {x - size:.1f},{y:.1f}"
    tip = f"<title>{literal(title)}</title>" if title else ""
    return (
        f'<polygon points="{points}" fill="{palette.CHART_TEXT}" '
        f'stroke="{palette.CHART_BACKGROUND}" stroke-width="1">{tip}</polygon>'
    )


def _adopter_label(adopters: list[str]) -> str:
    if len(adopters) == 1:
        return adopters[0]
    return texts.PILOTS_MUNICIPALITIES.format(n=dutch.number(len(adopters)))


def _legend(rows: list[dict], adopted: bool, top: float) -> tuple[list[str], float]:
    """The statuses drawn (one swatch each, hatched for an unknown end) and, when drawn, the
    diamond, in lines as wide as the picture; and where the last line is."""
    colours, entries = palette.PILOT_STATUS_COLOURS, []
    for status in [*vocab.PILOT_STATUSES, None]:
        dated = [r for r in rows if r["start_date"] is not None and r["status"] == status]
        label = labels.PILOT_STATUS.get(status, frame_texts.UNKNOWN)
        colour = colours.get(status, colours[None])
        if any(r["end_date"] is not None for r in dated):
            entries.append((label, colour))
        if any(r["end_date"] is None for r in dated):
            entries.append((label + texts.PILOTS_TIMELINE_OPEN, _hatched(status)))
    title = f"{texts.PILOTS_TIMELINE_LEGEND}:"
    parts, x = [svg.text(0, top + 7, title)], svg.words_px(title) + 8
    for name, fill in entries:
        parts.append(svg.box(x, top, 14, 14, fill, palette.OUTLINE))
        parts.append(svg.text(x + 20, top + 7, name))
        x += 20 + svg.words_px(name) + 24
        if x > WIDTH - 260:
            x, top = svg.words_px(title) + 8, top + 22
    if not entries and not adopted:
        return [], top - 12
    if adopted:
        parts += [_diamond_shape(x + 7, top + 7)]
        parts.append(svg.text(x + 20, top + 7, texts.PILOTS_TIMELINE_ADOPTION))
    return parts, top
