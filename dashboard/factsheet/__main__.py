"""`python -m dashboard.factsheet --district VR05 --out twente.pdf` (see `--help`)."""

from __future__ import annotations

from dashboard.factsheet.run import main

raise SystemExit(main())
