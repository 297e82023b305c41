"""Start-up recovery of the register versions (DESIGN §2): what a killed import left behind.

A write that never reached the pointer switch leaves temporary folders, pointer files or a
version folder numbered after the one in use: all are removed. A pointer naming no complete
version is repaired. A register declared after the version in use was made is added from the
seed as a new version. `marts_stale` tells whether the marts lag behind the registers in use
(a kill between the switch and the rebuild).
"""

from __future__ import annotations

import json
import logging

from etl.core.settings import CURRENT_POINTER, DataRoot
from etl.core.store import MANIFEST, sha256
from etl.registers import versions

log = logging.getLogger(__name__)


def recover(data: DataRoot) -> list[str]:
    """Undo what a killed import left behind; return what was done, in Dutch.

    Removes temporary folders and pointer files, and versions that were written but never
    switched to; repairs a pointer that names no complete version. Skipped while another
    process holds the lock (it may be writing right now).
    """
    history = data.history
    if not history.is_dir():
        return []
    try:
        with versions.locked(data, wait_seconds=0, who="het herstel bij het starten"):
            notes = _recover(data)
    except versions.RegisterLockedError:
        return []
    for note in notes:
        log.warning("Herstel: %s", note)
    return notes


def recover_locked(data: DataRoot) -> list[str]:
    """`recover` for a caller that holds the lock already (an import about to write)."""
    return _recover(data) if data.history.is_dir() else []


def marts_stale(data: DataRoot) -> bool:
    """True when the marts were built from other registers than the ones in use."""
    manifest_path = data.processed / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False  # never built: the dashboard says so itself
    built = {(entry.get("path"), entry.get("sha256")) for entry in manifest.get("inputs", [])}
    folder = data.register
    for name in versions.register_files():
        path = folder / name
        if not path.is_file():
            continue
        if (str(path.relative_to(data.root)), sha256(path)) not in built:
            return True
    return False


def _recover(data: DataRoot) -> list[str]:
    history = data.history
    notes: list[str] = []
    for path in history.iterdir():
        if path.name.startswith(versions.TEMP_PREFIX) or path.name.startswith(
            f".{CURRENT_POINTER}."
        ):
            versions.remove(path)
            notes.append(f"Onvolledige schrijfactie opgeruimd: {path.name}.")
    pointer = history / CURRENT_POINTER
    current = versions.current_version(data)
    complete = [f for f in versions.version_folders(history) if (f / versions.METADATA).is_file()]
    if pointer.exists() and current is None:
        if complete:
            latest = max(complete, key=lambda folder: versions.number_of(folder.name)).name
            versions.switch_pointer(history, latest)
            notes.append(
                f"De verwijzing naar de huidige versie was ongeldig; hersteld naar {latest}."
            )
            current = latest
        else:
            pointer.unlink()
            notes.append(
                "De verwijzing naar de huidige versie was ongeldig; de startgegevens gelden."
            )
    current_number = versions.number_of(current) if current else 0
    for folder in versions.version_folders(history):
        never_used = versions.number_of(folder.name) > current_number
        if never_used or not (folder / versions.METADATA).is_file():
            versions.remove(folder)
            notes.append(f"Versie {folder.name} is nooit in gebruik genomen en is verwijderd.")
    if current:
        notes.extend(_add_new_registers(data, current))
    return notes


def _add_new_registers(data: DataRoot, current: str) -> list[str]:
    """A register declared after the current version was made comes from the seed."""
    folder = data.history / current
    missing = {
        name: (data.seed_register / name).read_bytes()
        for name in versions.register_files()
        if not (folder / name).is_file() and (data.seed_register / name).is_file()
    }
    if not missing:
        return []
    info = versions.commit(
        data, missing, action="aanvulling", source="register/", user="", expected_base=current
    )
    return [
        f"Nieuwe registers uit de startgegevens toegevoegd in {info.name}: {', '.join(missing)}."
    ]
