"""AppTest of the page Gegevensbeheer: read-only without sign-in; a signed-in coordinator
uploads, sees the report or the diff, confirms, applies and rolls back."""

from __future__ import annotations

import html
import io
import re
import shutil

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.texts import frame as frame_texts
from dashboard.texts import gegevensbeheer as texts
from etl.core.settings import DataRoot
from etl.registers import recovery, versions

from .conftest import MUNICIPALITY_BOUNDARIES, REPO
from .test_auth import AUTH

PAGE = str(REPO / "pages" / "gegevensbeheer.py")
APP = str(REPO / "dashboard" / "navigation.py")
BROKEN = REPO / "tests" / "fixtures" / "broken"
COORDINATOR = {
    "is_logged_in": True,
    "email": "coordinator@vnon.nl",
    "email_verified": True,
    "name": "Coördinator",
}
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def root(built_root, tmp_path, monkeypatch) -> DataRoot:
    copy = DataRoot(tmp_path / "data")
    shutil.copytree(built_root.root, copy.root)
    monkeypatch.setenv("VNON_DATA_DIR", str(copy.root))
    monkeypatch.setenv("VNON_BOUNDARIES", str(MUNICIPALITY_BOUNDARIES))
    # No coordinator and no trusted-header sign-in from the machine's environment.
    for name in ("VNON_COORDINATORS", "VNON_TRUSTED_HEADER", "VNON_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    return copy


def _page(user: dict | None = None, configured: bool = True, path: str = PAGE) -> AppTest:
    app = AppTest.from_file(path, default_timeout=90)
    if configured:
        app.secrets["auth"] = dict(AUTH)
        app.secrets["vnon"] = {"coordinators": ["coordinator@vnon.nl"]}
    if user is not None:
        app.user = user
    return app


def _texts(app: AppTest) -> list[str]:
    elements = [*app.markdown, *app.caption, *app.info, *app.error, *app.warning, *app.success]
    return [element.value for element in elements]


def _snapshot(root: DataRoot) -> dict[str, bytes]:
    return {
        str(path.relative_to(root.root)): path.read_bytes()
        for path in sorted(root.root.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def _upload(app: AppTest, name: str, content: bytes) -> AppTest:
    app.file_uploader[0].set_value((name, content, "application/octet-stream"))
    return app.run()


def _button(app: AppTest, label: str):
    (button,) = [button for button in app.button if button.label == label]
    return button


def test_without_sign_in_the_page_is_read_only_and_says_how_to_enable_editing(root):
    app = _page(configured=False).run()
    assert not app.exception and not app.error
    assert app.title[0].value == texts.ADMIN_HEADING
    assert app.info[0].value == texts.ADMIN_ACCESS_READ_ONLY
    steps = " ".join(_texts(app))
    assert "[auth]" in steps and "VNON_COORDINATORS" in steps and "python -m etl import" in steps
    assert len(app.file_uploader) == 0 and not app.selectbox and not app.checkbox
    downloads = [element.proto.label for element in app.get("download_button")]
    assert downloads == [texts.ADMIN_DOWNLOAD_TEMPLATE, texts.ADMIN_DOWNLOAD_CURRENT]
    history = app.dataframe[0].value
    assert history["Versie"].tolist() == ["start"]
    assert history["In gebruik"].tolist() == [texts.ADMIN_CURRENT_MARK]


def test_signed_out_and_other_users_cannot_edit(root):
    app = _page().run()
    assert app.info[0].value == texts.ADMIN_SIGN_IN_NEEDED
    assert _button(app, texts.ADMIN_SIGN_IN) and len(app.file_uploader) == 0
    other = _page({**COORDINATOR, "email": "burgemeester@enschede.nl"}).run()
    assert "burgemeester" in other.warning[0].value and len(other.file_uploader) == 0


def test_a_broken_file_gets_its_report_and_changes_nothing(root):
    app = _page(COORDINATOR).run()
    assert not app.exception
    assert app.success[0].value.startswith("Aangemeld als coördinator")
    before = _snapshot(root)
    _upload(app, "dubbele_sleutel.csv", (BROKEN / "dubbele_sleutel.csv").read_bytes())
    assert not app.exception
    assert app.error[0].value == texts.ADMIN_REJECTED.format(count="2 fouten")
    report = app.dataframe[0].value
    assert report["Rij"].tolist() == ["2", "3"] and set(report["Kolom"]) == {"id"}
    assert report["Waarde"].tolist() == ["'methodiek-jongeren'"] * 2
    assert not [button for button in app.button if button.label == texts.ADMIN_APPLY]
    assert _snapshot(root) == before


def test_the_coordinator_checks_confirms_applies_and_rolls_back(root):
    app = _page(COORDINATOR).run()
    content = (root.register / "werkprogramma.csv").read_text()
    content = content.replace("Actualisatie", "Herziening", 1)
    _upload(app, "werkprogramma.csv", content.encode())
    assert not app.exception and not app.error
    assert texts.ADMIN_CHECKED.format(base=texts.ADMIN_SEED) in _texts(app)
    summary = app.dataframe[0].value
    assert summary.iloc[0].tolist() == ["Werkprogramma", 0, 1, 0]
    changes = app.dataframe[1].value
    assert changes.iloc[0].tolist()[1:] == [
        "titel",
        "Actualisatie van het regionaal hennepconvenant",
        "Herziening van het regionaal hennepconvenant",
    ]
    assert _button(app, texts.ADMIN_APPLY).disabled
    app.checkbox[0].check().run()
    _button(app, texts.ADMIN_APPLY).click().run()
    assert not app.exception and not app.error
    shown = [html.unescape(text) for text in _texts(app)]  # as the browser shows them
    assert texts.ADMIN_APPLIED.format(version="v0002") in shown
    assert versions.current_version(root) == "v0002"
    assert not recovery.marts_stale(root)
    (history,) = [frame.value for frame in app.dataframe if "Versie" in frame.value.columns]
    assert history["Versie"].tolist() == ["v0002", "v0001"]
    assert history["Door"].tolist()[0] == "coordinator@vnon.nl"

    assert app.selectbox[0].options[0].startswith("v0001")
    app.checkbox[-1].check().run()
    _button(app, texts.ADMIN_ROLLBACK).click().run()
    assert not app.exception and not app.error
    assert versions.current_version(root) == "v0003"
    assert "Actualisatie" in (root.register / "werkprogramma.csv").read_text()


def test_uploaded_text_never_reaches_the_page_as_html(root):
    app = _page(COORDINATOR).run()
    book = openpyxl.Workbook()
    book.active.title = HOSTILE
    sheet = book.create_sheet("Werkprogramma")
    sheet.append(["id", HOSTILE])
    sheet.append(["x", HOSTILE])
    buffer = io.BytesIO()
    book.save(buffer)
    _upload(app, f"{HOSTILE}.xlsx", buffer.getvalue())
    assert not app.exception
    for text in _texts(app):
        assert not re.search(r"(?<!\\)<", text), text  # every '<' escaped
    assert "onbekende kolom" in app.dataframe[0].value.to_string()


def test_an_unexpected_failure_shows_a_dutch_message_not_a_traceback(root, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr("etl.registers.checking.check", broken)
    app = _page(COORDINATOR, path=APP)
    app.switch_page("../pages/gegevensbeheer.py")
    app.run()
    _upload(app, "werkprogramma.csv", (root.register / "werkprogramma.csv").read_bytes())
    assert not app.exception
    assert app.error[0].value == frame_texts.UNEXPECTED_ERROR
