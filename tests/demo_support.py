"""A data root with the shipped registers and the demo registers, built: for the demo-data tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from etl.build import build
from etl.core.settings import DataRoot, Settings
from etl.demo import write_demo

from .conftest import MUNICIPALITY_BOUNDARIES, REPO


def build_demo_root(folder: Path) -> DataRoot:
    """Copy the repo's reference data and registers, write the demo registers, build."""
    root = DataRoot(folder / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    shutil.copytree(REPO / "data" / "register", root.register)
    settings = Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False)
    write_demo(settings)
    build(settings)
    return root
