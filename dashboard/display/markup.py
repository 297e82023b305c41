"""Register text made safe for every place it is shown: Markdown, HTML, map tooltips, graphs.

Stored data stays what the coordinator typed; it is escaped here, at the edge. One function with
one character set serves every renderer: each character that Markdown, HTML, LaTeX (`$`) or a
spreadsheet could read as markup becomes a numeric character reference (`*` → `&#42;`), which
Markdown, browsers, folium tooltips and plotly labels all show as the character itself.
"""

from __future__ import annotations

import pandas as pd

MARKUP_CHARACTERS = frozenset("\\`*_{}[]()#+-.!|<>~$:&\"'=@^%")


def literal(value: object) -> str:
    """Text that shows exactly as typed; line breaks and runs of white space become one space.

    A missing value (None, NaN) becomes the empty string.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split())  # a line break could start a list or a heading
    return "".join(f"&#{ord(c)};" if c in MARKUP_CHARACTERS else c for c in text)
