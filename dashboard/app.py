"""Entry point: `streamlit run dashboard/app.py` — the pages live in the top-level pages/."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.texts import frame as texts
from dashboard.texts import profiel as profile_texts
from dashboard.ui import frame as ui
from dashboard.ui import place, url

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

st.set_page_config(page_title=texts.APP_TITLE, page_icon=str(ICON), layout="wide")
navigation = st.navigation(
    [
        st.Page(PAGES / f"{name}.py", title=title, icon=icon, url_path=name, default=number == 0)
        for number, (name, title, icon) in enumerate(PAGE_LIST)
    ]
)
url.follow_aliases()  # old parameter names in shared links, before any page reads the URL
url.carry_place()  # a page switch drops the URL's parameters: the session puts the place back
ui.print_style()
ui.demo_switch()  # before the page, so its banner stands on top of every page
place.place_choice(navigation)  # the sidebar selects and the breadcrumb, above every page
ui.run_guarded(navigation)
