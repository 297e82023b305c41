"""The trusted-header mode through real requests: Chromium sends `X-Remote-User` to the app.

The app listens on 127.0.0.1. With `VNON_TRUSTED_PROXIES` naming another address, 127.0.0.1 is
"any other address" and the same header is refused; naming 127.0.0.1, the proxy's header signs
the coordinator in. A request that says it was forwarded for someone else is that someone's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dashboard.texts import gegevensbeheer as texts
from tests import appserver

pytestmark = pytest.mark.browser

HEADER = "X-Remote-User"
USER = "GEMEENTE\\jan"
SETTINGS = {"VNON_TRUSTED_HEADER": HEADER, "VNON_COORDINATORS": "user:gemeente\\JAN"}


@contextmanager
def _app(data_dir: Path, proxies: str) -> Iterator[appserver.AppServer]:
    log = data_dir.parent / f"streamlit-header-{proxies.replace('.', '-')}.log"
    env = {**SETTINGS, "VNON_TRUSTED_PROXIES": proxies}
    with appserver.running_app(data_dir, log, env=env) as running:
        yield running


def _open(browser, server: appserver.AppServer, headers: dict[str, str]):
    """Gegevensbeheer drawn to its end, in a context sending `headers` with every request."""
    context = browser.new_context(viewport=appserver.VIEWPORT, extra_http_headers=headers)
    page = context.new_page()
    page.set_default_timeout(appserver.ACTION_TIMEOUT_MS)
    page.goto(server.base_url + "/gegevensbeheer")
    page.get_by_role("heading", name=texts.ADMIN_HISTORY_HEADING).wait_for()
    return page


def _upload_shown(page) -> bool:
    return page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).count() > 0


def test_the_header_from_an_address_that_is_not_the_proxy_is_refused(chromium, data_dir, browser):
    with _app(data_dir, "192.0.2.10") as server:
        page = _open(browser, server, {HEADER: USER})
        page.get_by_text(texts.ADMIN_REFUSALS["peer"]).wait_for()
        assert page.get_by_text("Aanmelden geweigerd.").count() == 1
        assert not _upload_shown(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        page.context.close()


def test_the_header_from_the_proxy_signs_the_coordinator_in(chromium, data_dir, browser):
    with _app(data_dir, "127.0.0.1") as server:
        page = _open(browser, server, {HEADER: USER})
        page.get_by_text(texts.ADMIN_PROXY_SIGNED_IN.format(user=USER)).wait_for()
        page.get_by_role("heading", name=texts.ADMIN_UPLOAD_HEADING).wait_for()
        page.context.close()

        # forwarded for an outside address: the peer is that address, not the proxy
        forwarded = _open(browser, server, {HEADER: USER, "X-Forwarded-For": "198.51.100.7"})
        forwarded.get_by_text(texts.ADMIN_REFUSALS["peer"]).wait_for()
        assert not _upload_shown(forwarded)
        forwarded.context.close()

        # two names folded into one header are refused, not the first one believed
        folded = _open(browser, server, {HEADER: USER + ", GEMEENTE\\piet"})
        folded.get_by_text(texts.ADMIN_REFUSALS["multiple"]).wait_for()
        assert not _upload_shown(folded)
        folded.context.close()

        # without the header (the proxy did not sign in): no way in, said in Dutch
        bare = _open(browser, server, {})
        bare.get_by_text(texts.ADMIN_REFUSALS["missing"]).wait_for()
        assert not _upload_shown(bare)
        bare.context.close()
