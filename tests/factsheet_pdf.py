"""Reading a factsheet back: its pages, their size and their text (pypdf), for the tests."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

A4 = (595, 842)  # points, portrait


@dataclass(frozen=True)
class Sheet:
    pages: int
    sizes: tuple[tuple[int, int], ...]
    texts: tuple[str, ...]  # per page, whitespace folded to single spaces

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def read(pdf: bytes) -> Sheet:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    sizes = tuple(
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in reader.pages
    )
    texts = tuple(_fold(page.extract_text()) for page in reader.pages)
    return Sheet(len(reader.pages), sizes, texts)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()
