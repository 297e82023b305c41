"""The ETL at 1×, 10×, 100× and 1000× the registers: `python -m etl build` as a whole process.

The N× registers come from tools/synthetic.py when it exists (`synthetic.py N ROOT`); otherwise
from the small copier here: the id-keyed registers N times over, copy k's ids (and every
reference to them) suffixed `-b{k}`; the registers keyed by municipality and year stay as
shipped, since their years cannot grow. For timing only: the data is never shown.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from tests import appserver

REPO = appserver.REPO
SYNTHETIC = REPO / "tools" / "synthetic.py"
# file → columns holding one id; list columns hold ';'-separated ids.
ID_COLUMNS = {
    "overleggen.csv": ("id",),
    "relaties.csv": ("van", "naar"),
    "werkprogramma.csv": ("id",),
    "pilots.csv": ("id",),
    "pilot_locaties.csv": ("pilot",),
    "pilot_resultaten.csv": ("pilot",),
}


def suffixed(frame: pd.DataFrame, file: str, copy: int) -> pd.DataFrame:
    """Copy `copy` (0: the shipped rows) of a register, its ids and references made new."""
    if copy == 0:
        return frame
    tail = f"-b{copy}"
    return frame.assign(
        **{c: frame[c].map(lambda v: f"{v}{tail}" if v else v) for c in ID_COLUMNS.get(file, ())}
    )


def multiplied(frame: pd.DataFrame, file: str, times: int) -> pd.DataFrame:
    """The register `times` over when it is id-keyed, else as shipped."""
    if file not in ID_COLUMNS:
        return frame
    return pd.concat([suffixed(frame, file, k) for k in range(times)], ignore_index=True)


def write_registers(root: Path, times: int) -> Path:
    """A data root at `root` with the repo's inputs and every id-keyed register `times` over."""
    appserver.copy_inputs(root)
    for path in sorted((root / "register").glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        multiplied(frame, path.name, times).to_csv(path, index=False, encoding="utf-8")
    return root


def synthetic_root(root: Path, times: int) -> Path:
    """N× registers in `root`, by tools/synthetic.py where present, else by write_registers."""
    if times == 1:
        return appserver.copy_inputs(root)
    if SYNTHETIC.is_file():
        command = [sys.executable, str(SYNTHETIC), str(times), str(root)]
        subprocess.run(command, cwd=REPO, check=True, capture_output=True)
        return root
    return write_registers(root, times)


def build_seconds(root: Path, boundaries: Path) -> float:
    """Wall seconds of `python -m etl build` on `root`, as a whole process."""
    env = dict(os.environ, VNON_DATA_DIR=str(root), VNON_BOUNDARIES=str(boundaries))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "etl", "build"], cwd=REPO, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"etl build faalde ({done.returncode}): {done.stderr[-500:]}")
    return seconds


def scaled_builds(workdir: Path, boundaries: Path, scales, runs: int) -> dict[int, list[float]]:
    """Scale → the seconds of `runs` builds of that many × the registers (built data removed
    between runs, so each build starts from the inputs alone)."""
    seconds: dict[int, list[float]] = {}
    for times in scales:
        root = synthetic_root(workdir / f"etl-{times}x", times)
        for _ in range(runs):
            for generated in appserver.GENERATED:
                shutil.rmtree(root / generated, ignore_errors=True)
            seconds.setdefault(times, []).append(build_seconds(root, boundaries))
        shutil.rmtree(root, ignore_errors=True)
    return seconds
