"""The import graph of etl/, dashboard/, pages/ and tools/ keeps the house rules (DESIGN §5)."""

from __future__ import annotations

import ast
import itertools
import textwrap
from pathlib import Path

import pytest

from tests.house import graph, rules

MODULES = graph.discover()
EDGES = graph.edges(MODULES)


def test_the_graph_sees_the_project() -> None:
    assert {"etl", "dashboard", "dashboard.app", "dashboard.data", "pages.kaart"} <= set(MODULES)
    assert any(edge.target == "streamlit" for edge in EDGES)


def test_no_import_cycles() -> None:
    imports = graph.internal_graph(EDGES, MODULES)
    found = [tuple(component) for component in graph.cycles(imports)]
    by_pair = {(edge.source, edge.target): edge for edge in EDGES}
    messages = []
    for component in found:
        path = graph.cycle_path(imports, component)
        steps = [by_pair[pair] for pair in itertools.pairwise(path)]
        messages.append(
            "no import cycles: "
            + " → ".join(path)
            + "".join(f"\n    {step.where}: `{step.statement}`" for step in steps)
        )
    assert not messages, "\n".join(messages)


def test_imports_keep_the_rules() -> None:
    found = rules.offences(EDGES, MODULES)
    assert not found, "\n".join(offence.message for offence in found)


def test_package_inits_hold_only_a_docstring() -> None:
    """So that importing a submodule runs no code of its package, and makes no cycle through it."""
    offenders = [
        f"{module.path.as_posix()}: a package's __init__ holds only its docstring"
        for module in MODULES.values()
        if module.is_package and not graph.docstring_only(graph.parse(module.path))
    ]
    assert not offenders, "\n".join(offenders)


def test_docstring_only() -> None:
    assert graph.docstring_only(ast.parse('"""Doc."""\n'))
    assert graph.docstring_only(ast.parse(""))
    assert not graph.docstring_only(ast.parse('"""Doc."""\nfrom . import a\n'))
    assert not graph.docstring_only(ast.parse("X = 1\n"))


# --- the checks themselves, on a synthetic project --------------------------------------------


def _project(root: Path, files: dict[str, str]) -> dict[str, graph.Module]:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return graph.discover(root, ("etl", "dashboard", "pages"))


def test_cycle_finder_on_a_synthetic_graph() -> None:
    synthetic = {
        "a": {"b"},
        "b": {"c"},
        "c": {"a", "d"},
        "d": set(),
        "e": {"e"},
        "f": {"g"},
        "g": {"f", "d"},
    }
    assert graph.cycles(synthetic) == [["a", "b", "c"], ["e"], ["f", "g"]]
    assert graph.cycle_path(synthetic, ["a", "b", "c"]) == ["a", "b", "c", "a"]
    assert graph.cycle_path(synthetic, ["e"]) == ["e", "e"]
    assert graph.cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_reaching_follows_imports_to_the_end() -> None:
    def edge(source: str, target: str) -> graph.Edge:
        return graph.Edge(source, target, Path("x.py"), 1, "")

    edges = [edge("a", "b"), edge("b", "st"), edge("c", "a"), edge("d", "e"), edge("st", "x")]
    assert rules.reaching(edges, ["st"]) == {"a", "b", "c"}


def test_every_kind_of_import_is_an_edge(tmp_path: Path) -> None:
    modules = _project(
        tmp_path,
        {
            "etl/__init__.py": '"""Doc."""\n',
            "etl/core/__init__.py": '"""Doc."""\n',
            "etl/core/a.py": """
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from etl.core import b
                def later():
                    import etl.core.c as c
                    from . import d
                    from .e import thing
                    importlib.import_module("etl.core.f")
                    from etl.core import NAME
            """,
            **{f"etl/core/{name}.py": "" for name in "bcdef"},
        },
    )
    targets = [
        edge.target for edge in graph.edges(modules, tmp_path) if edge.source == "etl.core.a"
    ]
    assert targets == [
        "typing",
        "etl.core.b",
        "etl.core.c",
        "etl.core.d",
        "etl.core.e",
        "etl.core.f",
        "etl.core",
    ]


@pytest.mark.parametrize(
    ("source", "text", "rule"),
    [
        ("dashboard/pilots/maps.py", "from dashboard.pilots import COLOURS", "own package"),
        ("dashboard/pilots/maps.py", "from . import COLOURS", "own package"),
        ("dashboard/pilots/maps.py", "from dashboard import COLOURS", "own package"),
        ("etl/core/x.py", "from dashboard.pilots import maps", "etl never imports dashboard"),
        ("etl/core/x.py", "import streamlit as st", "etl never imports streamlit"),
        ("dashboard/pilots/maps.py", "from dashboard.ui import frame", "imports dashboard.ui"),
        ("dashboard/pilots/maps.py", "import streamlit as st", "never imports streamlit"),
        ("dashboard/pilots/maps.py", "from streamlit_folium import st_folium", "streamlit"),
        ("dashboard/ui/frame.py", "import pages.kaart", "no module imports pages/"),
        ("dashboard/pilots/maps.py", "from dashboard.data import Marts", "through another"),
        ("dashboard/pilots/maps.py", "import dashboard.app", "through another"),
        ("pages/kaart.py", "import pandas as pd", "a page does no pandas work"),
        ("pages/kaart.py", "from geopandas import GeoDataFrame", "a page does no pandas work"),
    ],
)
def test_rules_catch_offences(tmp_path: Path, source: str, text: str, rule: str) -> None:
    files = {
        path: '"""Doc."""\n'
        for path in (
            "etl/__init__.py",
            "etl/core/__init__.py",
            "dashboard/__init__.py",
            "dashboard/pilots/__init__.py",
            "dashboard/ui/__init__.py",
            "dashboard/ui/frame.py",
            "pages/kaart.py",
        )
    }
    files["dashboard/data.py"] = "import streamlit\n"
    files["dashboard/app.py"] = "from dashboard import data\n"
    modules = _project(tmp_path, {**files, "dashboard/pilots/maps.py": "", source: f"\n{text}\n"})
    found = rules.offences(graph.edges(modules, tmp_path), modules)
    assert len(found) == 1
    assert rule in found[0].rule
    assert found[0].message.startswith(f"{source}:2: ")
    assert text in found[0].message


def test_allowed_imports_are_no_offence(tmp_path: Path) -> None:
    modules = _project(
        tmp_path,
        {
            "dashboard/__init__.py": "",
            "dashboard/app.py": "import streamlit as st\nfrom dashboard.ui import frame\n",
            "dashboard/data.py": "import streamlit as st\n",
            "dashboard/ui/__init__.py": "",
            "dashboard/ui/frame.py": "import streamlit as st\nfrom dashboard.pilots import maps\n",
            "dashboard/pilots/__init__.py": "",
            "dashboard/pilots/maps.py": "from dashboard.pilots import charts\nfrom . import text\n",
            "dashboard/pilots/charts.py": "",
            "dashboard/pilots/text.py": "",
            "etl/__init__.py": "",
            "pages/kaart.py": "import streamlit as st\nfrom dashboard.ui import frame\n",
        },
    )
    assert rules.offences(graph.edges(modules, tmp_path), modules) == []
