"""Thema's en werkprogramma: who holds each theme, who works on it, and what is planned.

Pure functions: registers in, display frames (Dutch headers) or safe Markdown out. Text from
the registers is escaped (`markup.literal`) before it reaches Markdown, so a register cell
never becomes markup.
"""

from __future__ import annotations

import pandas as pd

from dashboard.display import url_params
from dashboard.display.markup import literal
from dashboard.governance.names import body_names, theme_names
from dashboard.texts import frame as frame_texts
from dashboard.texts import labels
from dashboard.texts import themas as texts
from etl.core import dutch

ACTIVITY_COLUMNS = (
    "activity_id",
    "title",
    "theme_id",
    "theme",
    "start_year",
    "end_year",
    "period",
    "status",
    "source",
)


def theme_options(themes: pd.DataFrame) -> dict[str, str]:
    """'alle' first (the default, leaving the URL clean), then every theme in register order."""
    return {url_params.ALL_VALUES: texts.THEMES_ALL} | theme_names(themes)


def chosen_theme(choice: str) -> str | None:
    """The theme id chosen in the selector, or None for all themes."""
    return None if choice == url_params.ALL_VALUES else choice


def _text_or_unknown(value: object) -> str:
    """The value, or 'onbekend' where the register leaves it empty or blank."""
    return (
        frame_texts.UNKNOWN if value is None or pd.isna(value) or not str(value).strip() else value
    )


def expert_team_name(team_id: object, bodies: pd.DataFrame) -> str:
    """The name of a theme's expert team, 'onbekend' when none is recorded."""
    if team_id is None or pd.isna(team_id):
        return frame_texts.UNKNOWN
    unregistered = texts.THEME_EXPERT_TEAM_UNREGISTERED.format(team=team_id)
    return body_names(bodies).get(team_id) or unregistered


def bodies_with_theme(bodies: pd.DataFrame, theme_id: str) -> list[str]:
    """Names of the bodies that list the theme in their `themes`, in register order."""
    pairs = zip(bodies["name"], bodies["themes"], strict=True)
    return [name for name, own in pairs if theme_id in own]


def theme_ids(themes: pd.DataFrame, theme_id: str | None) -> list[str]:
    """The themes to show: the chosen one, or all of them in register order."""
    return list(themes["theme_id"]) if theme_id is None else [theme_id]


def theme_heading(themes: pd.DataFrame, theme_id: str) -> str:
    """The theme's name, safe as Markdown."""
    return literal(themes.set_index("theme_id").at[theme_id, "name"])


def theme_card(
    themes: pd.DataFrame, bodies: pd.DataFrame, workplan: pd.DataFrame, theme_id: str
) -> str:
    """One theme as Markdown: name, holder, expert team, activities, bodies (a list), source."""
    theme = themes.set_index("theme_id").loc[theme_id]
    names = bodies_with_theme(bodies, theme_id)
    n_activities = int((workplan["theme_id"] == theme_id).sum())
    holder = literal(_text_or_unknown(theme["portfolio_holder"]))
    team = literal(expert_team_name(theme["expert_team_body_id"], bodies))
    lines = [
        f"### {theme_heading(themes, theme_id)}",
        "",
        f"**{texts.THEME_CARD_HOLDER}:** {holder}  ",
        f"**{texts.THEME_CARD_TEAM}:** {team}  ",
        f"**{texts.THEME_CARD_ACTIVITIES}:** {dutch.number(n_activities)}",
        "",
        f"**{texts.THEME_CARD_BODIES}:**" + ("" if names else f" {literal(texts.THEME_NO_BODIES)}"),
        "",
        *(f"- {literal(name)}" for name in names),
        "",
        f"{texts.THEME_CARD_SOURCE}: {literal(theme['source'])}",
    ]
    return "\n".join(lines)


def activities(
    workplan: pd.DataFrame, themes: pd.DataFrame, theme_id: str | None = None
) -> pd.DataFrame:
    """The work programme (of one theme, or all) in register order, with theme name and period."""
    names = theme_names(themes)
    chosen = workplan if theme_id is None else workplan[workplan["theme_id"] == theme_id]
    table = chosen.assign(
        theme=chosen["theme_id"].map(names).fillna(texts.WORKPLAN_NO_THEME),
        period=[
            dutch.period(int(start), int(end))
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
        whole = dutch.period(int(workplan["start_year"].min()), int(workplan["end_year"].max()))
        return texts.WORKPLAN_HEADING.format(period=whole)
    return texts.WORKPLAN_HEADING_THEME.format(theme=theme_heading(themes, theme_id))
