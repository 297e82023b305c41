"""One page of the app in AppTest, on a built data root, with a query in its URL."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from .conftest import REPO

APP = str(REPO / "dashboard" / "navigation.py")


def open_page(root, monkeypatch, page: str, **query) -> AppTest:
    """`pages/<page>.py` run once with `?query`, checked to end without exception or error."""
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    app = AppTest.from_file(APP, default_timeout=60)
    app.switch_page(f"../pages/{page}.py")
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception and not app.error
    return app
