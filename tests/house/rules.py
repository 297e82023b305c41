"""The import rules of DESIGN §5, each a check from the graph's edges to the offending imports.

An offence is named by (rule, importing module, imported module), so an allow-list entry survives
line moves; its message names file, line, rule and the statement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from tests.house.graph import Edge, Module, within

STREAMLIT = ("streamlit", "streamlit_folium")  # the component imports streamlit itself
EDGE_MODULES = ("dashboard.app", "dashboard.data")  # beside dashboard.ui, the builders' frame
FRAME_LIBRARIES = ("pandas", "numpy", "geopandas")  # a page that imports them does their work


@dataclass(frozen=True)
class Offence:
    rule: str
    edge: Edge

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.edge.source, self.edge.target)

    @property
    def message(self) -> str:
        return f"{self.edge.where}: {self.rule}: `{self.edge.statement}`"


def is_builder(name: str) -> bool:
    """Whether a module is a pure builder: in dashboard/, outside the UI frame and the edge."""
    return (
        within(name, "dashboard")
        and not within(name, "dashboard.ui")
        and not any(within(name, edge) for edge in EDGE_MODULES)
    )


def imports_own_package(edge: Edge, modules: Mapping[str, Module]) -> bool:
    """A module loads the `__init__` of a package that holds it (`from dashboard.pilots import X`
    inside dashboard/pilots/, X not a submodule): the package's __init__ stays docstring-only."""
    target = modules.get(edge.target)
    return (
        target is not None
        and target.is_package
        and edge.source != edge.target
        and within(edge.source, edge.target)
    )


RULES: dict[str, Callable[[Edge, Mapping[str, Module]], bool]] = {
    "a submodule never imports its own package's __init__": imports_own_package,
    "etl never imports dashboard": lambda edge, _: (
        within(edge.source, "etl") and within(edge.target, "dashboard")
    ),
    "etl never imports streamlit": lambda edge, _: (
        within(edge.source, "etl") and edge.target in STREAMLIT
    ),
    "a builder (dashboard/ outside ui/, app.py, data.py) never imports dashboard.ui": (
        lambda edge, _: is_builder(edge.source) and within(edge.target, "dashboard.ui")
    ),
    "a builder (dashboard/ outside ui/, app.py, data.py) never imports streamlit": (
        lambda edge, _: is_builder(edge.source) and edge.target in STREAMLIT
    ),
    "no module imports pages/": lambda edge, _: within(edge.target, "pages"),
    "a page does no pandas work (load, call a function, render)": lambda edge, _: (
        within(edge.source, "pages") and edge.target in FRAME_LIBRARIES
    ),
}


def offences(edges: Iterable[Edge], modules: Mapping[str, Module]) -> list[Offence]:
    """Every edge that breaks a rule, once per rule it breaks."""
    return [
        Offence(rule, edge)
        for edge in edges
        for rule, breaks in RULES.items()
        if breaks(edge, modules)
    ]
