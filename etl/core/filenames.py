"""A name the file system gives, as text every report and every UTF-8 file can hold.

On Linux a file name is bytes; Python hands a name that is not valid UTF-8 over with lone
surrogates ('\\udcff'), which no UTF-8 file (a version's VERSIE.json, the history) and no
strict output can take. Each such byte becomes U+FFFD, so the check, the stored version and
the report all name the file the same way.
"""

from __future__ import annotations

import os


def readable(name: str | os.PathLike[str]) -> str:
    """The name as valid text: '\\udcff.csv' (from b'\\xff.csv') → '\\ufffd.csv'."""
    return os.fsencode(os.fspath(name)).decode("utf-8", "replace")
