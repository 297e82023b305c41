"""Helpers of the register version tests: a change the rules accept, an import, a rollback,
and a stand-in for the build that records which registers the marts were built from."""

from __future__ import annotations

import json

from etl.core.settings import DataRoot, Settings
from etl.core.store import MANIFEST, sha256
from etl.reference.tables import load_reference
from etl.registers import applying, checking

from .conftest import REPO

REFERENCE = load_reference(REPO / "data" / "reference")


def workplan(root: DataRoot, old: str, new: str) -> bytes:
    """The register in use with one text replaced (a change the rules accept)."""
    text = (root.register / "werkprogramma.csv").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode()


def recorded(settings: Settings) -> None:
    """A stand-in for the build: a manifest naming the registers in use, as the build's does.

    The version tests need to know which registers the marts were built from, not the marts.
    """
    data = settings.data
    inputs = [
        {"path": str(path.relative_to(data.root)), "sha256": sha256(path)}
        for path in sorted(data.register.glob("*.csv"))
    ]
    data.processed.mkdir(parents=True, exist_ok=True)
    (data.processed / MANIFEST).write_text(json.dumps({"inputs": inputs}))


def import_file(settings, content: bytes, name: str = "werkprogramma.csv", rebuild=recorded):
    result = checking.check(name, content, settings.data, REFERENCE)
    assert result.ok, [str(p) for p in result.problems]
    return applying.apply(result, settings, "test@vnon.nl", rebuild=rebuild)


def rollback(settings: Settings, target: str | None):
    return applying.rollback(settings, REFERENCE, target, "test", rebuild=recorded)


def files(folder) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.suffix == ".csv"
    }
