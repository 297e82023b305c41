"""Texts in the downloads (Excel and CSV)."""

from __future__ import annotations

EXPORT_YES = "ja"
EXPORT_NO = "nee"
EXPORT_EMPTY_SHEET = "Leeg"
