"""`python -m etl build`: reference data and boundaries → validated marts + manifest."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pandas as pd

from etl.contract.fingerprint import mart_identity
from etl.contract.registry import MART_SCHEMAS
from etl.contract.stamp import contract_stamp
from etl.contract.validation import SourceTable, check_table
from etl.core import store
from etl.core.errors import InvalidInputError
from etl.core.settings import Settings
from etl.funding.marts import derived_marts
from etl.geo.boundaries import load_boundaries
from etl.geo.shapes import district_shapes, for_display, municipality_shapes
from etl.reference.tables import load_reference
from etl.registers.catalogue import load_registers


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, for the command line's summary."""

    row_counts: dict[str, int]
    boundary_source: str
    notes: tuple[str, ...]
    seconds: float


def build(settings: Settings) -> BuildResult:
    """Validate every input, compute every mart in memory, then write them all at once."""
    started = time.perf_counter()
    reference = load_reference(settings.data.reference)
    registers = load_registers(settings.data, reference)
    boundaries = load_boundaries(reference.municipalities, settings)
    shapes_rd = municipality_shapes(boundaries)
    marts = {
        "municipalities": reference.municipalities,
        "districts": reference.districts,
        "municipality_shapes": for_display(shapes_rd),
        "district_shapes": for_display(district_shapes(shapes_rd, reference.municipalities)),
        **registers.tables,
        **derived_marts(registers.tables, reference),
    }
    marts = {name: _checked(name, frame) for name, frame in marts.items()}
    files = {name: store.parquet_bytes(frame) for name, frame in marts.items()}
    inputs = (*reference.inputs, *registers.inputs)
    manifest = _manifest(settings, inputs, marts, boundaries.source, boundaries.notes)
    # Each mart's contract fingerprint and file hash, and the stamp of the whole contract's code:
    # a reader trusts these files unchecked (with the same stamp, without importing pandera).
    manifest["contract"] = contract_stamp()
    manifest["marts"] = {
        name: mart_identity(MART_SCHEMAS[name], content) for name, content in files.items()
    }
    store.write_marts(settings.data.processed, files, manifest)
    row_counts = {name: len(frame) for name, frame in marts.items()}
    seconds = time.perf_counter() - started
    return BuildResult(row_counts, boundaries.source, boundaries.notes, seconds)


def _checked(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Check a computed mart against its contract; a failure here is a bug, named as such."""
    source = SourceTable(f"mart '{name}' (berekend)", frame, {})
    try:
        return check_table(frame, MART_SCHEMAS[name], source)
    except InvalidInputError as err:
        raise RuntimeError(
            f"Interne fout: de berekende tabel '{name}' klopt niet.\n{err}"
        ) from None


def _manifest(settings, paths, marts, boundary_source, notes) -> dict[str, object]:
    inputs = [
        {"path": str(path.relative_to(settings.data.root)), "sha256": store.sha256(path)}
        for path in paths
    ]
    if settings.boundaries_file is not None:
        path = settings.boundaries_file
        inputs.append({"path": str(path), "sha256": store.sha256(path)})
    return {
        "built_at": store.now_utc(),
        "inputs": inputs,
        "row_counts": {name: len(frame) for name, frame in marts.items()},
        "boundaries": {"source": boundary_source, "notes": list(notes)},
    }
