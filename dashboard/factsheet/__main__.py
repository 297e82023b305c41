"""`python -m dashboard.factsheet --district VR05 --out twente.pdf` (see `--help`)."""

from __future__ import annotations

import os
import sys

from dashboard.factsheet.run import main

try:
    code = main()
    sys.stdout.flush()
except BrokenPipeError:  # `… --help | head`: the reader left; say nothing more
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    code = 0
raise SystemExit(code)
