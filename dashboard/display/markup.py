"""Register text made safe for every place it is shown: Markdown, HTML, map tooltips, graphs.

Stored data stays what the coordinator typed; it is escaped here, at the edge. One function with
one character set serves every renderer: each character that Markdown, HTML, LaTeX (`$`) or a
spreadsheet could read as markup becomes a numeric character reference (`*` → `&#42;`), which
Markdown, browsers, folium tooltips and plotly labels all show as the character itself.
"""

from __future__ import annotations

import re

MARKUP_CHARACTERS = frozenset("\\`*_{}[]()#+-.!|<>~$:&\"'=@^%")
# Line breaks and runs of ordinary white space; a no-break space stays (it keeps "€ 16,59" whole).
_WHITE_SPACE = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


def literal(value: object) -> str:
    """Text that shows exactly as typed; line breaks and runs of white space become one space
    (a no-break space stays).

    A missing value (None, NaN) becomes the empty string.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        import pandas as pd  # here: the server's first document needs no pandas (issue 13)

        if pd.isna(value):
            return ""
    text = _WHITE_SPACE.sub(" ", str(value)).strip()  # a line break could start a list or heading
    return "".join(f"&#{ord(c)};" if c in MARKUP_CHARACTERS else c for c in text)
