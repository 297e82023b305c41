"""The page Toegankelijkheid on screen: the statement's sections, each an h2 under the title."""

from __future__ import annotations

import os

import streamlit as st

from dashboard.accessibility import statement
from dashboard.texts import toegankelijkheid as texts


def accessibility_statement() -> None:
    """The title, then every section; the status section explains the five statuses."""
    st.title(texts.HEADING)
    for section in statement.sections(os.environ):
        if section.heading:
            st.header(section.heading)
        st.markdown(section.markdown)
        if section.heading == texts.STATUS_HEADING:
            with st.expander(texts.STATUSES_LABEL):
                st.markdown(statement.statuses_markdown())
