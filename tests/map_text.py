"""What a map's HTML shows as text: jinja's `tojson` writes `&` as `\\u0026`, `literal` writes
markup characters as character references; both undone here."""

from __future__ import annotations

import html


def shown(page: str) -> str:
    return html.unescape(page.replace("\\u0026", "&"))
