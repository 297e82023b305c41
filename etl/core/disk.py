"""What the file system refused (a full disk, a read-only or foreign data root), said in Dutch
with what to do. Every write goes through a temporary file or folder and one rename, so a
refused write leaves the data as it was; the message says so."""

from __future__ import annotations

import errno
from pathlib import Path

UNCHANGED = "De gegevens zijn ongewijzigd gebleven."
FULL = (
    "De schijf van {where} is vol ({path}). Maak ruimte vrij (bijvoorbeeld oude "
    "reservekopieën elders bewaren) en probeer het opnieuw."
)
READ_ONLY = (
    "{Where} kan niet worden beschreven ({path}): het bestandssysteem is alleen-lezen "
    "of dit account heeft geen schrijfrechten. Geef het account dat het dashboard of "
    "`python -m etl` draait schrijfrechten op {where} en probeer het opnieuw."
)
DATA_ROOT = "de gegevensmap (VNON_DATA_DIR)"
ELSEWHERE = "de map van het doelbestand"
MISSING = "Een bestand of map ontbreekt ({path}). Controleer VNON_DATA_DIR en de gegevensmap."
OTHER = (
    "Het bestandssysteem weigerde een lees- of schrijfactie ({path}: {reason}). Controleer de "
    "gegevensmap en probeer het opnieuw."
)
FULL_CODES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY_CODES = {errno.EROFS, errno.EACCES, errno.EPERM}


def explained(err: OSError, root: Path | None = None) -> str:
    """The refusal in Dutch, with the file it concerns (else the data root) and what to do."""
    path = err.filename or root or "onbekend bestand"
    where = DATA_ROOT if _inside(path, root) else ELSEWHERE
    if err.errno in FULL_CODES:
        text = FULL.format(path=path, where=where)
    elif err.errno in READ_ONLY_CODES:
        text = READ_ONLY.format(path=path, where=where, Where=where[0].upper() + where[1:])
    elif err.errno == errno.ENOENT:
        text = MISSING.format(path=path)
    else:
        text = OTHER.format(path=path, reason=err.strerror or type(err).__name__)
    return f"{text} {UNCHANGED}"


def _inside(path: object, root: Path | None) -> bool:
    """Whether the refused file lies in the data root (unknown: assume it does)."""
    if root is None:
        return True
    try:
        return Path(str(path)).resolve().is_relative_to(Path(root).resolve())
    except (OSError, ValueError):
        return True
