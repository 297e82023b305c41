"""Where the data lives and which boundaries to use, read from environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT / "data"
DEFAULT_BOUNDARY_YEAR = 2019


@dataclass(frozen=True)
class DataRoot:
    """The fixed layout below a data root (DESIGN §2), plus a cache for downloads."""

    root: Path

    @property
    def reference(self) -> Path:
        return self.root / "reference"

    @property
    def register(self) -> Path:
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
        return cls(
            data=DataRoot(Path(env.get("VNON_DATA_DIR", "").strip() or DEFAULT_DATA_DIR)),
            boundaries_file=Path(boundaries) if boundaries else None,
            boundary_year=int(env.get("VNON_BOUNDARY_YEAR", DEFAULT_BOUNDARY_YEAR)),
            allow_download=env.get("VNON_OFFLINE", "").strip().lower() not in {"1", "true", "ja"},
        )
