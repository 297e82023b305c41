"""What the file system refused (a full disk, a read-only or foreign data root), said in Dutch
with what to do. Every write goes through a temporary file or folder and one rename, so a
refused write leaves the data as it was; the message says so."""

from __future__ import annotations

import errno
from pathlib import Path

UNCHANGED = "De gegevens zijn ongewijzigd gebleven."
FULL = (
    "De schijf van de gegevensmap is vol ({path}). Maak ruimte vrij (bijvoorbeeld oude "
    "reservekopieën elders bewaren) en probeer het opnieuw."
)
READ_ONLY = (
    "De gegevensmap kan niet worden beschreven ({path}): het bestandssysteem is alleen-lezen "
    "of dit account heeft geen schrijfrechten. Geef het account dat het dashboard of "
    "`python -m etl` draait schrijfrechten op de gegevensmap (VNON_DATA_DIR) en probeer het "
    "opnieuw."
)
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
    if err.errno in FULL_CODES:
        text = FULL.format(path=path)
    elif err.errno in READ_ONLY_CODES:
        text = READ_ONLY.format(path=path)
    elif err.errno == errno.ENOENT:
        text = MISSING.format(path=path)
    else:
        text = OTHER.format(path=path, reason=err.strerror or type(err).__name__)
    return f"{text} {UNCHANGED}"
