"""The hostile corpus's shared tools: a built data root to attack, its fingerprint, a register
file with one cell replaced, and `python -m etl` run in-process with what it printed."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass

from etl.__main__ import main
from etl.core.settings import DataRoot
from tests.conftest import MUNICIPALITY_BOUNDARIES


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def said(self) -> str:
        return self.out + self.err


def fingerprint(root: DataRoot) -> dict[str, str]:
    """A sha256 of every file below the data root (the lock file aside: taking it is no change),
    and of every folder's name, so an added or removed empty folder counts too."""
    prints = {}
    for path in sorted(root.root.rglob("*")):
        name = str(path.relative_to(root.root))
        if path.is_dir():
            prints[name + "/"] = "map"
        elif path.name != ".lock":
            prints[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return prints


def etl(root: DataRoot, capsys, monkeypatch, *argv: str) -> Run:
    """`python -m etl ARGV` on `root`, in this process; a traceback would fail the test."""
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    monkeypatch.setenv("VNON_BOUNDARIES", str(MUNICIPALITY_BOUNDARIES))
    monkeypatch.setenv("VNON_OFFLINE", "1")
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return Run(code, out, err)


def with_cell(root: DataRoot, file: str, row: int, header: str, value: str) -> bytes:
    """The register in use as CSV bytes with one cell (row as Excel numbers it) replaced."""
    text = (root.register / file).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    rows[row - 1][rows[0].index(header)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()
