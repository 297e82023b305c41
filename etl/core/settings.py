"""Where the data lives and which boundaries to use, read from environment variables."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT / "data"
DEFAULT_BOUNDARY_YEAR = 2019
# In history/: the name of the register version in use (etl.registers.versions, DESIGN §2).
CURRENT_POINTER = "CURRENT"
VERSION_NAME = re.compile(r"v\d{4,}")
# What a new, empty data root is initialised with: the shipped seed.
SEED_FOLDERS = ("reference", "register")


@dataclass(frozen=True)
class DataRoot:
    """The fixed layout below a data root (DESIGN §2), plus a cache for downloads."""

    root: Path

    @property
    def reference(self) -> Path:
        return self.root / "reference"

    @property
    def register(self) -> Path:
        """The registers in use: the version `history/CURRENT` names, else `register/`.

        `register/` is the seed and never written by an import; imports add versions below
        `history/` and switch the pointer (etl.registers.versions).
        """
        version = current_version_name(self.history)
        return self.history / version if version else self.seed_register

    @property
    def seed_register(self) -> Path:
        return self.root / "register"

    @property
    def demo(self) -> Path:
        return self.root / "demo"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def history(self) -> Path:
        return self.root / "history"

    @property
    def cache(self) -> Path:
        return self.root / "cache"


@dataclass(frozen=True)
class Settings:
    """Everything the ETL and the dashboard take from the environment."""

    data: DataRoot
    boundaries_file: Path | None
    boundary_year: int
    allow_download: bool

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        boundaries = env.get("VNON_BOUNDARIES", "").strip()
        configured = env.get("VNON_DATA_DIR", "").strip()
        if configured:
            initialise_data_root(Path(configured))
        return cls(
            data=DataRoot(Path(configured or DEFAULT_DATA_DIR)),
            boundaries_file=Path(boundaries) if boundaries else None,
            boundary_year=int(env.get("VNON_BOUNDARY_YEAR", DEFAULT_BOUNDARY_YEAR)),
            allow_download=env.get("VNON_OFFLINE", "").strip().lower() not in {"1", "true", "ja"},
        )


def current_version_name(history: Path) -> str | None:
    """The register version the pointer names, if the pointer is valid and the folder exists."""
    try:
        name = (history / CURRENT_POINTER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if VERSION_NAME.fullmatch(name) and (history / name).is_dir() else None


def initialise_data_root(root: Path, seed: Path = DEFAULT_DATA_DIR) -> None:
    """Give a new or empty data root (a deployment's volume) the seed's reference and registers.

    Each folder is copied beside its place and moved in with one rename, so two processes
    starting together cannot leave a half-copied folder; a root that holds anything is left alone.
    """
    try:
        if root.resolve() == seed.resolve() or (root.exists() and any(root.iterdir())):
            return
        root.mkdir(parents=True, exist_ok=True)
        for name in SEED_FOLDERS:
            staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=root))
            try:
                shutil.copytree(seed / name, staging / name)
                (staging / name).rename(root / name)
            except OSError:
                pass  # another process was first, or the seed lacks the folder
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError:
        return  # an unusable root is reported by whoever reads it
