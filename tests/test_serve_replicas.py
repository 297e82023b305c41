"""One data root for every replica, through `make serve`'s nginx: the coordinator imports on
*Gegevensbeheer* on one replica and a viewer pinned to the other sees it at the next load; two
coordinators on two replicas applying at the same moment land one after the other, never mixed.

The coordinator signs in by the trusted-header mode, the way an intranet proxy would: nginx
passes `X-Remote-User` on and the replicas believe it from 127.0.0.1 only.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.texts import gegevensbeheer as texts
from etl.core.settings import DataRoot
from etl.registers import versions
from tests import appserver, serving
from tests.test_replicas import NEW, OLD, VISIBLE_WITHIN_S, _assert_consistent
from tests.version_support import workplan

pytestmark = pytest.mark.browser

HEADER = "X-Remote-User"
COORDINATORS = ("GEMEENTE\\jan", "GEMEENTE\\piet")
SIGN_IN = {
    "VNON_TRUSTED_HEADER": HEADER,
    "VNON_TRUSTED_PROXIES": appserver.LOCAL_HOST,
    "VNON_COORDINATORS": ", ".join(f"user:{name.lower()}" for name in COORDINATORS),
    # Inside the lock, after the new version's files are in place: two applies overlap for sure.
    "VNON_TEST_PAUSE": "renamed:1",
}
STALE = "gewijzigd sinds dit bestand is gecontroleerd"


@pytest.fixture(scope="module")
def served(chromium, tmp_path_factory: pytest.TempPathFactory, data_dir: Path):
    serving.nginx_path()
    run_dir = tmp_path_factory.mktemp("serve-replicas") / "run"
    with serving.running(data_dir, run_dir, extra=SIGN_IN) as running:
        yield running


@pytest.fixture
def pinned(served, browser) -> Iterator:
    """new(replica, user): a page whose requests all reach that replica, signed in as user."""
    contexts = []

    def new(replica: str, user: str | None = None):
        headers = {HEADER: user} if user else {}
        context = browser.new_context(viewport=appserver.VIEWPORT, extra_http_headers=headers)
        cookie = serving.affinity_cookie_for(served, replica)
        context.add_cookies([{"name": serving.AFFINITY, "value": cookie, "url": served.base_url}])
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(appserver.ACTION_TIMEOUT_MS)
        return page

    yield new
    for context in contexts:
        context.close()


def test_an_import_on_one_replica_shows_on_the_other_at_its_next_load(
    served, pinned, data_dir, tmp_path
):
    data = DataRoot(data_dir)
    viewer = pinned("2")
    _open_themes(viewer, served, OLD)  # replica 2 has read and cached the marts
    coordinator = pinned("1", COORDINATORS[0])
    changed = tmp_path / "werkprogramma.csv"
    changed.write_bytes(workplan(data, OLD, NEW))
    _upload_and_confirm(coordinator, served, changed)
    coordinator.get_by_role("button", name=texts.ADMIN_APPLY).click()
    coordinator.get_by_text(texts.ADMIN_APPLIED.format(version="v0002")).wait_for()
    done = time.monotonic()
    _open_themes(viewer, served, NEW)  # the first load after the import, no restart
    assert time.monotonic() - done < VISIBLE_WITHIN_S
    assert _replica_of(viewer) == "2" and _replica_of(coordinator) == "1"
    assert versions.list_versions(data)[0].user == COORDINATORS[0]  # who, in the history


def test_two_applies_on_two_replicas_at_one_moment_land_one_after_the_other(
    served, pinned, data_dir, tmp_path
):
    data = DataRoot(data_dir)
    before = [info.name for info in versions.list_versions(data)]
    files = tmp_path / "werkprogramma.csv", tmp_path / "themas.csv"
    files[0].write_bytes(workplan(data, NEW, "Derde versie van het regionaal"))
    themes = (data.register / "themas.csv").read_text(encoding="utf-8")
    files[1].write_text(
        themes.replace("Ondermijning,", "Ondermijning en georganiseerde criminaliteit,", 1)
    )
    pages = [pinned(replica, user) for replica, user in zip(("1", "2"), COORDINATORS, strict=True)]
    for page, path in zip(pages, files, strict=True):
        _upload_and_confirm(page, served, path)  # both checked against the same version
    for page in pages:  # one right after the other, while the first holds the lock
        page.get_by_role("button", name=texts.ADMIN_APPLY).click(no_wait_after=True)
    applied = texts.ADMIN_APPLIED.format(version=f"v{len(before) + 1:04d}")
    outcomes = [_outcome(page, applied) for page in pages]
    assert sorted(outcomes) == ["applied", "stale"], outcomes
    _assert_consistent(data)
    chain = versions.list_versions(data)
    assert len(chain) == len(before) + 1  # one new version, the other refused whole
    assert chain[0].user == COORDINATORS[outcomes.index("applied")]
    assert {_replica_of(page) for page in pages} == {"1", "2"}


def _open_themes(page, served: serving.Served, expected: str) -> None:
    page.goto(f"{served.base_url}/themas")
    page.get_by_text(expected).first.wait_for(timeout=appserver.ACTION_TIMEOUT_MS)
    assert page.get_by_text(OLD if expected == NEW else NEW).count() == 0


def _upload_and_confirm(page, served: serving.Served, path: Path) -> None:
    """On Gegevensbeheer: the file chosen, checked, its diff shown and the change confirmed."""
    page.goto(f"{served.base_url}/gegevensbeheer")
    page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).wait_for()
    page.locator('input[type="file"]').set_input_files(path)
    page.get_by_text(texts.ADMIN_CHECKED.split("**")[1]).wait_for()
    page.get_by_text(texts.ADMIN_CONFIRM).click()
    button = page.get_by_role("button", name=texts.ADMIN_APPLY)
    appserver.wait_until(page, button.is_enabled, 30, "apply enabled")


def _outcome(page, applied: str) -> str:
    """'applied' or 'stale', whichever the page says first; never a traceback."""
    success, stale = page.get_by_text(applied), page.get_by_text(STALE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if success.count():
            return "applied"
        if stale.count():
            assert appserver.error_count(page) == 1  # the refusal, not an exception box
            return "stale"
        page.wait_for_timeout(100)
    raise TimeoutError("neither applied nor refused")


def _replica_of(page) -> str:
    """The replica that answers this page's requests (its cookie), asked through the proxy."""
    origin = "/".join(page.url.split("/", 3)[:3])
    return page.request.get(origin + "/_stcore/health").headers[serving.REPLICA]
