"""Streamlit's icon font cut to the icons in use (dashboard/server/icon_font.py): every icon the
app's pages and Streamlit's frontend name stays drawable, the rest goes, and so do most bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from dashboard.server import icon_font, static_files

STREAMLIT_UI = ("keyboard_double_arrow_left", "expand_more", "more_vert", "close", "check")


@pytest.fixture(scope="module")
def original() -> Path:
    (font,) = [
        path
        for path in (static_files.frontend() / "static" / "media").iterdir()
        if icon_font.FONT_NAME.match(path.name)
    ]
    return font


def test_a_script_names_icons_by_quoted_words_and_python_by_material_codes(tmp_path):
    script = tmp_path / "ui.js"
    script.write_text('icon:"expand_more",x=`close`;label="Kaart";y=":material/map:"')
    source = tmp_path / "site.py"
    source.write_text('ICON = ":material/euro:"\nWORD = "science"\n')
    named = icon_font.mentioned([script], [source])
    assert {"expand_more", "close", "map", "euro"} <= named
    assert "science" not in named and "Kaart" not in named


def test_the_cut_font_draws_every_named_icon_and_no_other(original, tmp_path):
    app = icon_font.mentioned([], icon_font.app_sources())
    assert {"map", "euro", "science", "accessibility_new"} <= app  # the pages' icons
    keep = app | set(STREAMLIT_UI) | {"geen_icoon"}
    path = tmp_path / original.name
    shutil.copy(original, path)
    every = icon_font.icon_names(TTFont(original))
    kept = icon_font.cut(path, keep)
    assert kept == {name for name in keep if name in every} and "geen_icoon" not in kept
    assert kept >= {"map", "euro", *STREAMLIT_UI}
    left = icon_font.icon_names(TTFont(path))
    # Beside the kept names only their aliases (`clear` draws what `close` draws).
    assert set(left) >= kept and {every[name] for name in left} == {every[name] for name in kept}
    assert "android" in every and "android" not in left
    assert path.stat().st_size < original.stat().st_size // 10
