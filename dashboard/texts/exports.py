"""Texts in the downloads (Excel and CSV)."""

from __future__ import annotations

EXPORT_YES = "ja"
EXPORT_NO = "nee"
EXPORT_EMPTY_SHEET = "Leeg"
# Under the downloads of a page that shows demo rows: the files never hold them (DESIGN §2).
DOWNLOAD_REAL_ONLY = "De downloads bevatten alleen de echte registers, nooit demodata."
