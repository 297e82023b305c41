"""Demo data: generated deterministically into demo/, hidden unless the user switches it on."""

from __future__ import annotations

import dataclasses
import io

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import read_marts, visible
from dashboard.texts import frame as frame_texts
from etl import demo
from etl.reference.tables import load_reference
from etl.registers.catalogue import REGISTERS
from etl.registers.incoming import stored_frame

from .conftest import REPO


def _fake_generator(reference, rng):
    codes = reference.municipalities["municipality_code"]
    return {
        "proef.csv": pd.DataFrame(
            {"gemeente": rng.choice(codes, 5), "getal": rng.integers(0, 9, 5)}
        )
    }


def test_demo_registers_are_the_same_for_the_same_seed(monkeypatch, data_root):
    monkeypatch.setattr(demo, "GENERATORS", (_fake_generator, _fake_generator))
    reference = load_reference(data_root.reference)
    first, again = demo.demo_registers(reference, 7), demo.demo_registers(reference, 7)
    assert first.keys() == again.keys()
    assert all(first[name].equals(again[name]) for name in first)
    assert not demo.demo_registers(reference, 8)["proef.csv"].equals(first["proef.csv"])


def test_write_demo_writes_csv_files_into_the_demo_folder(monkeypatch, settings):
    monkeypatch.setattr(demo, "GENERATORS", (_fake_generator,))
    assert demo.write_demo(settings, seed=1) == {"proef.csv": 5}
    written = pd.read_csv(settings.data.demo / "proef.csv")
    assert list(written.columns) == ["gemeente", "getal"] and len(written) == 5
    assert [p.name for p in settings.data.demo.iterdir()] == ["proef.csv"]


def test_visible_hides_demo_rows_unless_switched_on(built_root):
    marts = read_marts(built_root.processed)
    flagged = pd.DataFrame({"x": [1, 2, 3], "is_demo": [False, True, False]})
    marts = dataclasses.replace(marts, workplan=flagged)
    assert visible(marts, show_demo=False).workplan["x"].tolist() == [1, 3]
    assert visible(marts, show_demo=True).workplan["x"].tolist() == [1, 2, 3]
    assert visible(marts, show_demo=False).bodies.equals(marts.bodies)  # no is_demo: untouched


@pytest.fixture
def app(built_root, monkeypatch) -> AppTest:
    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    return AppTest.from_file(str(REPO / "dashboard" / "navigation.py"), default_timeout=60)


def _banner(app) -> bool:
    return any(frame_texts.DEMO_BANNER in w.value for w in app.warning)


def test_switching_demo_on_shows_the_banner_and_keeps_it_in_the_url(app):
    app.switch_page("../pages/pilots.py").run()
    assert not _banner(app)
    app.sidebar.toggle[0].set_value(True).run()
    assert app.warning[0].value == frame_texts.DEMO_BANNER
    assert app.query_params["demo"] == "1"
    app.switch_page("../pages/kaart.py").run()
    assert app.warning[0].value == frame_texts.DEMO_BANNER  # it follows to pages with demo rows
    app.switch_page("../pages/overleggen.py").run()
    assert not _banner(app)  # a page without demo rows has no banner; the switch stays on
    assert app.sidebar.toggle[0].value is True and app.query_params["demo"] == "1"
    app.switch_page("../pages/financiering.py").run()
    assert _banner(app)
    app.sidebar.toggle[0].set_value(False).run()
    assert "demo" not in app.query_params
    assert not [w for w in app.warning if frame_texts.DEMO_BANNER in w.value]


def test_demo_in_the_url_switches_it_on(app):
    app.switch_page("../pages/profiel.py")
    app.query_params["demo"] = "1"
    app.run()
    assert not app.exception
    assert app.sidebar.toggle[0].value is True
    assert app.warning[0].value == frame_texts.DEMO_BANNER


def test_demo_files_are_in_the_registers_notation_and_read_back_unchanged(settings):
    """Every demo cell is already in stored notation: the import parser reads each file back
    to the same text (amounts '1994.93' and '2000', never '2000.00', '52000,0' or '52.000')."""
    counts = demo.write_demo(settings)
    reference = load_reference(settings.data.reference)
    specs = {spec.file: spec for spec in REGISTERS.values() if spec.demo}
    assert set(counts) <= set(specs)
    for name in counts:
        content = (settings.data.demo / name).read_bytes()
        written = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)
        read_back = stored_frame(content, specs[name], reference)
        assert read_back.to_dict("list") == written.to_dict("list"), name
    paid = pd.read_csv(settings.data.demo / "bijdragen.csv", dtype=str)["betaald_eur"].dropna()
    assert not paid.empty and paid.str.fullmatch(r"\d+(\.\d{1,2})?").all()
    assert not paid.str.endswith(".00").any() and not paid.str.endswith(".0").any()
