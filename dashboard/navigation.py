"""The Streamlit script behind `dashboard/app.py`: the navigation and the frame of every page.

AppTest runs this file; the pages themselves live in the top-level pages/.
"""

from __future__ import annotations

from dashboard.ui import warmup

# Before the imports below: they would race the start-up thread's (dashboard/ui/warmup.py).
warmup.wait()

import streamlit as st  # noqa: E402

from dashboard.site import ICON, PAGE_LIST, PAGES, shows_demo  # noqa: E402
from dashboard.texts import frame as texts  # noqa: E402
from dashboard.ui import frame as ui  # noqa: E402
from dashboard.ui import place, url  # noqa: E402

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
