"""Write marts and their manifest so readers never see a half-written build."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from etl.core import atomic

MANIFEST = "manifest.json"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def write_marts(
    folder: Path, marts: dict[str, pd.DataFrame | bytes], manifest: dict[str, object]
) -> dict[str, Path]:
    """Write every mart (a frame, or its parquet bytes from `parquet_bytes`) to a temp file, then
    move them all in place and the manifest last.

    Nothing is replaced until every file has been written, so an error while writing leaves the
    previous build untouched; the manifest, written last, names the build the files belong to.
    """
    writers: dict[Path, atomic.Writer] = {
        folder / f"{name}.parquet": partial(_write_parquet, frame) for name, frame in marts.items()
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    writers[folder / MANIFEST] = lambda temporary: temporary.write_text(text, encoding="utf-8")
    atomic.replace_all(writers)
    return {name: folder / f"{name}.parquet" for name in marts}


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """A mart as the parquet file `write_marts` writes for it (so its hash can go in a manifest)."""
    buffer = io.BytesIO()
    _write_parquet(frame, buffer)
    return buffer.getvalue()


def _write_parquet(frame: pd.DataFrame | bytes, path: Path | io.BytesIO) -> None:
    if isinstance(frame, bytes):
        path.write_bytes(frame)
    elif isinstance(frame, gpd.GeoDataFrame):
        frame.to_parquet(path, index=False, schema_version="1.0.0")
    else:
        frame.to_parquet(path, index=False)


def lists_from_parquet(frame: pd.DataFrame) -> pd.DataFrame:
    """A read mart: parquet gives list cells back as numpy arrays; they become lists again."""
    columns = [
        column
        for column in frame.columns
        if frame[column].dtype == object and frame[column].map(type).eq(np.ndarray).any()
    ]
    return frame.assign(**{column: frame[column].map(list) for column in columns})


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_texts(folder: Path, files: dict[str, str]) -> None:
    """Write text files (UTF-8) into a folder: all temp files first, then all moved in place."""
    atomic.replace_all({folder / name: partial(_write_text, text) for name, text in files.items()})


def _write_text(text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")
