"""Entry point: `streamlit run dashboard/app.py` serves the app as an ASGI application.

Streamlit finds `app` below and runs `dashboard/navigation.py` behind it; the middleware in front
makes every document the app serves Dutch from its first byte (`dashboard/server/documents.py`)
and brings the coordinator back to Gegevensbeheer after signing in (`dashboard/server/signin.py`).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.server.documents import DutchDocuments
from dashboard.server.signin import SignInLanding
from dashboard.site import ADMIN_PAGE, START_PAGE

NAVIGATION = Path(__file__).resolve().parent / "navigation.py"

app = st.App(
    NAVIGATION,
    middleware=[
        Middleware(DutchDocuments, start_page=START_PAGE),
        Middleware(SignInLanding, page=ADMIN_PAGE),  # back on Gegevensbeheer after signing in
    ],
)
