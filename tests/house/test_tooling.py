"""The tools keep rules too: ruff bans streamlit off the edge; installs come from the lock."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

from etl.contract.registry import MART_SCHEMAS
from tests.house.graph import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = (REPO / "requirements.lock").read_text(encoding="utf-8")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _ruff(path: str, text: str) -> str:
    """ruff's findings for `text` as if it were the project's file `path`, with its config."""
    result = subprocess.run(
        [
            *(sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "TID251"),
            *("--output-format", "concise", "--stdin-filename", path, "-"),
        ],
        input=text,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    return result.stdout


@pytest.mark.parametrize(
    "path",
    ["dashboard/pilots/maps.py", "dashboard/texts/kaart.py", "etl/build.py", "dashboard/x/ui.py"],
)
@pytest.mark.parametrize(
    "text",
    [
        "import streamlit as st\n",
        "from streamlit.testing.v1 import AppTest\n",
        "from streamlit_folium import st_folium\n",
    ],
)
def test_ruff_bans_streamlit_in_builders_and_etl(path: str, text: str) -> None:
    assert "TID251" in _ruff(path, text)


@pytest.mark.parametrize(
    "path",
    ["pages/kaart.py", "dashboard/app.py", "dashboard/data.py", "dashboard/ui/pilots.py"],
)
def test_ruff_allows_streamlit_at_the_edge(path: str) -> None:
    found = _ruff(path, "import streamlit as st\nfrom streamlit_folium import st_folium\n")
    assert "TID251" not in found
    assert "All checks passed" in found


def test_ruff_selects_the_tidy_imports() -> None:
    assert "TID" in PYPROJECT["tool"]["ruff"]["lint"]["select"]


def locked() -> dict[str, str]:
    """Package → version of requirements.lock that applies on this Python."""
    environment = default_environment()
    pins = {}
    for line in LOCK.splitlines():
        if match := PIN.match(line):
            name, version, marker = match.groups()
            if not marker or Requirement(f"x; {marker}").marker.evaluate(environment):
                pins[_canonical(name)] = version
    return pins


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [Requirement(line) for line in project["dependencies"]] + [
        Requirement(line) for line in project["optional-dependencies"]["dev"]
    ]


def test_the_lock_fits_pyproject() -> None:
    """Every dependency and dev tool is pinned in the lock, within its range in pyproject.toml."""
    pins = locked()
    misfits = [
        f"{requirement}: the lock has {pins.get(_canonical(requirement.name), 'nothing')}"
        for requirement in _requirements()
        if not requirement.specifier.contains(
            pins.get(_canonical(requirement.name), "0.dev0"), prereleases=True
        )
        or _canonical(requirement.name) not in pins
    ]
    assert not misfits, "run `make lock`:\n" + "\n".join(misfits)


def test_every_pin_has_hashes() -> None:
    """pip then checks every download against the lock (hash-checking mode)."""
    hashes: dict[str, int] = {}
    for line in LOCK.splitlines():
        if PIN.match(line):
            current = line
            hashes[current] = 0
        elif line.strip().startswith("--hash=sha256:"):
            hashes[current] += 1
    assert len(hashes) > 40
    assert [pin for pin, count in hashes.items() if not count] == []


def test_ruff_is_pinned_and_installed_exactly() -> None:
    """Lint must not change under anyone's feet: one ruff version in pyproject, lock and .venv."""
    (ruff,) = [r for r in _requirements() if r.name == "ruff"]
    assert re.fullmatch(r"==\d+\.\d+\.\d+", str(ruff.specifier))
    version = str(ruff.specifier).removeprefix("==")
    assert locked()["ruff"] == version
    assert metadata.version("ruff") == version


def test_pin_pattern() -> None:
    assert PIN.match("numpy==2.4.6 ; python_full_version < '3.12' \\").groups() == (
        "numpy",
        "2.4.6",
        "python_full_version < '3.12'",
    )
    assert PIN.match("altair==6.3.0 \\").groups() == ("altair", "6.3.0", None)
    assert not PIN.match("    --hash=sha256:abc \\")
    assert not PIN.match("    # via streamlit")


def test_the_readme_lists_every_mart_of_the_contract() -> None:
    """The README is the authority for what exists: its mart table and the registry agree."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## De marts", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `(\w+)` \|", section, flags=re.M)
    assert sorted(listed) == sorted(MART_SCHEMAS), "README, De marts: werk de tabel bij"
    for name in listed:
        domain = re.search(rf"^\| `{name}` \|[^|]*\| (\w+) \|", section, flags=re.M).group(1)
        assert MART_SCHEMAS[name].__module__ == f"etl.contract.{domain}", name
