"""What the pilots page shows for one choice of filters, derived once from the visible marts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.pilots.diffusion import diffusion_edges, year_range
from dashboard.pilots.figures import municipality_figures
from dashboard.pilots.selection import Selection, filter_pilots, of_pilots, selection


@dataclass(frozen=True)
class View:
    """What the page shows for a selection: the pilots, their sites and results, the figures
    per municipality, the adoptions, and the years the diffusion slider spans (None: none)."""

    selection: Selection
    pilots: pd.DataFrame
    sites: pd.DataFrame
    results: pd.DataFrame
    figures: pd.DataFrame
    edges: pd.DataFrame
    years: tuple[int, int] | None


def explore(marts, chosen: list[list[str]], first: str, last: str) -> View:
    """Filter the pilots and derive everything the page draws from them (`marts`: visible)."""
    picked = selection(chosen, first, last)
    shown = filter_pilots(marts.pilots, marts.pilot_sites, marts.municipalities, picked)
    sites, results = of_pilots(marts.pilot_sites, shown), of_pilots(marts.pilot_results, shown)
    edges = diffusion_edges(shown, sites, marts.municipalities)
    figures = municipality_figures(shown, sites, marts.municipalities)
    return View(picked, shown, sites, results, figures, edges, year_range(edges))
