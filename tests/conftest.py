"""Shared fixtures: a temporary data root with the shipped reference data, and built marts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from etl.build import build
from etl.core.settings import DataRoot, Settings

REPO = Path(__file__).resolve().parent.parent
SHARED_GEO = Path(os.environ.get("VNON_SHARED", REPO.parent / "shared")) / "geo"
MUNICIPALITY_BOUNDARIES = SHARED_GEO / "gemeente_2019.topojson"


@pytest.fixture
def data_root(tmp_path: Path) -> DataRoot:
    """A fresh data root holding a copy of the repo's reference files."""
    root = DataRoot(tmp_path / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    return root


@pytest.fixture
def settings(data_root: DataRoot) -> Settings:
    """Settings for the temporary root, reading the shared 2019 boundaries, never the network."""
    if not MUNICIPALITY_BOUNDARIES.is_file():
        pytest.fail(f"De gedeelde grenzen ontbreken: {MUNICIPALITY_BOUNDARIES}")
    return Settings(
        data=data_root,
        boundaries_file=MUNICIPALITY_BOUNDARIES,
        boundary_year=2019,
        allow_download=False,
    )


@pytest.fixture(scope="session")
def built_root(tmp_path_factory: pytest.TempPathFactory) -> DataRoot:
    """One build of the shipped reference data, shared by read-only tests."""
    root = DataRoot(tmp_path_factory.mktemp("built") / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    build(Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False))
    return root
