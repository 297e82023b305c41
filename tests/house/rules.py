"""The import rules of DESIGN §5, each a check from the graph's edges to the offending imports.

An offence's message names file, line, rule and the statement; there is no allow-list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from tests.house.graph import Edge, Module, within

STREAMLIT = ("streamlit", "streamlit_folium")  # the component imports streamlit itself
EDGE_MODULES = (
    "dashboard.app",
    "dashboard.navigation",
    "dashboard.data",
)  # beside dashboard.ui, the builders' frame
FRAME_LIBRARIES = ("pandas", "numpy", "geopandas")  # a page that imports them does their work


@dataclass(frozen=True)
class Offence:
    rule: str
    edge: Edge

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


@dataclass(frozen=True)
class Context:
    modules: Mapping[str, Module]
    reaching_streamlit: frozenset[str]  # our modules that load streamlit, directly or not


def reaching(edges: Iterable[Edge], targets: Iterable[str]) -> frozenset[str]:
    """The modules from which an import path leads to one of `targets`."""
    edges, reached = list(edges), set(targets)
    grown = True
    while grown:
        before = len(reached)
        reached |= {edge.source for edge in edges if edge.target in reached}
        grown = len(reached) > before
    return frozenset(reached - set(targets))


def imports_own_package(edge: Edge, context: Context) -> bool:
    """A module loads the `__init__` of a package that holds it (`from dashboard.pilots import X`
    inside dashboard/pilots/, X not a submodule): the package's __init__ stays docstring-only."""
    target = context.modules.get(edge.target)
    return (
        target is not None
        and target.is_package
        and edge.source != edge.target
        and within(edge.source, edge.target)
    )


def streamlit_through_the_edge(edge: Edge, context: Context) -> bool:
    """A builder imports a module of the edge that loads streamlit (`dashboard.data` for its
    types, say): the builder could then no longer run without streamlit. An import of another
    builder is left to that builder's own check, one of dashboard.ui to its own rule."""
    return (
        is_builder(edge.source)
        and edge.target in context.reaching_streamlit
        and not is_builder(edge.target)
        and not within(edge.target, "dashboard.ui")
    )


BUILDER = "a builder (dashboard/ outside ui/, app.py, data.py)"
RULES: dict[str, Callable[[Edge, Context], bool]] = {
    "a submodule never imports its own package's __init__": imports_own_package,
    "etl never imports dashboard": lambda edge, _: (
        within(edge.source, "etl") and within(edge.target, "dashboard")
    ),
    "etl never imports streamlit": lambda edge, _: (
        within(edge.source, "etl") and edge.target in STREAMLIT
    ),
    f"{BUILDER} never imports dashboard.ui": lambda edge, _: (
        is_builder(edge.source) and within(edge.target, "dashboard.ui")
    ),
    f"{BUILDER} never imports streamlit": lambda edge, _: (
        is_builder(edge.source) and edge.target in STREAMLIT
    ),
    f"{BUILDER} never imports streamlit through another module": streamlit_through_the_edge,
    "no module imports pages/": lambda edge, _: within(edge.target, "pages"),
    "a page does no pandas work (load, call a function, render)": lambda edge, _: (
        within(edge.source, "pages") and edge.target in FRAME_LIBRARIES
    ),
}


def offences(edges: Iterable[Edge], modules: Mapping[str, Module]) -> list[Offence]:
    """Every edge that breaks a rule, once per rule it breaks."""
    edges = list(edges)
    context = Context(modules, reaching(edges, STREAMLIT))
    return [
        Offence(rule, edge)
        for edge in edges
        for rule, breaks in RULES.items()
        if breaks(edge, context)
    ]
