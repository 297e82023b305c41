"""The marts of a build as plain frames, read and checked against their contract, without
Streamlit: the command line (the factsheet) and the builders read them here; `dashboard.data`
adds the app's cache on top. A mart the manifest vouches for was checked by the build and is not
checked again: with the build's own contract code (`etl.contract.stamp`) and the same file hash
it is read without importing pandera at all; otherwise its contract fingerprint decides
(`etl.contract.fingerprint`), and a mart that fails both is checked with pandera."""

from __future__ import annotations

import io
import json
import typing
from dataclasses import dataclass, fields, replace
from pathlib import Path

import geopandas as gpd
import pandas as pd

from etl.contract.stamp import contract_stamp, is_same_file
from etl.core.store import MANIFEST, lists_from_parquet


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


def mart_names() -> list[str]:
    """The marts a build holds, in the order the dashboard reads them (`Marts`' fields)."""
    return [field.name for field in fields(Marts) if field.name != "manifest"]


def geo_mart_names() -> frozenset[str]:
    """The marts read with geopandas: those `Marts` declares as GeoDataFrames."""
    hints = typing.get_type_hints(Marts)
    return frozenset(name for name in mart_names() if hints[name] is gpd.GeoDataFrame)


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
    manifest = manifest if isinstance(manifest, dict) else {}
    recorded = manifest.get("marts")
    recorded = recorded if isinstance(recorded, dict) else {}
    own_contract = manifest.get("contract") == contract_stamp()
    geo = geo_mart_names()
    tables = {
        name: _read_table(
            folder, name, recorded.get(name), is_geo=name in geo, own_contract=own_contract
        )
        for name in mart_names()
    }
    return Marts(**tables, manifest=manifest)


def _read_table(
    folder: Path, name: str, recorded: object, *, is_geo: bool, own_contract: bool
) -> pd.DataFrame:
    """One mart (`recorded`: what the manifest says of its file); read as it is when the build's
    contract is this code's (`own_contract`) and the file is the one recorded, else checked."""
    path = folder / f"{name}.parquet"
    try:
        content = path.read_bytes()
        source = io.BytesIO(content)
        frame = lists_from_parquet(gpd.read_parquet(source) if is_geo else pd.read_parquet(source))
    except FileNotFoundError:
        raise DataUnavailableError(
            f"Tabel '{name}' ontbreekt in {folder}. Bouw de gegevens opnieuw met `make data`."
        ) from None
    except (ValueError, OSError) as err:
        raise _unusable(name, folder, err) from None
    if own_contract and is_same_file(recorded, content):
        return frame
    return _checked(folder, name, frame, content=content, recorded=recorded)


def _checked(
    folder: Path, name: str, frame: pd.DataFrame, *, content: bytes, recorded: object
) -> pd.DataFrame:
    """The mart as its contract fingerprint vouches for it (this schema, this file), else as
    pandera checks it."""
    import pandera.errors  # only here: a build's own marts are read without pandera

    from etl.contract.fingerprint import is_intact
    from etl.contract.registry import MART_SCHEMAS

    schema = MART_SCHEMAS[name]
    try:
        return frame if is_intact(recorded, schema, content) else schema.validate(frame)
    except (pandera.errors.SchemaError, ValueError) as err:
        raise _unusable(name, folder, err) from None


def _unusable(name: str, folder: Path, err: Exception) -> DataUnavailableError:
    return DataUnavailableError(
        f"Tabel '{name}' in {folder} voldoet niet aan het gegevenscontract "
        f"({type(err).__name__}). Bouw de gegevens opnieuw met `make data`."
    )
