"""The pages of the app: file and URL path, title and icon, the first being the start page.

Plain data, read by the navigation script (`dashboard/navigation.py`), by the server in front of
it (`dashboard/app.py`) and by the tests.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.texts import frame as texts
from dashboard.texts import profiel as profile_texts

PAGES = Path(__file__).resolve().parent.parent / "pages"
# A file, not a Material icon: those come from Google's font servers, which intranets lack.
ICON = Path(__file__).resolve().parent / "assets" / "favicon.png"
# (file and URL path, title, icon); the first is the start page.
PAGE_LIST = (
    ("overzicht", texts.PAGE_OVERVIEW, ":material/dashboard:"),
    ("profiel", profile_texts.PAGE_TITLE, ":material/location_city:"),
    ("kaart", texts.PAGE_MAP, ":material/map:"),
    ("financiering", texts.PAGE_FUNDING, ":material/euro:"),
    ("pilots", texts.PAGE_PILOTS, ":material/science:"),
    ("overleggen", texts.PAGE_BODIES, ":material/hub:"),
    ("themas", texts.PAGE_THEMES, ":material/topic:"),
    ("veiligheidsveld", texts.PAGE_GAPS, ":material/checklist:"),
    ("gegevensbeheer", texts.PAGE_DATA_ADMIN, ":material/upload_file:"),
    ("toegankelijkheid", texts.PAGE_ACCESSIBILITY, ":material/accessibility_new:"),
)
START_PAGE = PAGE_LIST[0][0]
ADMIN_PAGE = "gegevensbeheer"  # the only page that offers signing in
# The pages that can show demo rows (pilots, contribution statuses) when demo data are on: the
# demo banner stands on these only. The others draw registers that have no demo rows.
DEMO_PAGES = frozenset({"profiel", "kaart", "financiering", "pilots"})


def shows_demo(url_path: str) -> bool:
    """Whether the page at `url_path` (empty: the start page) can show demo rows."""
    return (url_path or START_PAGE) in DEMO_PAGES
