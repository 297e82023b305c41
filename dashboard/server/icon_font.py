"""Streamlit's icon font (Material Symbols, 375 kB, loaded by every page) cut to the icons in use.

The font draws an icon for its name typed in letters (a ligature: `expand_more` → ⌄). Every
page loads it for the sidebar's icons, yet it holds about 4.300 of them. The cut keeps the
ligatures of every name Streamlit's frontend or Python code or this app's code mentions (a
superset of what shows), the letters they are typed in, and nothing else; the file keeps its
name, so Streamlit's pages ask for it as before.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONT_NAME = re.compile(r"^MaterialSymbols-[A-Za-z]+\..+\.woff2$")
QUOTED = re.compile(r"[\"'`]([a-z0-9_]{2,60})[\"'`]")
MATERIAL = re.compile(r":material/([a-z0-9_]+):")
LIGATURES = 4  # GSUB lookup types: a ligature, and an extension holding one
EXTENSION = 7
REPO = Path(__file__).resolve().parents[2]


def python_files(*folders: Path) -> list[Path]:
    return sorted(path for folder in folders for path in folder.rglob("*.py"))


def app_sources() -> list[Path]:
    """This app's Python files: its page icons, and any icon in a text."""
    return python_files(REPO / "dashboard", REPO / "pages")


def streamlit_sources() -> list[Path]:
    """Streamlit's Python files: the icons its elements send to the browser."""
    return python_files(Path(importlib.util.find_spec("streamlit").origin).parent)


def mentioned(scripts: Iterable[Path], sources: Iterable[Path]) -> set[str]:
    """Every word a script quotes and every `:material/name:` in a script or Python file."""
    names: set[str] = set()
    for path in scripts:
        text = path.read_text(encoding="utf-8", errors="ignore")
        names.update(QUOTED.findall(text), MATERIAL.findall(text))
    for path in sources:
        names.update(MATERIAL.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return names


def _ligature_tables(font: TTFont) -> list:
    tables = []
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            real = table.ExtSubTable if lookup.LookupType == EXTENSION else table
            if real.LookupType == LIGATURES:
                tables.append(real)
    return tables


def icon_names(font: TTFont) -> dict[str, str]:
    """Icon name → the glyph its ligature draws, for every ligature of the font."""
    letters = {glyph: chr(code) for code, glyph in sorted(font.getBestCmap().items())}
    names = {}
    for table in _ligature_tables(font):
        for first, ligatures in table.ligatures.items():
            for ligature in ligatures:
                typed = [letters.get(glyph, "\0") for glyph in (first, *ligature.Component)]
                names["".join(typed)] = ligature.LigGlyph
    return names


def cut(path: Path, keep: set[str]) -> set[str]:
    """Rewrite the font at `path` with only the icons named in `keep`; the names kept."""
    font = TTFont(path)
    known = icon_names(font)
    kept = {name for name in keep if name in known}
    glyphs = {known[name] for name in kept}
    for table in _ligature_tables(font):
        for first in list(table.ligatures):
            ligatures = [lig for lig in table.ligatures[first] if lig.LigGlyph in glyphs]
            if ligatures:
                table.ligatures[first] = ligatures
            else:
                del table.ligatures[first]
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=sorted(glyphs), text="".join(sorted(set("".join(kept)))))
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(path)
    return kept
