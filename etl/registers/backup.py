"""A backup of a data root in one file, and a restore that changes nothing unless it succeeds.

The backup is a tar.gz of what cannot be rebuilt: `reference/`, `register/` (the seed) and
`history/` (every version and the pointer), with `BACKUP.json` first: its kind, the version in
use, the moment, and per file its size and sha256. The marts (`processed/`), the download cache
and the demo registers are rebuilt after a restore. It is taken under the write lock, so it
never holds half an import, and written atomically.

A restore reads the archive defensively (only regular files below those three folders, no
absolute names, no `..`, no links, bounded sizes and counts, every file as its manifest says),
unpacks it into a hidden folder of the data root, checks each version's checksums and the
registers against the rules, and only then, under the lock, makes it the data in use:

- into a data root without versions, the archive's whole history moves in with one rename;
- into one with versions, the archive's registers in use become a new version (action
  "herstel"), so nothing of the history is lost and the switch is the usual pointer switch.

The reference files are replaced only when they differ, just before that switch, and put back
if the switch fails.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import shutil
import tarfile
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from etl.core import atomic, disk
from etl.core.settings import CURRENT_POINTER, DataRoot, Settings
from etl.core.store import now_utc
from etl.reference.tables import load_reference
from etl.registers import versions
from etl.registers.applying import Rebuild, rebuilt
from etl.registers.catalogue import check_replaced

MANIFEST = "BACKUP.json"
KIND = "vnon-reservekopie"
FORMAT = 1
FOLDERS = ("reference", "register", "history")
STAGING_PREFIX = ".tmp-herstel-"
MAX_FILE_BYTES = 32 * 1024 * 1024  # one register or reference file
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # the whole unpacked archive
MAX_FILES = 20_000
MAX_ARCHIVE_BYTES = 128 * 1024 * 1024

log = logging.getLogger(__name__)


class BackupError(Exception):
    """An archive that is no usable backup, or a backup that cannot be written; Dutch."""


@dataclass(frozen=True)
class Restored:
    version: versions.VersionInfo
    whole_history: bool  # the archive's history moved in (else: one new version)
    backup_version: str | None
    backup_moment: str


# --- backup ------------------------------------------------------------------------------------


def backup(data: DataRoot, out: Path, who: str) -> dict:
    """Write the backup of `data` to `out` (atomically); return its manifest."""
    with versions.locked(data, who=who):
        files = {name: (data.root / name).read_bytes() for name in _backed_up(data)}
        manifest = {
            "kind": KIND,
            "format": FORMAT,
            "created_at": now_utc(),
            "version": versions.current_version(data),
            "files": {
                name: {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
                for name, content in files.items()
            },
        }
    try:
        atomic.write_bytes(out, _archive(manifest, files))
    except OSError as err:
        why = disk.explained(err, data.root)
        raise BackupError(f"De reservekopie kon niet worden geschreven naar {out}. {why}") from None
    log.info("Reservekopie geschreven door %s: %s (%d bestanden)", who, out, len(files))
    return manifest


def _backed_up(data: DataRoot) -> list[str]:
    """Regular files below the backed-up folders; hidden ones (temporary writes) left out."""
    names = []
    for folder in FOLDERS:
        base = data.root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            relative = path.relative_to(data.root)
            hidden = any(part.startswith(".") for part in relative.parts)
            if path.is_file() and not path.is_symlink() and not hidden:
                names.append(relative.as_posix())
    return names


def _archive(manifest: dict, files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        text = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
        for name, content in {MANIFEST: text, **files}.items():
            member = tarfile.TarInfo(name)
            member.size, member.mode, member.mtime = len(content), 0o644, 0
            archive.addfile(member, io.BytesIO(content))
    return buffer.getvalue()


# --- restore -----------------------------------------------------------------------------------


def read_archive(path: Path) -> tuple[dict, dict[str, bytes]]:
    """The manifest and files of a backup, every file checked; BackupError in Dutch."""
    if not path.is_file():
        raise BackupError(f"Bestand niet gevonden: {path}.")
    if path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise BackupError(f"{path.name} is groter dan een reservekopie kan zijn; niets gewijzigd.")
    try:
        with tarfile.open(path, mode="r:gz") as archive:
            manifest, files = _members(archive, path.name)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as err:
        raise BackupError(
            f"{path.name} is geen leesbare reservekopie (tar.gz) ({type(err).__name__}); "
            "er is niets gewijzigd."
        ) from None
    _check_against(manifest, files, path.name)
    return manifest, files


def _members(archive: tarfile.TarFile, name: str) -> tuple[dict, dict[str, bytes]]:
    manifest: dict | None = None
    files: dict[str, bytes] = {}
    total = 0
    for count, member in enumerate(archive, start=1):
        if count > MAX_FILES + 1:
            raise BackupError(f"{name} bevat te veel bestanden; er is niets gewijzigd.")
        problem = _unsafe(member, manifest is None)
        if problem:
            raise BackupError(f"{name}: {member.name!r} {problem}; er is niets gewijzigd.")
        total += member.size
        if member.size > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
            raise BackupError(f"{name}: {member.name!r} is te groot; er is niets gewijzigd.")
        stream = archive.extractfile(member)
        content = stream.read(member.size + 1) if stream else b""
        if manifest is None:
            manifest = _manifest(content, name)
        elif member.name in files:
            raise BackupError(f"{name}: {member.name!r} staat er twee keer in; niets gewijzigd.")
        else:
            files[member.name] = content
    if manifest is None:
        raise BackupError(f"{name} is leeg; er is niets gewijzigd.")
    return manifest, files


def _unsafe(member: tarfile.TarInfo, first: bool) -> str | None:
    """Why a member may not be unpacked, in Dutch; None when it is a plain file we wrote."""
    if not member.isreg():
        return "is geen gewoon bestand (map, koppeling of apparaat)"
    path = PurePosixPath(member.name)
    if first:
        return None if member.name == MANIFEST else f"staat vóór {MANIFEST}"
    if path.is_absolute() or "\\" in member.name or "\x00" in member.name:
        return "heeft een absolute of ongeldige naam"
    if any(part in ("", ".", "..") or part.startswith(".") for part in path.parts):
        return "wijst buiten de gegevensmap of is verborgen"
    if len(path.parts) < 2 or path.parts[0] not in FOLDERS:
        return f"hoort niet in een reservekopie (alleen {', '.join(FOLDERS)})"
    return None


def _manifest(content: bytes, name: str) -> dict:
    try:
        manifest = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise BackupError(f"{name} is geen reservekopie van dit dashboard; niets gewijzigd.")
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"{name} heeft formaat {manifest.get('format')!r}; deze versie leest formaat "
            f"{FORMAT}. Er is niets gewijzigd."
        )
    if not isinstance(manifest.get("files"), dict):
        raise BackupError(f"{name}: {MANIFEST} noemt geen bestanden; niets gewijzigd.")
    return manifest


def _check_against(manifest: dict, files: dict[str, bytes], name: str) -> None:
    listed = manifest["files"]
    if set(listed) != set(files):
        missing = sorted(set(listed) - set(files))[:5]
        extra = sorted(set(files) - set(listed))[:5]
        raise BackupError(
            f"{name} klopt niet met {MANIFEST} (ontbreekt: {', '.join(missing) or 'niets'}; "
            f"niet genoemd: {', '.join(extra) or 'niets'}). Er is niets gewijzigd."
        )
    damaged = [
        file
        for file, content in files.items()
        if not isinstance(listed[file], dict)
        or listed[file].get("sha256") != hashlib.sha256(content).hexdigest()
    ]
    if damaged:
        raise BackupError(
            f"{name} is beschadigd: het controlegetal klopt niet voor "
            f"{', '.join(sorted(damaged)[:5])}. Er is niets gewijzigd."
        )


def unpack(data: DataRoot, files: dict[str, bytes]) -> DataRoot:
    """Write the archive's files into a hidden folder of the data root and check them there."""
    for stale in data.root.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)  # a restore killed earlier
    staging = DataRoot(Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data.root)))
    try:
        _check_unpacked(staging, files)
    except BaseException:
        shutil.rmtree(staging.root, ignore_errors=True)
        raise
    return staging


def _check_unpacked(staging: DataRoot, files: dict[str, bytes]) -> None:
    """Write the files below `staging`; refuse damaged versions and registers that break rules."""
    for name, content in files.items():
        target = staging.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_durable(target, content)
    for folder in versions.version_folders(staging.history):
        damaged = versions.verify(staging, folder.name)
        if damaged:
            raise BackupError(
                f"Versie {folder.name} in de reservekopie is beschadigd ({', '.join(damaged)}); "
                "er is niets gewijzigd."
            )
    pointer = staging.history / CURRENT_POINTER
    if pointer.exists() and versions.current_version(staging) is None:
        raise BackupError(
            "De reservekopie wijst naar een versie die er niet in zit; niets gewijzigd."
        )
    check_replaced(staging, load_reference(staging.reference), {})  # InvalidInputError in Dutch


def restore(
    settings: Settings, path: Path, who: str, rebuild: Rebuild
) -> tuple[Restored, str | None]:
    """Make the backup at `path` the data in use, then rebuild; (what happened, build error).

    Nothing changes when the archive is refused, or when anything fails before the switch.
    """
    data = settings.data
    manifest, files = read_archive(path)
    with versions.locked(data, who=who):
        staging = unpack(data, files)
        try:
            whole = bool(versions.version_folders(staging.history)) and not (
                versions.version_folders(data.history)
            )
            old_reference = _replace_reference(data, staging)
            try:
                info = _switch(
                    data, staging, f"{path.name} ({manifest.get('version') or 'start'})", who, whole
                )
            except BaseException:
                atomic.replace_all(_writers(old_reference))
                raise
        finally:
            shutil.rmtree(staging.root, ignore_errors=True)
        log.info("Reservekopie %s teruggezet door %s als %s", path.name, who, info.name)
        outcome = Restored(
            info, whole, manifest.get("version"), str(manifest.get("created_at", ""))
        )
        return outcome, rebuilt(settings, rebuild)


def _switch(data: DataRoot, staging: DataRoot, source: str, who: str, whole: bool):
    """The one step that makes the backup the data in use; then the restore as a version."""
    if whole:
        data.history.mkdir(parents=True, exist_ok=True)
        for leftover in data.history.iterdir():  # no versions: only a stale pointer or temp files
            versions.remove(leftover)
        staging.history.rename(data.history)  # onto an empty folder: one atomic rename
        atomic.sync_folder(data.root)
        files: dict[str, bytes] = {}  # the restore recorded as a copy of the version in use
    else:
        folder = staging.register
        files = {
            name: (folder / name).read_bytes()
            for name in versions.register_files()
            if (folder / name).is_file()
        }
    return versions.commit(
        data,
        files,
        action="herstel",
        source=source,
        user=who,
        expected_base=versions.current_version(data),
    )


def _replace_reference(data: DataRoot, staging: DataRoot) -> dict[Path, bytes | None]:
    """Put the archive's reference files in place when they differ; return what was there."""
    new = {
        data.reference / path.name: path.read_bytes()
        for path in sorted(staging.reference.iterdir())
        if path.is_file()
    }
    old = {target: (target.read_bytes() if target.is_file() else None) for target in new}
    if any(old[target] != content for target, content in new.items()):
        atomic.replace_all(_writers(new))
    return old


def _writers(contents: dict[Path, bytes | None]) -> dict[Path, atomic.Writer]:
    return {
        target: (lambda temporary, content=content: temporary.write_bytes(content))
        for target, content in contents.items()
        if content is not None
    }
