"""A build's stamp of its contract, which a reader can check without importing pandera.

The stamp hashes the code of the contract (every module of `etl.contract`, as text) and the
versions of the libraries that check it. A reader whose code gives the same stamp, and that
finds a mart file with the hash the manifest records, reads exactly the file that passed its
check in this build, under this very contract: it need not import pandera to trust it (about
0,15 s of every server start, in the warming the first page waits for). Any other reader checks
per mart as `etl.contract.fingerprint` says.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

CONTRACT = Path(__file__).resolve().parent
# What decides whether a frame passes: the checker, the frames, and what reads them back from
# parquet (pyarrow: types and units), checks geometry (shapely) or computes (numpy).
CHECKING_LIBRARIES = ("pandera", "pandas", "geopandas", "numpy", "pyarrow", "shapely")


@cache
def contract_stamp() -> str:
    """The hash of the contract's modules (names and text) and the checking libraries' versions."""
    digest = hashlib.sha256()
    for library in CHECKING_LIBRARIES:
        digest.update(f"{library}=={version(library)}\n".encode())
    for module in sorted(CONTRACT.glob("*.py")):
        digest.update(module.name.encode() + b"\n" + module.read_bytes() + b"\n")
    return digest.hexdigest()


def file_identity(content: bytes) -> dict[str, object]:
    """What the manifest records of a mart's file: its hash and size."""
    return {"sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}


def is_same_file(recorded: object, content: bytes) -> bool:
    """Whether `content` is the file the manifest's record describes."""
    if not isinstance(recorded, dict):
        return False
    return {key: recorded.get(key) for key in ("sha256", "bytes")} == file_identity(content)
