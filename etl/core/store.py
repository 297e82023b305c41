"""Write marts and their manifest so readers never see a half-written build."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd

MANIFEST = "manifest.json"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def write_marts(
    folder: Path, marts: dict[str, pd.DataFrame], manifest: dict[str, object]
) -> dict[str, Path]:
    """Write every mart to a temp file, then move them all in place and the manifest last.

    Nothing is replaced until every file has been written, so an error while writing leaves the
    previous build untouched; the manifest, written last, names the build the files belong to.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for name, frame in marts.items():
            target = folder / f"{name}.parquet"
            temporary = _reserve(target)
            staged.append((temporary, target))
            if isinstance(frame, gpd.GeoDataFrame):
                frame.to_parquet(temporary, index=False, schema_version="1.0.0")
            else:
                frame.to_parquet(temporary, index=False)
        manifest_target = folder / MANIFEST
        manifest_temporary = _reserve(manifest_target)
        staged.append((manifest_temporary, manifest_target))
        manifest_temporary.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for temporary, target in staged:
            temporary.chmod(0o644)  # mkstemp makes 0600; the marts are for every reader
            temporary.replace(target)  # atomic (os.replace)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return {name: folder / f"{name}.parquet" for name in marts}


def _reserve(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_texts(folder: Path, files: dict[str, str]) -> None:
    """Write text files (UTF-8) into a folder: all temp files first, then all moved in place."""
    staged: list[tuple[Path, Path]] = []
    try:
        for name, text in files.items():
            target = folder / name
            temporary = _reserve(target)
            staged.append((temporary, target))
            temporary.write_text(text, encoding="utf-8")
        for temporary, target in staged:
            temporary.chmod(0o644)
            temporary.replace(target)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
