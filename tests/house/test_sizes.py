"""Modules, pages and functions of etl/, dashboard/, pages/ and tools/ stay small (DESIGN §5)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.house import sizes
from tests.house.graph import REPO, SOURCE_DIRS


def test_sizes_keep_the_limits() -> None:
    found = sizes.scan(REPO, SOURCE_DIRS)
    assert not found, "\n".join(oversize.message for oversize in found)


def test_no_utils_module() -> None:
    """Small modules named by what they hold, never a drawer called utils."""
    found = [
        file.relative_to(REPO).as_posix()
        for folder in SOURCE_DIRS
        for file in (REPO / folder).rglob("utils.py")
    ]
    assert not found, f"name these modules by what they hold: {found}"


# --- the checks themselves, on synthetic source -----------------------------------------------


def _function(name: str, lines: int, indent: str = "") -> str:
    """A function of exactly `lines` lines, docstring included."""
    body = [f'{indent}    """Doc."""', *[f"{indent}    x = {n}" for n in range(lines - 2)]]
    return "\n".join([f"{indent}def {name}():", *body]) + "\n"


def test_functions_are_measured_whole() -> None:
    text = (
        "@decorator\n"
        + _function("fits", 60)
        + "class Thing:\n"
        + _function("method", 61, indent="    ")
        + _function("outer", 70).replace(
            "    x = 0\n", "    x = 0\n" + _function("inner", 3, "    ")
        )
    )
    found = sizes.oversizes("dashboard/x.py", text, is_page=False)
    assert [(o.key, o.size) for o in found] == [
        ("function dashboard/x.py::Thing.method", 61),
        ("function dashboard/x.py::outer", 73),
    ]
    assert found[0].message == (
        "dashboard/x.py:63: function Thing.method has 61 lines (at most 60)"
    )


def test_nested_functions_are_measured_too() -> None:
    inner = _function("inner", 61, indent="    ")
    text = "def outer():\n" + inner
    keys = [o.key for o in sizes.oversizes("etl/x.py", text, is_page=False)]
    assert keys == ["function etl/x.py::outer", "function etl/x.py::outer.inner"]


def test_modules_and_pages() -> None:
    module = "x = 1\n" * 401
    assert [o.key for o in sizes.oversizes("etl/x.py", module, is_page=False)] == [
        "module etl/x.py"
    ]
    assert sizes.oversizes("etl/x.py", "x = 1\n" * 400, is_page=False) == []
    page = "x = 1\n" * 61
    assert [o.message for o in sizes.oversizes("pages/p.py", page, is_page=True)] == [
        "pages/p.py:1: page has 61 lines (at most 60)"
    ]
    assert sizes.oversizes("pages/p.py", "x = 1\n" * 60, is_page=True) == []


def test_fmt_skip_only_in_pages() -> None:
    text = "x = [1,  2]  # fmt: skip\ny = 2\nz = [3,  4]  #fmt:skip\n"
    found = sizes.oversizes("pages/p.py", text, is_page=True)
    assert [o.message for o in found] == ["pages/p.py:1: a page has no `# fmt: skip` (2 found)"]
    assert sizes.oversizes("dashboard/x.py", text, is_page=False) == []


def test_scan_reads_the_folders(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p.py").write_text("x = 1\n" * 61, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "t.py").write_text(textwrap.dedent(_function("big", 99)))
    assert [o.key for o in sizes.scan(tmp_path, ("pages",))] == ["page pages/p.py"]
