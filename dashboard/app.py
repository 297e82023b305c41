"""Entry point: `streamlit run dashboard/app.py` serves the app as an ASGI application.

Streamlit finds `app` below and runs `dashboard/navigation.py` behind it; the middleware in front
makes every document the app serves Dutch from its first byte (`dashboard/server/documents.py`),
brings the coordinator back to Gegevensbeheer after signing in (`dashboard/server/signin.py`)
and, under `make serve`, names the replica that answered (`dashboard/server/replica.py`).
Once the server runs, `dashboard/ui/warmup.py` imports pandas, folium and the rest and reads the
marts in the background, so the first page view finds them done.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.server.documents import DutchDocuments
from dashboard.server.replica import ReplicaName, replica_name
from dashboard.server.signin import SignInLanding
from dashboard.site import ADMIN_PAGE, START_PAGE
from dashboard.ui import warmup
from etl.core import logs

logs.configure()  # the app's log on standard output, with time and level (VNON_LOG_LEVEL)
NAVIGATION = Path(__file__).resolve().parent / "navigation.py"
REPLICA = replica_name()

middleware = [
    Middleware(DutchDocuments, start_page=START_PAGE),
    Middleware(SignInLanding, page=ADMIN_PAGE),  # back on Gegevensbeheer after signing in
]
if REPLICA is not None:
    middleware.append(Middleware(ReplicaName, name=REPLICA))
# The lifespan warms the first script run's imports and marts while the browser loads the page.
app = st.App(NAVIGATION, middleware=middleware, lifespan=warmup.lifespan)
