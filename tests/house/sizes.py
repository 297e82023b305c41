"""The sizes of DESIGN §5: lines per module, per page and per function, and `# fmt: skip` in pages.

A function's size is its whole `def`: from the `def` line to its last line, docstring and nested
functions included (decorators not). Methods count as functions, named `Class.method`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MODULE_LINES = 400
PAGE_LINES = 60
FUNCTION_LINES = 60
FMT_SKIP = re.compile(r"#\s*fmt:\s*skip")


@dataclass(frozen=True)
class Oversize:
    what: str  # "module", "page", "function" or "fmt: skip"
    name: str  # "pages/kaart.py", or for a function "dashboard/pilots/maps.py::Class.method"
    line: int
    size: int  # lines; for "fmt: skip" the number of them
    limit: int

    @property
    def key(self) -> str:
        """What the offence is: "function dashboard/pilots/maps.py::site_map"."""
        return f"{self.what} {self.name}"

    @property
    def message(self) -> str:
        path, _, function = self.name.partition("::")
        if self.what == "fmt: skip":
            return f"{path}:{self.line}: a page has no `# fmt: skip` ({self.size} found)"
        what = f"function {function}" if function else self.what
        return f"{path}:{self.line}: {what} has {self.size} lines (at most {self.limit})"


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.AST]]:
    """(qualified name, node) of every function and method, nested ones included."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield f"{prefix}{node.name}", node
            yield from functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from functions(node, f"{prefix}{node.name}.")
        else:
            yield from functions(node, prefix)


def oversizes(path: str, text: str, is_page: bool) -> list[Oversize]:
    """What in one file breaks a size rule; `path` is the file relative to the repo."""
    lines = text.splitlines()
    found = []
    if len(lines) > MODULE_LINES:
        found.append(Oversize("module", path, 1, len(lines), MODULE_LINES))
    if is_page and len(lines) > PAGE_LINES:
        found.append(Oversize("page", path, 1, len(lines), PAGE_LINES))
    skips = [number for number, line in enumerate(lines, start=1) if FMT_SKIP.search(line)]
    if is_page and skips:
        found.append(Oversize("fmt: skip", path, skips[0], len(skips), 0))
    for name, node in functions(ast.parse(text, filename=path)):
        size = node.end_lineno - node.lineno + 1
        if size > FUNCTION_LINES:
            found.append(Oversize("function", f"{path}::{name}", node.lineno, size, FUNCTION_LINES))
    return found


def scan(root: Path, dirs: tuple[str, ...]) -> list[Oversize]:
    """Every size offence under the given folders of `root`."""
    found = []
    for folder in dirs:
        for file in sorted((root / folder).rglob("*.py")):
            path = file.relative_to(root).as_posix()
            text = file.read_text(encoding="utf-8")
            found += oversizes(path, text, is_page=path.startswith("pages/"))
    return found
