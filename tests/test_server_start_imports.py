"""The server comes up without pandas: `streamlit run dashboard/app.py` imports the app module
before it listens, and pandas alone costs about a second of that on a busy machine (issue 13:
process start → map drawn). The first script run imports it when a page needs it, and no page
run imports openpyxl, which only the downloads and the register import use."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


def test_importing_the_app_loads_no_pandas():
    probe = "import sys, dashboard.app; print(sorted({'pandas', 'pyarrow'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


PAGE_RUN = """
import sys
from streamlit.testing.v1 import AppTest
app = AppTest.from_file("dashboard/navigation.py", default_timeout=60)
app.switch_page("../pages/{page}.py")
app.run()
assert not app.exception and not app.error, (app.exception, app.error)
print(sorted(name for name in sys.modules if name.split(".")[0] == "openpyxl"))
"""


@pytest.mark.parametrize("page", ["kaart", "financiering"])
def test_a_page_run_loads_no_openpyxl(built_root, page):
    # Its workbooks are made on a click (the downloads take callables): the first run of a page
    # after the start leaves its ~0,1 s of imports out.
    env = {**os.environ, "VNON_DATA_DIR": str(built_root.root)}
    result = subprocess.run(
        [sys.executable, "-c", PAGE_RUN.format(page=page)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
