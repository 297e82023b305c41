"""Classes 3 and 7 on the page Gegevensbeheer: `VNON_MAX_UPLOAD_MB` limits the page (the
smaller of it and `server.maxUploadSize`), a wrong value is said in Dutch, and a full disk or a
read-only data root while applying is said in Dutch with what to do, the data untouched."""

from __future__ import annotations

import errno
import html
import os

import pytest

from dashboard.registers import admin
from dashboard.texts import gegevensbeheer as texts
from etl.core import atomic
from tests.conftest import MUNICIPALITY_BOUNDARIES
from tests.test_page_gegevensbeheer import COORDINATOR, _button, _page, _upload

from .corpus import fingerprint, with_cell


@pytest.fixture
def page_root(root, monkeypatch):
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    monkeypatch.setenv("VNON_BOUNDARIES", str(MUNICIPALITY_BOUNDARIES))
    for name in ("VNON_COORDINATORS", "VNON_TRUSTED_HEADER", "VNON_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    return root


@pytest.mark.parametrize(
    ("server", "setting", "expected"),
    [(200, "", 200.0), (200, "0,5", 0.5), (5, "50", 5.0), (None, "2", 2.0), (None, "", None)],
)
def test_the_page_takes_the_smaller_of_the_two_limits(monkeypatch, server, setting, expected):
    monkeypatch.setenv("VNON_MAX_UPLOAD_MB", setting)
    assert admin.upload_megabytes(server) == expected


def test_the_setting_limits_what_the_page_accepts(page_root, monkeypatch):
    monkeypatch.setenv("VNON_MAX_UPLOAD_MB", "0.001")  # about a kilobyte
    app = _page(COORDINATOR).run()
    assert "Hoogstens 0,001 MB" in app.file_uploader[0].help
    before = fingerprint(page_root)
    content = (page_root.register / "werkprogramma.csv").read_bytes()
    assert len(content) > 1100
    _upload(app, "werkprogramma.csv", content)
    assert not app.exception
    assert "het bestand is te groot" in app.dataframe[0].value.to_string()
    assert fingerprint(page_root) == before


@pytest.mark.parametrize("setting", ["veel", "-1", "0", "inf", "nan"])
def test_a_wrong_setting_is_said_in_dutch(page_root, monkeypatch, setting):
    monkeypatch.setenv("VNON_MAX_UPLOAD_MB", setting)
    app = _page(COORDINATOR).run()
    assert not app.exception and len(app.file_uploader) == 0
    errors = [html.unescape(e.value) for e in app.error]  # as the browser shows them
    assert any("VNON_MAX_UPLOAD_MB" in e and "megabytes" in e for e in errors), errors


@pytest.mark.parametrize(("code", "said"), [(errno.ENOSPC, "vol"), (errno.EROFS, "schrijfrechten")])
def test_a_failing_disk_while_applying_is_said_and_changes_nothing(
    page_root, monkeypatch, code, said
):
    app = _page(COORDINATOR).run()
    _upload(app, "werkprogramma.csv", with_cell(page_root, "werkprogramma.csv", 2, "titel", "X"))
    assert not app.exception and not app.error
    before = fingerprint(page_root)

    def refuse(path, *args):
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(atomic, "write_durable", refuse)
    monkeypatch.setattr(atomic, "_reserve", refuse)
    app.checkbox[0].check().run()
    _button(app, texts.ADMIN_APPLY).click().run()
    assert not app.exception
    errors = [html.unescape(e.value) for e in app.error]
    assert any(said in e and "ongewijzigd" in e for e in errors), errors
    assert fingerprint(page_root) == before
    app = _page(COORDINATOR).run()  # opening the page again: recovery has nothing to remove
    assert not app.exception and fingerprint(page_root) == before
