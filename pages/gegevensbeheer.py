"""Gegevensbeheer: template and current data, upload → report → diff → confirm → apply, history.

Editing (upload, apply, rollback) only for a signed-in coordinator when sign-in is configured
(dashboard/registers/auth.py); otherwise the page is read-only and says how to enable editing.
"""

import streamlit as st

from dashboard import data
from dashboard.texts import gegevensbeheer as texts
from dashboard.ui import admin
from dashboard.ui import place as place_ui

settings = data.current_settings()
st.title(texts.ADMIN_HEADING)
st.write(texts.ADMIN_INTRO)
place_ui.region_note(place_ui.chosen())
admin.start_up(settings)
access, user = admin.access_box()
reference = data.load_reference_data(settings)
versions = data.load_versions(settings)
admin.downloads(settings, reference, versions)
if access.can_edit:
    admin.upload_section(settings, reference, user)
admin.history_section(settings, reference, versions, access.can_edit, user)
