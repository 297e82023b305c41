"""One data root for every replica: two app processes on one root see one import at once,
and imports from two processes at the same moment land one after the other, never mixed."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time

import pytest

from etl.core.settings import DataRoot
from etl.registers import versions

from . import appserver
from .conftest import MUNICIPALITY_BOUNDARIES, REPO
from .version_support import workplan

OLD, NEW = "Actualisatie van het regionaal", "Herziening van het regionaal"
VISIBLE_WITHIN_S = 5.0

# What a page does: check the upload first, then apply it under the lock (dashboard.ui.admin).
PAGE_IMPORT = """
import sys, time
from pathlib import Path
from etl.core.settings import Settings
from etl.reference.tables import load_reference
from etl.registers import applying, checking, versions
from tests.version_support import recorded

settings = Settings.from_env()
path, go, user = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
reference = load_reference(settings.data.reference)
result = checking.check(path.name, path.read_bytes(), settings.data, reference)
assert result.ok and result.has_changes
print("CHECKED", flush=True)
while not go.exists():
    time.sleep(0.005)
try:
    outcome = applying.apply(result, settings, user, rebuild=recorded)
    print("APPLIED", outcome.version.name, flush=True)
except (versions.VersionError, versions.RegisterLockedError) as err:
    print("REFUSED", err, flush=True)
"""


def test_two_page_imports_at_the_same_moment_land_one_after_the_other(settings, tmp_path):
    data = settings.data
    first, second = tmp_path / "werkprogramma.csv", tmp_path / "themas.csv"
    first.write_bytes(workplan(data, "Actualisatie", "Herziening"))
    themes = (data.register / "themas.csv").read_text()
    second.write_text(
        themes.replace("Ondermijning,", "Ondermijning en georganiseerde criminaliteit,", 1)
    )
    go = tmp_path / "go"
    env = dict(
        os.environ, VNON_DATA_DIR=str(data.root), VNON_TEST_PAUSE="renamed:1", PYTHONPATH=str(REPO)
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", PAGE_IMPORT, str(path), str(go), user],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for path, user in ((first, "een@vnon.nl"), (second, "twee@vnon.nl"))
    ]
    for child in children:
        assert child.stdout.readline().strip() == "CHECKED"  # both checked against the seed
    go.touch()  # both apply now
    outcomes = [child.communicate(timeout=120)[0].strip() for child in children]
    applied = [line for line in outcomes if line.startswith("APPLIED")]
    refused = [line for line in outcomes if line.startswith("REFUSED")]
    assert applied == ["APPLIED v0002"] and len(refused) == 1, outcomes
    assert "gewijzigd sinds dit bestand is gecontroleerd" in refused[0]  # the diff is stale
    _assert_consistent(data)
    winner = versions.list_versions(data)[0]
    assert winner.user in {"een@vnon.nl", "twee@vnon.nl"} and winner.is_current


def _assert_consistent(data: DataRoot) -> None:
    """Every version complete and intact, each naming the one before it, the newest in use."""
    chain = versions.list_versions(data)
    assert [info.number for info in chain] == list(range(len(chain), 0, -1))
    for newer, older in itertools.pairwise(chain):
        assert newer.previous == older.name
    assert all(versions.verify(data, info.name) == [] for info in chain)
    assert versions.current_version(data) == chain[0].name
    assert not [path for path in data.history.iterdir() if path.name.startswith(".")]


@pytest.mark.browser
def test_an_import_shows_on_every_replica_without_a_restart(chromium, data_dir, browser, tmp_path):
    replicas = [appserver.start_app(data_dir, tmp_path / f"replica{n}.log") for n in (1, 2)]
    try:
        for replica in replicas:
            replica.wait_healthy()
        page, _, _ = appserver.new_page(browser)
        for replica in replicas:  # each replica reads and caches the marts before the import
            _open_themes(page, replica.base_url, OLD)
        changed = tmp_path / "werkprogramma.csv"
        changed.write_bytes(workplan(DataRoot(data_dir), OLD, NEW))
        imported = subprocess.run(
            [sys.executable, "-m", "etl", "import", str(changed)],
            cwd=REPO,
            env=dict(
                os.environ,
                VNON_DATA_DIR=str(data_dir),
                VNON_BOUNDARIES=str(MUNICIPALITY_BOUNDARIES),
                VNON_OFFLINE="1",
            ),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert imported.returncode == 0, imported.stderr
        done = time.monotonic()
        for replica in replicas:
            _open_themes(page, replica.base_url, NEW)  # the first load after the import
        assert time.monotonic() - done < 2 * VISIBLE_WITHIN_S  # both pages, on 2 busy cores
        assert versions.list_versions(DataRoot(data_dir))[0].user.startswith("cli:")
    finally:
        for replica in replicas:
            replica.stop()


def _open_themes(page, base_url: str, expected: str) -> None:
    page.goto(f"{base_url}/themas")
    page.get_by_text(expected).first.wait_for(timeout=appserver.ACTION_TIMEOUT_MS)
    assert page.get_by_text(OLD if expected == NEW else NEW).count() == 0
