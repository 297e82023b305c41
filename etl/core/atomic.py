"""Atomic, durable file writes: a reader sees the old file or the whole new one, never half.

Each file is written to a temporary file in its own folder, flushed and `os.fsync`ed, then moved
over the target with `os.replace`, and the folder is fsynced so the rename survives a crash.
Several files are all written before any is replaced, so a failure while writing leaves every
old file as it was (DESIGN §2).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

FILE_MODE = 0o644  # mkstemp makes 0600; the written files are for every reader

Writer = Callable[[Path], None]  # writes the whole content to the path it is given


def write_bytes(path: Path, content: bytes) -> None:
    """Replace `path` by `content` atomically and durably."""
    replace_all({path: lambda temporary: temporary.write_bytes(content)})


def write_text(path: Path, text: str) -> None:
    """Replace `path` by `text` (UTF-8) atomically and durably."""
    write_bytes(path, text.encode("utf-8"))


def replace_all(writers: Mapping[Path, Writer]) -> None:
    """Write every file to a temporary file, fsync each, then replace the targets in order.

    Nothing is replaced until every file has been written; the last file is the last one
    replaced (a manifest naming the others goes last).
    """
    staged: list[tuple[Path, Path]] = []
    made: list[Path] = []  # folders this call created, removed again if it fails
    done = False
    try:
        for target, write in writers.items():
            temporary = _reserve(Path(target).resolve(), made)
            staged.append((temporary, Path(target).resolve()))
            write(temporary)
            sync_file(temporary)
        for temporary, target in staged:
            temporary.chmod(FILE_MODE)
            temporary.replace(target)  # os.replace: atomic within one file system
        for folder in dict.fromkeys(target.parent for _, target in staged):
            sync_folder(folder)
        done = True
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        if not done:
            _remove_empty(made)


def write_durable(path: Path, content: bytes) -> None:
    """Write a new file and fsync it (for files in a folder that is renamed as a whole)."""
    with path.open("wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())
    path.chmod(FILE_MODE)


def sync_file(path: Path) -> None:
    """Flush a written file's content to the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (new names, renames) to the disk."""
    sync_file(folder)  # a folder opened read-only is fsynced like a file


def _reserve(target: Path, made: list[Path]) -> Path:
    missing = [folder for folder in (target.parent, *target.parent.parents) if not folder.exists()]
    target.parent.mkdir(parents=True, exist_ok=True)
    made.extend(missing)  # deepest first
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def _remove_empty(folders: list[Path]) -> None:
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if still empty
