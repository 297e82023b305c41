"""Thema's en werkprogramma: who holds each theme, who works on it, and what is planned.

Pure functions: registers in, display frames (Dutch headers) or safe Markdown out. Text from
the registers is escaped before it reaches Markdown, so a register cell never becomes markup.
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import themas as texts
from etl.core import dutch

THEME_PARAM = "thema"
ALL = "alle"
ACTIVITY_COLUMNS = (
    "activity_id", "title", "theme_id", "theme", "start_year", "end_year", "period", "status",
    "source",
)  # fmt: skip

_MARKDOWN_ANYWHERE = re.compile(r"([\\`*_\[\]{}<>#|~$])")
_MARKDOWN_AT_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def markdown_literal(text: object) -> str:
    """Register text as Markdown that shows exactly that text: no emphasis, links or HTML."""
    one_line = " ".join(str(text).split())  # a line break could start a list or heading
    escaped = _MARKDOWN_ANYWHERE.sub(r"\\\1", one_line)
    return _MARKDOWN_AT_START.sub(_escape_list_marker, escaped)


def _escape_list_marker(match: re.Match) -> str:
    indent, sign, number, mark = match.groups()
    return f"{indent}\\{sign}" if sign else f"{indent}{number}\\{mark}"


def theme_options(themes: pd.DataFrame) -> dict[str, str]:
    """'alle' first (the default, leaving the URL clean), then every theme in register order."""
    return {ALL: texts.THEMES_ALL} | dict(zip(themes["theme_id"], themes["name"], strict=True))


def chosen_theme(choice: str) -> str | None:
    """The theme id chosen in the selector, or None for all themes."""
    return None if choice == ALL else choice


def _text_or_unknown(value: object) -> str:
    return (
        frame_texts.UNKNOWN if value is None or pd.isna(value) or not str(value).strip() else value
    )


def expert_team_name(team_id: object, bodies: pd.DataFrame) -> str:
    """The name of a theme's expert team, 'onbekend' when none is recorded."""
    if team_id is None or pd.isna(team_id):
        return frame_texts.UNKNOWN
    names = dict(zip(bodies["body_id"], bodies["name"], strict=True))
    return names.get(team_id) or texts.THEME_EXPERT_TEAM_UNREGISTERED.format(team=team_id)


def bodies_with_theme(bodies: pd.DataFrame, theme_id: str) -> list[str]:
    """Names of the bodies that list the theme in their `themes`, in register order."""
    return [name for name, own in zip(bodies["name"], bodies["themes"], strict=True)
            if theme_id in own]  # fmt: skip


def theme_ids(themes: pd.DataFrame, theme_id: str | None) -> list[str]:
    """The themes to show: the chosen one, or all of them in register order."""
    return list(themes["theme_id"]) if theme_id is None else [theme_id]


def theme_heading(themes: pd.DataFrame, theme_id: str) -> str:
    """The theme's name, safe as Markdown."""
    return markdown_literal(themes.set_index("theme_id").at[theme_id, "name"])


def theme_card(
    themes: pd.DataFrame, bodies: pd.DataFrame, workplan: pd.DataFrame, theme_id: str
) -> str:
    """One theme as Markdown: name, holder, expert team, activities, bodies (a list), source."""
    theme = themes.set_index("theme_id").loc[theme_id]
    names = bodies_with_theme(bodies, theme_id)
    n_activities = int((workplan["theme_id"] == theme_id).sum())
    holder = markdown_literal(_text_or_unknown(theme["portfolio_holder"]))
    team = markdown_literal(expert_team_name(theme["expert_team_body_id"], bodies))
    lines = [
        f"#### {theme_heading(themes, theme_id)}",
        "",
        f"**{texts.THEME_CARD_HOLDER}:** {holder}  ",
        f"**{texts.THEME_CARD_TEAM}:** {team}  ",
        f"**{texts.THEME_CARD_ACTIVITIES}:** {dutch.number(n_activities)}",
        "",
        f"**{texts.THEME_CARD_BODIES}:**"
        + ("" if names else f" {markdown_literal(texts.THEME_NO_BODIES)}"),
        "",
        *(f"- {markdown_literal(name)}" for name in names),
        "",
        f"{texts.THEME_CARD_SOURCE}: {markdown_literal(theme['source'])}",
    ]
    return "\n".join(lines)


def period(start_year: int, end_year: int) -> str:
    """2019, 2022 → '2019–2022' (years are never written with a thousands separator)."""
    return f"{int(start_year)}–{int(end_year)}"


def activities(
    workplan: pd.DataFrame, themes: pd.DataFrame, theme_id: str | None = None
) -> pd.DataFrame:
    """The work programme (of one theme, or all) in register order, with theme name and period."""
    names = dict(zip(themes["theme_id"], themes["name"], strict=True))
    chosen = workplan if theme_id is None else workplan[workplan["theme_id"] == theme_id]
    table = chosen.assign(
        theme=chosen["theme_id"].map(names).fillna(texts.WORKPLAN_NO_THEME),
        period=[
            period(start, end)
            for start, end in zip(chosen["start_year"], chosen["end_year"], strict=True)
        ],
    )
    return table[list(ACTIVITY_COLUMNS)].reset_index(drop=True)


def workplan_table(activities: pd.DataFrame) -> pd.DataFrame:
    """The same facts as the timeline, as a table with Dutch headers."""
    table = activities.assign(
        status=activities["status"].map(lambda s: labels.ACTIVITY_STATUS.get(s, s))
    )
    return table[list(texts.WORKPLAN_COLUMNS)].rename(columns=texts.WORKPLAN_COLUMNS)


def workplan_heading(themes: pd.DataFrame, workplan: pd.DataFrame, theme_id: str | None) -> str:
    """'Werkprogramma 2019–2022' (its whole period), or 'Werkprogramma: <theme>' (safe Markdown)."""
    if theme_id is None:
        if workplan.empty:
            return texts.WORKPLAN_HEADING.format(period="").strip()
        whole = period(workplan["start_year"].min(), workplan["end_year"].max())
        return texts.WORKPLAN_HEADING.format(period=whole)
    return texts.WORKPLAN_HEADING_THEME.format(theme=theme_heading(themes, theme_id))
