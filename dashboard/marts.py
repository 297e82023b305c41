"""The marts of a build as plain frames, read and checked against their contract, without
Streamlit: the command line (the factsheet) and the builders read them here; `dashboard.data`
adds the app's cache on top. A mart the manifest vouches for (same contract fingerprint, same
file hash: `etl.contract.fingerprint`) was checked by the build and is not checked again."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, fields, replace
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pandera.errors

from etl.contract.base import lists_from_parquet
from etl.contract.fingerprint import is_intact
from etl.contract.registry import GEO_MARTS, MART_SCHEMAS
from etl.core.store import MANIFEST


class DataUnavailableError(Exception):
    """The marts are missing or do not match their contract; the message is Dutch."""


@dataclass(frozen=True)
class Marts:
    municipalities: pd.DataFrame
    districts: pd.DataFrame
    municipality_shapes: gpd.GeoDataFrame
    district_shapes: gpd.GeoDataFrame
    bodies: pd.DataFrame
    body_relations: pd.DataFrame
    themes: pd.DataFrame
    workplan: pd.DataFrame
    pilots: pd.DataFrame
    pilot_sites: pd.DataFrame
    pilot_results: pd.DataFrame
    # Financiering
    budget_lines: pd.DataFrame
    contribution_rates: pd.DataFrame
    contribution_statuses: pd.DataFrame
    in_kind_contributions: pd.DataFrame
    contributions: pd.DataFrame
    contribution_rollups: pd.DataFrame
    budget_comparison: pd.DataFrame
    budget_category_comparison: pd.DataFrame
    former_funders: pd.DataFrame
    manifest: dict


def visible(marts: Marts, show_demo: bool) -> Marts:
    """The marts as a user sees them: demo rows (`is_demo`) only when demo data is switched on."""
    if show_demo:
        return marts
    real_only = {
        field.name: table[~table["is_demo"]].reset_index(drop=True)
        for field in fields(marts)
        if isinstance(table := getattr(marts, field.name), pd.DataFrame)
        and "is_demo" in table.columns
    }
    return replace(marts, **real_only)


def read_marts(folder: Path) -> Marts:
    """Read every mart of a build, checking those the manifest does not vouch for; raise
    DataUnavailableError in Dutch if one is unusable."""
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise DataUnavailableError(
            f"Er zijn nog geen gegevens gebouwd in {folder}. Voer `make data` uit "
            "(of `python -m etl build`) en laad de pagina opnieuw."
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    recorded = manifest.get("marts") if isinstance(manifest, dict) else None
    recorded = recorded if isinstance(recorded, dict) else {}
    tables = {name: _read_table(folder, name, recorded.get(name)) for name in MART_SCHEMAS}
    return Marts(**tables, manifest=manifest)


def _read_table(folder: Path, name: str, recorded: object) -> pd.DataFrame:
    """One mart; checked with pandera unless the manifest says this file passed this contract."""
    path = folder / f"{name}.parquet"
    schema = MART_SCHEMAS[name]
    try:
        content = path.read_bytes()
        source = io.BytesIO(content)
        frame = gpd.read_parquet(source) if name in GEO_MARTS else pd.read_parquet(source)
        frame = lists_from_parquet(frame)
        return frame if is_intact(recorded, schema, content) else schema.validate(frame)
    except FileNotFoundError:
        raise DataUnavailableError(
            f"Tabel '{name}' ontbreekt in {folder}. Bouw de gegevens opnieuw met `make data`."
        ) from None
    except (pandera.errors.SchemaError, ValueError, OSError) as err:
        raise DataUnavailableError(
            f"Tabel '{name}' in {folder} voldoet niet aan het gegevenscontract "
            f"({type(err).__name__}). Bouw de gegevens opnieuw met `make data`."
        ) from None
