"""The server comes up without pandas: `streamlit run dashboard/app.py` imports the app module
before it listens, and pandas alone costs about a second of that on a busy machine (issue 13:
process start → map drawn). The first script run imports it when a page needs it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_importing_the_app_loads_no_pandas():
    probe = "import sys, dashboard.app; print(sorted({'pandas', 'pyarrow'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
