"""`python -m etl demo`: write fictitious registers into the data root's `demo/` folder.

Each domain contributes a generator that makes its demo registers (Dutch headers, as the real
files) from the reference data and a seeded random generator, so the same seed always gives the
same files. The build adds them to the marts flagged `is_demo`; exports never carry them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from etl.core import store
from etl.core.settings import Settings
from etl.funding.demo import funding_demo
from etl.pilots.demo import pilot_demo
from etl.reference.tables import Reference, load_reference

DEFAULT_SEED = 2019
# (reference, random generator) -> {file name in demo/: frame with the register's Dutch headers}
Generator = Callable[[Reference, np.random.Generator], dict[str, pd.DataFrame]]
GENERATORS: tuple[Generator, ...] = (pilot_demo, funding_demo)


def demo_registers(reference: Reference, seed: int = DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Every domain's demo registers; each generator gets its own stream from the one seed."""
    streams = np.random.SeedSequence(seed).spawn(len(GENERATORS))
    files: dict[str, pd.DataFrame] = {}
    for generator, stream in zip(GENERATORS, streams, strict=True):
        files.update(generator(reference, np.random.default_rng(stream)))
    return files


def write_demo(settings: Settings, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Write the demo registers as CSV, all files replaced together; return rows per file."""
    reference = load_reference(settings.data.reference)
    files = demo_registers(reference, seed)
    store.write_texts(
        settings.data.demo,
        {name: frame.to_csv(index=False, lineterminator="\n") for name, frame in files.items()},
    )
    return {name: len(frame) for name, frame in files.items()}
