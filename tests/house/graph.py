"""The import graph of the project's own modules, read with `ast` (nothing is imported).

Every import statement counts: at module level, inside functions, under `if TYPE_CHECKING:` and
`importlib.import_module("…")` with a literal name. `from pkg import name` is an import of the
module `pkg.name` when that module exists, else of `pkg` (its `__init__`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("etl", "dashboard", "pages", "tools")


@dataclass(frozen=True)
class Module:
    name: str  # dotted: "dashboard.pilots.maps"; a package's __init__ is "dashboard.pilots"
    path: Path  # relative to the repo: dashboard/pilots/maps.py
    is_package: bool  # an __init__.py

    @property
    def package(self) -> str:
        """The package the module's relative imports start from."""
        return self.name if self.is_package else self.name.rpartition(".")[0]


@dataclass(frozen=True)
class Edge:
    source: str  # importing module
    target: str  # imported name, resolved: one of ours, or an outside top-level ("streamlit")
    path: Path
    line: int
    statement: str  # the source text of the import, for messages

    @property
    def where(self) -> str:
        return f"{self.path.as_posix()}:{self.line}"


def module_name(path: Path) -> tuple[str, bool]:
    """Dotted name of a file relative to the repo, and whether it is a package's __init__."""
    parts = list(path.with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def discover(root: Path = REPO, dirs: Iterable[str] = SOURCE_DIRS) -> dict[str, Module]:
    """Every .py file under the source folders, by dotted name."""
    modules = {}
    for folder in dirs:
        for file in sorted((root / folder).rglob("*.py")):
            path = file.relative_to(root)
            name, is_package = module_name(path)
            modules[name] = Module(name, path, is_package)
    return modules


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    """The absolute module a `from … import` names, relative dots resolved."""
    if not node.level:
        return node.module or ""
    base = module.package.split(".")
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _resolve(name: str, known: Mapping[str, Module]) -> str:
    """The deepest module of ours that `name` names, or the outside top-level package."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in known:
            return ".".join(parts[:end])
    return parts[0]


def _dynamic_name(node: ast.Call) -> str | None:
    """The literal module name of `importlib.import_module("x")` or `__import__("x")`."""
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if called not in {"import_module", "__import__"} or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imported_names(module: Module, tree: ast.AST, known: Mapping[str, Module]):
    """(target, node) for each module an import in the tree loads, resolved against `known`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield _resolve(alias.name, known), node
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                target = submodule if submodule in known else _resolve(base, known)
                yield target, node
        elif isinstance(node, ast.Call) and (name := _dynamic_name(node)):
            yield _resolve(name, known), node


def parse(path: Path, root: Path = REPO) -> ast.Module:
    """The syntax tree of a file relative to the repo."""
    return ast.parse((root / path).read_text(encoding="utf-8"), filename=str(path))


def docstring_only(tree: ast.Module) -> bool:
    """Whether a module holds nothing but (at most) its docstring."""
    return not tree.body or (len(tree.body) == 1 and ast.get_docstring(tree) is not None)


def edges(modules: Mapping[str, Module], root: Path = REPO) -> list[Edge]:
    """Every import of every module: one edge per imported name, repeats kept (each has a line)."""
    found = []
    for module in modules.values():
        text = (root / module.path).read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(module.path))
        # ast.walk goes breadth-first; edges come in the order of the source.
        found_here = imported_names(module, tree, modules)
        for target, node in sorted(
            found_here, key=lambda pair: (pair[1].lineno, pair[1].col_offset)
        ):
            statement = ast.get_source_segment(text, node) or ""
            found.append(Edge(module.name, target, module.path, node.lineno, statement))
    return found


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components that hold a cycle (Tarjan), each sorted, a self-import
    being a cycle of one; components in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def cycle_path(graph: Mapping[str, Iterable[str]], component: Iterable[str]) -> list[str]:
    """One closed path through a cyclic component, from its first member back to it."""
    members = set(component)
    start = min(members)
    # Breadth-first within the component: the shortest way from `start` back to `start`.
    paths = {nxt: [start, nxt] for nxt in graph.get(start, ()) if nxt in members}
    frontier = list(paths)
    while start not in paths and frontier:
        nxt_frontier = []
        for node in frontier:
            for nxt in graph.get(node, ()):
                if nxt in members and nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    nxt_frontier.append(nxt)
        frontier = nxt_frontier
    return paths[start]


def internal_graph(found: Iterable[Edge], modules: Mapping[str, Module]) -> dict[str, set[str]]:
    """Module → the modules of ours it imports."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for edge in found:
        if edge.target in modules:
            graph[edge.source].add(edge.target)
    return graph


def within(name: str, package: str) -> bool:
    """Whether the dotted `name` is `package` or lies inside it."""
    return name == package or name.startswith(f"{package}.")
