"""Issue 14: with demo data on, every download of every page (AppTest) holds real rows only, and the
demo banner stands only on the pages that show demo rows.

Each download button hands Streamlit a callable that makes the file when someone clicks; a spy on
Streamlit's media file manager keeps those callables, and the test runs each one and reads the
file (CSV as text, Excel cell by cell, the factsheet PDF through `pdftotext`).
"""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from dashboard.site import DEMO_PAGES, PAGE_LIST
from dashboard.texts import frame as texts

from . import pictures
from .conftest import REPO
from .demo_support import build_demo_root

APP = str(REPO / "dashboard" / "navigation.py")
# Every demo row carries one of these (its source or note says 'fictief', its name or partner
# starts 'Demo-'); no real row does. ('demodata' alone is no mark: the factsheet says 'nooit
# demodata'.)
DEMO_MARKS = ("fictie", "demo-")
# The pages, with the choices that show more downloads or more demo rows.
VISITS = [(name, {}) for name, _, _ in PAGE_LIST] + [
    ("profiel", {"district": "VR05"}),
    ("profiel", {"gemeente": "GM0153"}),
    ("kaart", {"district": "VR05"}),
    ("pilots", {"district": "VR05"}),
    ("financiering", {"district": "VR05"}),
]
EXPECTED_FILES = {
    "profiel": {"oost-nederland.pdf"},
    "kaart": {"gemeenten.csv", "gemeenten.xlsx"},
    "financiering": {"bijdrageoverzicht_2020.csv", "bijdrageoverzicht.xlsx"},
    "pilots": {"pilots.csv", "pilots.xlsx"},
    "overleggen": {"overleggen.csv", "overleggen.xlsx"},
    "gegevensbeheer": {"sjabloon-registers.xlsx", "registers-start.xlsx"},
}


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return build_demo_root(tmp_path_factory.mktemp("downloads"))


@pytest.fixture
def made(monkeypatch) -> dict[str, tuple]:
    """file id → (callable, file name) of every deferred download registered while the app ran."""
    kept: dict[str, tuple] = {}
    real = MediaFileManager.add_deferred

    def spy(self, data_callable, mimetype, coordinates, file_name=None, **options):
        file_id = real(self, data_callable, mimetype, coordinates, file_name=file_name, **options)
        kept[file_id] = (data_callable, file_name)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return kept


def _run(root, monkeypatch, name: str, query: dict, demo: bool) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    app = AppTest.from_file(APP, default_timeout=120)
    app.switch_page(f"../pages/{name}.py")
    if demo:
        app.query_params["demo"] = "1"
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, name
    assert app.get("h1") or app.title, name  # the page ran to its heading
    return app


def _text(data: bytes | str, file_name: str) -> str:
    """What a person would read in the file."""
    if isinstance(data, str):
        return data
    if file_name.endswith(".xlsx"):
        book = load_workbook(io.BytesIO(data), read_only=True)
        cells = (
            str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
        )
        return "\n".join(book.sheetnames) + "\n" + "\n".join(c for c in cells if c != "None")
    if file_name.endswith(".pdf"):
        if not shutil.which("pdftotext"):
            pytest.skip("pdftotext (poppler-utils) ontbreekt")
        return subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode("utf-8")
    return data.decode("utf-8-sig")


def _demo_marks(text: str) -> list[str]:
    folded = text.casefold()
    return [mark for mark in DEMO_MARKS if mark in folded]


def test_every_download_holds_real_rows_only_with_demo_on(demo_root, monkeypatch, made):
    files_seen: dict[str, set[str]] = {}
    for name, query in VISITS:
        app = _run(demo_root, monkeypatch, name, query, demo=True)
        for button in app.get("download_button"):
            file_id = button.proto.deferred_file_id
            assert file_id in made, (name, button.proto.label)  # made on click, never inline
            make, file_name = made[file_id]
            text = _text(make(), file_name)
            assert text.strip(), (name, file_name)
            assert _demo_marks(text) == [], (name, query, file_name)
            if not query:
                files_seen.setdefault(name, set()).add(file_name)
    assert files_seen == EXPECTED_FILES  # every download of every page was opened


def test_the_demo_marks_are_found_where_demo_rows_are_shown(demo_root, monkeypatch):
    """The check above can fail: the same marks show on the page's own table of pilots."""
    app = _run(demo_root, monkeypatch, "pilots", {}, demo=True)
    table = app.dataframe[-1].value.to_csv()
    assert _demo_marks(table) == list(DEMO_MARKS)


def _banner(app: AppTest) -> bool:
    return any(texts.DEMO_BANNER in warning.value for warning in app.warning)


def _content(app: AppTest) -> list[str]:
    shown = [
        str(element.value)
        for kind in ("title", "header", "markdown", "caption", "info", "success", "metric")
        for element in app.get(kind)
    ]
    shown += [frame.value.to_csv() for frame in app.dataframe]
    shown += [" ".join(pictures.words(picture)) for picture, _ in pictures.on_page(app)]
    return shown + [chart.proto.spec for chart in app.get("plotly_chart")]


@pytest.mark.parametrize("name", [name for name, _, _ in PAGE_LIST])
def test_the_banner_stands_exactly_on_the_pages_that_show_demo_rows(demo_root, monkeypatch, name):
    query = {"laag": "bijdragestatus"} if name == "kaart" else {}  # the map's demo layer
    off = _run(demo_root, monkeypatch, name, query, demo=False)
    on = _run(demo_root, monkeypatch, name, query, demo=True)
    assert not _banner(off)
    assert _banner(on) == (name in DEMO_PAGES)
    assert (_content(on) != _content(off)) == (name in DEMO_PAGES), name
