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
from pathlib import Path

from etl.core import disk
from etl.core.settings import CURRENT_POINTER, DataRoot
from etl.core.store import MANIFEST, now_utc, sha256
from etl.registers import versions

log = logging.getLogger(__name__)
ASIDE_SUFFIX = "-map-apart-gezet-"
POINTER_FOLDER = (
    "history/CURRENT was een map in plaats van een bestand; die map is ongewijzigd verplaatst "
    "naar history/{aside}. Verwijder die map zelf als ze niets "
    "bevat dat u nodig hebt."
)
NO_POINTER = (
    "De verwijzing history/CURRENT ontbreekt, terwijl er versies zijn ({names}); die zijn niet "
    "verwijderd. De startgegevens gelden nu; zet de juiste versie terug met "
    "`python -m etl rollback VERSIE` (zie `python -m etl history`)."
)
NO_METADATA = (
    "Versie {name}{in_use} mist haar beschrijving (VERSIE.json); ze is niet verwijderd. "
    "Zet een reservekopie terug of vraag de beheerder het bestand te herstellen."
)
IN_USE = " (de versie in gebruik)"
SKIPPED = "Het herstel bij het starten is overgeslagen."


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
    except OSError as err:  # a read-only root can still be read: said, and nothing repaired
        notes = [f"{SKIPPED} {disk.explained(err, data.root)}"]
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
    moved = _pointer_folder_aside(history)
    notes.extend(moved)
    notes.extend(_repair_pointer(data, damaged=bool(moved)))
    current = versions.current_version(data)
    notes.extend(_remove_never_used(data, current))
    if current:
        notes.extend(_add_new_registers(data, current))
    return notes


def _pointer_folder_aside(history: Path) -> list[str]:
    """A folder named CURRENT (no import makes one) moved aside whole, so the pointer can be
    written again; nothing in it is deleted."""
    pointer = history / CURRENT_POINTER
    if not pointer.is_dir() or pointer.is_symlink():
        return []
    aside = history / f"{CURRENT_POINTER}{ASIDE_SUFFIX}{now_utc().replace(':', '')}"
    pointer.rename(aside)
    return [POINTER_FOLDER.format(aside=aside.name)]


def _repair_pointer(data: DataRoot, damaged: bool) -> list[str]:
    """A pointer naming no version folder (or `damaged`, moved aside) is pointed at the newest
    complete version."""
    history = data.history
    pointer = history / CURRENT_POINTER
    if not (pointer.exists() or damaged) or versions.current_version(data) is not None:
        return []
    complete = [f for f in versions.version_folders(history) if (f / versions.METADATA).is_file()]
    if not complete:
        pointer.unlink(missing_ok=True)
        return ["De verwijzing naar de huidige versie was ongeldig; de startgegevens gelden."]
    latest = max(complete, key=lambda folder: versions.number_of(folder.name)).name
    versions.switch_pointer(history, latest)
    return [f"De verwijzing naar de huidige versie was ongeldig; hersteld naar {latest}."]


def _remove_never_used(data: DataRoot, current: str | None) -> list[str]:
    """Remove the versions provably never switched to; report, and keep, any other damage.

    Numbers only grow and the pointer moves after a version is complete, so a version numbered
    after the one in use was never in use. The first import points at its copy of the seed
    before it writes anything else (`versions.commit`), so versions without a pointer are
    damage, not leftovers: they are kept and reported.
    """
    folders = versions.version_folders(data.history)
    if current is None:
        return [NO_POINTER.format(names=", ".join(f.name for f in folders))] if folders else []
    notes = []
    current_number = versions.number_of(current)
    for folder in folders:
        if versions.number_of(folder.name) > current_number:
            versions.remove(folder)
            notes.append(f"Versie {folder.name} is nooit in gebruik genomen en is verwijderd.")
        elif not (folder / versions.METADATA).is_file():
            in_use = IN_USE if folder.name == current else ""
            notes.append(NO_METADATA.format(name=folder.name, in_use=in_use))
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
