"""The factsheet drawn as a picture (poppler's pdftoppm, as a reader's PDF viewer would): the
page is A4 portrait and the map is really drawn, in the district colours of the app."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from dashboard.display.palette import DISTRICT_COLOURS
from dashboard.factsheet import sheet
from dashboard.marts import read_marts

DPI = 50


@pytest.fixture(scope="module")
def pdftoppm() -> str:
    """pdftoppm from Debian's poppler-utils (`make poppler`); missing, it fails under CI."""
    found = shutil.which("pdftoppm")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pdftoppm ontbreekt: installeer poppler-utils (make poppler)")
        pytest.skip("pdftoppm ontbreekt (Debian-pakket poppler-utils)")
    return found


def _first_page(pdftoppm: str, pdf: bytes, folder: Path) -> Image.Image:
    (folder / "sheet.pdf").write_bytes(pdf)
    subprocess.run(
        [
            pdftoppm,
            "-png",
            "-r",
            str(DPI),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "sheet.pdf",
            "page",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return Image.open(folder / "page.png").convert("RGB")


def _share(image: Image.Image, colour: str) -> float:
    """The share of the page's pixels within a few steps of `colour`."""
    wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    raw = image.tobytes()  # RGB, three bytes a pixel
    counts = Counter(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    close = sum(
        count
        for pixel, count in counts.items()
        if all(abs(a - b) <= 6 for a, b in zip(pixel, wanted, strict=True))
    )
    return close / (image.width * image.height)


def test_the_region_page_shows_every_district_colour(built_root, tmp_path, pdftoppm) -> None:
    marts = read_marts(built_root.processed)
    image = _first_page(pdftoppm, sheet.factsheet(marts, sheet.place_for(marts)), tmp_path)
    width, height = image.size
    assert abs(height / width - 842 / 595) < 0.01  # A4 portrait
    for code, colour in DISTRICT_COLOURS.items():
        assert _share(image, colour) > 0.001, code


def test_a_district_page_shows_only_its_colour(built_root, tmp_path, pdftoppm) -> None:
    marts = read_marts(built_root.processed)
    twente = sheet.place_for(marts, district_code="VR05")
    image = _first_page(pdftoppm, sheet.factsheet(marts, twente), tmp_path)
    assert _share(image, DISTRICT_COLOURS["VR05"]) > 0.002
    assert _share(image, DISTRICT_COLOURS["VR08"]) < 0.0005
