"""Entry point: `streamlit run dashboard/app.py` — the pages live in the top-level pages/."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.texts import frame as texts
from dashboard.ui import frame as ui

PAGES = Path(__file__).resolve().parent.parent / "pages"
# A file, not a Material icon: those come from Google's font servers, which intranets lack.
ICON = Path(__file__).resolve().parent / "assets" / "favicon.png"

st.set_page_config(page_title=texts.APP_TITLE, page_icon=str(ICON), layout="wide")
navigation = st.navigation(
    [
        st.Page(PAGES / "overzicht.py", title=texts.PAGE_OVERVIEW, icon=":material/dashboard:",
                url_path="overzicht", default=True),
        st.Page(PAGES / "kaart.py", title=texts.PAGE_MAP, icon=":material/map:", url_path="kaart"),
        st.Page(PAGES / "financiering.py", title=texts.PAGE_FUNDING, icon=":material/euro:",
                url_path="financiering"),
        st.Page(PAGES / "pilots.py", title=texts.PAGE_PILOTS, icon=":material/science:",
                url_path="pilots"),
        st.Page(PAGES / "overleggen.py", title=texts.PAGE_BODIES, icon=":material/hub:",
                url_path="overleggen"),
        st.Page(PAGES / "themas.py", title=texts.PAGE_THEMES, icon=":material/topic:",
                url_path="themas"),
        st.Page(PAGES / "veiligheidsveld.py", title=texts.PAGE_GAPS, icon=":material/checklist:",
                url_path="veiligheidsveld"),
        st.Page(PAGES / "gegevensbeheer.py", title=texts.PAGE_DATA_ADMIN,
                icon=":material/upload_file:", url_path="gegevensbeheer"),
    ]
)  # fmt: skip
ui.demo_switch()  # before the page, so its banner stands on top of every page
ui.run_guarded(navigation)
