"""Versioned register folders behind an atomically replaced pointer (DESIGN §2).

Layout below the data root's `history/`:

    CURRENT          the name of the version in use ("v0003"); replaced with os.replace
    v0001/ v0002/    complete versions: the register CSV files and VERSIE.json (time,
                     action, source, user, a sha256 per file and one for the whole set)
    .tmp-*/          a version being written; renamed to vNNNN only when complete

The lock (`etl.core.lock`, the file `.lock` in the data root itself) serialises imports,
rollbacks, restores, recovery and rebuilds across processes and replicas.

Without a valid pointer the seed folder `register/` is in use (see `DataRoot.register`). A new
version is written completely into a temporary folder, synced, renamed to its number, and only
then does the pointer move: the pointer switch is the commit. A process killed at any moment
therefore leaves either the old pointer (the new files are ignored, and removed by
`etl.registers.recovery.recover`) or the new one (a complete version). Recovery runs at
start-up of every `python -m etl` verb and of the page Gegevensbeheer. Every file is written
durably and the pointer atomically through `etl.core.atomic`.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from etl.core import atomic, filenames, lock
from etl.core.settings import CURRENT_POINTER, VERSION_NAME, DataRoot, current_version_name
from etl.core.store import now_utc, sha256
from etl.registers.catalogue import REGISTERS

METADATA = "VERSIE.json"
log = logging.getLogger(__name__)
LOCK_FILE = ".lock"
TEMP_PREFIX = ".tmp-"
SEED = "start"  # the name under which the seed folder register/ is shown and can be restored
# Tests only: `VNON_TEST_PAUSE=<step>[:<seconds>]` makes a write stop at that step for a while
# (see `_pause`), so a test can kill the process there or start a second one. Steps: "partial"
# (one file of the new version written), "renamed" (the version complete, the pointer not yet
# switched), "switched" (the pointer switched, the marts not yet rebuilt).
PAUSE_VARIABLE = "VNON_TEST_PAUSE"
PAUSE_SECONDS = 60.0
LOCK_WAIT_SECONDS = 30.0
UNCHECKED = object()  # commit without comparing the base version

ACTION_LABELS = {
    "start": "startgegevens",
    "import": "import",
    "rollback": "teruggezet",
    "aanvulling": "nieuw register aangevuld",
    "herstel": "reservekopie teruggezet",
}


# Another import, rollback, restore or rebuild holds the lock; the message is Dutch.
RegisterLockedError = lock.LockBusyError


class VersionError(Exception):
    """A version that cannot be restored (unknown, damaged); the message is Dutch."""


@dataclass(frozen=True)
class VersionInfo:
    """One version of the whole set of registers, as recorded in its VERSIE.json."""

    name: str
    created_at: str
    action: str
    source: str
    user: str
    checksum: str
    files: dict[str, str]  # file name -> sha256
    rows: dict[str, int] = field(default_factory=dict)  # file name -> data rows
    changes: dict[str, int] = field(default_factory=dict)  # added / changed / removed
    restored_from: str | None = None
    previous: str | None = None
    is_current: bool = False

    @property
    def number(self) -> int:
        return int(self.name[1:]) if VERSION_NAME.fullmatch(self.name) else 0


# --- reading -------------------------------------------------------------------------------


def current_version(data: DataRoot) -> str | None:
    """The version in use, or None when the seed folder register/ is."""
    return current_version_name(data.history)


def list_versions(data: DataRoot) -> list[VersionInfo]:
    """Every complete version, newest first; the seed when no version exists yet."""
    current = current_version(data)
    versions = [
        read_info(folder, current)
        for folder in version_folders(data.history)
        if (folder / METADATA).is_file()
    ]
    versions = [version for version in versions if version is not None]
    if not versions:
        return [seed_info(data)]
    return sorted(versions, key=lambda version: version.number, reverse=True)


def seed_info(data: DataRoot) -> VersionInfo:
    files = _checksums(data.seed_register)
    return VersionInfo(
        name=SEED,
        created_at="",
        action="start",
        source="register/",
        user="",
        checksum=set_checksum(files),
        files=files,
        rows=_row_counts(data.seed_register, files),
        is_current=current_version(data) is None,
    )


def set_checksum(files: dict[str, str]) -> str:
    """One sha256 over the sorted (file name, sha256) pairs of a version."""
    lines = "".join(f"{name}:{digest}\n" for name, digest in sorted(files.items()))
    return hashlib.sha256(lines.encode()).hexdigest()


def verify(data: DataRoot, name: str) -> list[str]:
    """The files of a version whose content no longer matches its recorded checksum."""
    folder = data.history / name
    info = read_info(folder, None)
    if info is None:
        return [METADATA]
    return [
        file
        for file, digest in info.files.items()
        if not (folder / file).is_file() or sha256(folder / file) != digest
    ]


def register_files() -> list[str]:
    """The file of every declared register, in declaration order."""
    return [spec.file for spec in REGISTERS.values()]


# --- writing -------------------------------------------------------------------------------


@contextlib.contextmanager
def locked(data: DataRoot, wait_seconds: float | None = None, who: str = "") -> Iterator[None]:
    """Hold the data root's write lock; wait up to `wait_seconds` (LOCK_WAIT_SECONDS), then
    refuse with RegisterLockedError naming who holds it and since when."""
    wait = LOCK_WAIT_SECONDS if wait_seconds is None else wait_seconds
    with lock.held(data.root / LOCK_FILE, who or lock.UNKNOWN, wait):
        yield


def commit(
    data: DataRoot,
    files: dict[str, bytes],
    *,
    action: str,
    source: str,
    user: str,
    expected_base: object = UNCHECKED,
    changes: dict[str, int] | None = None,
    restored_from: str | None = None,
) -> VersionInfo:
    """Write a new version: the current files with `files` replacing theirs; then switch to it.

    Call with the lock held. `expected_base` (a version name, None for the seed) refuses the
    commit when another change landed after the caller checked its input.
    """
    history = data.history
    made_history = not history.is_dir()
    history.mkdir(parents=True, exist_ok=True)
    base = current_version(data)
    if expected_base is not UNCHECKED and expected_base != base:
        raise VersionError(
            "De registers zijn gewijzigd sinds dit bestand is gecontroleerd "
            f"(nu {base or SEED}, gecontroleerd tegen {expected_base or SEED}). "
            "Controleer het bestand opnieuw; er is niets gewijzigd."
        )
    metadata = _metadata(action, source, user, base)
    metadata.update(changes=changes or {}, restored_from=restored_from)
    existing = {folder.name for folder in version_folders(history)}
    try:
        name = _write_and_switch(data, base, files, metadata)
    except BaseException:
        if base is None:  # a failed first change (a full disk): the root exactly as it was
            _undo_first(data, existing, made_history)
        raise
    log.info("Versie %s in gebruik: %s door %s (bron %s)", name, action, user or "-", source)
    _pause("switched")
    info = read_info(history / name, name)
    assert info is not None
    return info


def _write_and_switch(
    data: DataRoot, base: str | None, files: dict[str, bytes], metadata: dict[str, object]
) -> str:
    history = data.history
    number = max((number_of(folder.name) for folder in version_folders(history)), default=0)
    if base is None:  # the first change: keep the seed as version 1, so it can be restored
        number += 1
        seed_files = {name: (data.seed_register / name).read_bytes() for name in _present(data)}
        start = _metadata("start", "register/", "", None)
        seed_copy = _write_version(history, number, seed_files, start)
        # The same registers in use, but a pointer: recovery can prove what follows never was.
        switch_pointer(history, seed_copy)
        base_folder = data.seed_register
        metadata = {**metadata, "previous": seed_copy}
    else:
        base_folder = history / base
    current_files = {
        name: (base_folder / name).read_bytes()
        for name in register_files()
        if (base_folder / name).is_file()
    }
    name = _write_version(history, number + 1, {**current_files, **files}, metadata)
    _pause("renamed")
    switch_pointer(history, name)
    return name


def _undo_first(data: DataRoot, existing: set[str], made_history: bool) -> None:
    """Remove the seed's copy and the pointer a failed first change made (never anything else:
    only a start version this call wrote, while the pointer names it)."""
    history = data.history
    current = current_version(data)
    info = read_info(history / current, current) if current else None
    if info is not None and info.action == "start" and current not in existing:
        (history / CURRENT_POINTER).unlink(missing_ok=True)
        remove(history / current)
    if made_history and history.is_dir() and not any(history.iterdir()):
        history.rmdir()


def restore_files(data: DataRoot, name: str) -> dict[str, bytes]:
    """The files of an earlier version (or the seed), after checking their checksums."""
    if name == SEED:
        return {file: (data.seed_register / file).read_bytes() for file in _present(data)}
    if not VERSION_NAME.fullmatch(name) or not (data.history / name / METADATA).is_file():
        names = [version.name for version in list_versions(data) if version.name != SEED]
        known = ", ".join([*names, f"{SEED} (de startgegevens)"])
        raise VersionError(f"Versie '{name}' bestaat niet. Bekende versies: {known}.")
    damaged = verify(data, name)
    if damaged:
        raise VersionError(
            f"Versie {name} is beschadigd: het controlegetal klopt niet voor "
            f"{', '.join(damaged)}. Deze versie wordt niet teruggezet."
        )
    folder = data.history / name
    return {
        file: (folder / file).read_bytes() for file in register_files() if (folder / file).is_file()
    }


def previous_version(data: DataRoot) -> str:
    """The version that was in use before the current one (what `rollback` restores by default)."""
    versions = [version for version in list_versions(data) if version.name != SEED]
    current = current_version(data)
    older = [version for version in versions if current and version.number < number_of(current)]
    if not older:
        raise VersionError("Er is geen eerdere versie om terug te zetten.")
    return older[0].name


# --- internals -----------------------------------------------------------------------------


def _write_version(
    history: Path, number: int, files: dict[str, bytes], metadata: dict[str, object]
) -> str:
    name = f"v{number:04d}"
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=history))
    try:
        checksums: dict[str, str] = {}
        rows: dict[str, int] = {}
        for index, (file, content) in enumerate(files.items()):
            atomic.write_durable(staging / file, content)
            checksums[file] = hashlib.sha256(content).hexdigest()
            rows[file] = _count_rows(content)
            if index == 0:
                _pause("partial")
        metadata = {
            "version": name,
            **metadata,
            "files": checksums,
            "checksum": set_checksum(checksums),
            "rows": rows,
        }
        text = json.dumps(metadata, indent=2, ensure_ascii=False) + "\n"
        atomic.write_durable(staging / METADATA, text.encode("utf-8"))
        staging.chmod(0o755)
        atomic.sync_folder(staging)
        staging.rename(history / name)  # fails if the name exists: never overwrite a version
        atomic.sync_folder(history)
    except BaseException:
        remove(staging)
        raise
    return name


def switch_pointer(history: Path, name: str) -> None:
    """Make `name` the version in use: the pointer file replaced atomically (the commit)."""
    atomic.write_text(history / CURRENT_POINTER, name + "\n")


def _metadata(action: str, source: str, user: str, previous: str | None) -> dict[str, object]:
    return {  # a name from the file system may hold bytes that are not UTF-8
        "created_at": now_utc(),
        "action": action,
        "source": filenames.readable(source),
        "user": filenames.readable(user),
        "previous": previous,
    }


def read_info(folder: Path, current: str | None) -> VersionInfo | None:
    try:
        meta = json.loads((folder / METADATA).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return VersionInfo(
        name=folder.name,
        created_at=str(meta.get("created_at", "")),
        action=str(meta.get("action", "")),
        source=str(meta.get("source", "")),
        user=str(meta.get("user", "")),
        checksum=str(meta.get("checksum", "")),
        files=dict(meta.get("files", {})),
        rows=dict(meta.get("rows", {})),
        changes=dict(meta.get("changes") or {}),
        restored_from=meta.get("restored_from"),
        previous=meta.get("previous"),
        is_current=folder.name == current,
    )


def version_folders(history: Path) -> list[Path]:
    if not history.is_dir():
        return []
    return sorted(
        (path for path in history.iterdir() if path.is_dir() and VERSION_NAME.fullmatch(path.name)),
        key=lambda path: number_of(path.name),
    )


def number_of(name: str | None) -> int:
    return int(name[1:]) if name and VERSION_NAME.fullmatch(name) else 0


def _present(data: DataRoot) -> list[str]:
    return [name for name in register_files() if (data.seed_register / name).is_file()]


def _checksums(folder: Path) -> dict[str, str]:
    return {name: sha256(folder / name) for name in register_files() if (folder / name).is_file()}


def _row_counts(folder: Path, files: dict[str, str]) -> dict[str, int]:
    return {name: _count_rows((folder / name).read_bytes()) for name in files}


def _count_rows(content: bytes) -> int:
    try:
        reader = csv.reader(io.StringIO(content.decode("utf-8-sig")))
        return max(sum(1 for row in reader if any(cell.strip() for cell in row)) - 1, 0)
    except (UnicodeDecodeError, csv.Error):
        return 0


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _pause(step: str) -> None:
    """Tests only: stop here when VNON_TEST_PAUSE names this step, so a test can kill us."""
    wanted, _, seconds = os.environ.get(PAUSE_VARIABLE, "").partition(":")
    if wanted == step:
        print(f"PAUSE {step}", file=sys.stderr, flush=True)
        time.sleep(float(seconds) if seconds else PAUSE_SECONDS)
