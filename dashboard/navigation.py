"""The Streamlit script behind `dashboard/app.py`: the navigation and the frame of every page.

AppTest runs this file; the pages themselves live in the top-level pages/.
"""

from __future__ import annotations

import streamlit as st

from dashboard.site import ICON, PAGE_LIST, PAGES, shows_demo
from dashboard.texts import frame as texts
from dashboard.ui import frame as ui
from dashboard.ui import place, url

st.set_page_config(page_title=texts.APP_TITLE, page_icon=str(ICON), layout="wide")
navigation = st.navigation(
    [
        st.Page(PAGES / f"{name}.py", title=title, icon=icon, url_path=name, default=number == 0)
        for number, (name, title, icon) in enumerate(PAGE_LIST)
    ]
)
url.follow_aliases()  # old parameter names in shared links, before any page reads the URL
url.carry_place()  # a page switch drops the URL's parameters: the session puts the place back
# Before the page, so its banner stands on top of every page that shows demo rows.
ui.demo_switch(banner=shows_demo(navigation.url_path))
place.place_choice(navigation)  # the sidebar selects and the breadcrumb, above every page
ui.run_guarded(navigation)
