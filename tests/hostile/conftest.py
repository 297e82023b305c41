"""Fixtures of the hostile corpus: a copy of a built data root for every test to attack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.core.settings import DataRoot


@pytest.fixture
def root(built_root: DataRoot, tmp_path: Path) -> DataRoot:
    """A copy of a built data root: registers and marts as a deployment has them."""
    copy = DataRoot(tmp_path / "data")
    shutil.copytree(built_root.root, copy.root)
    return copy
