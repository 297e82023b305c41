"""Applying a clean check, or an earlier version, as the new version of the registers.

`apply` writes the checked files as a new version and switches to it (etl.registers.versions),
then rebuilds the marts with the `rebuild` it is given (the real `etl.build.build` at the
command line and on the page; a stand-in in tests); `rollback` does the same with the files of
an earlier version, after validating them in memory against the registers in use.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from etl.core.errors import InvalidInputError
from etl.core.settings import Settings
from etl.reference.tables import Reference
from etl.registers import recovery, versions
from etl.registers.catalogue import check_replaced
from etl.registers.checking import CheckResult
from etl.registers.diff import compare_files

Progress = Callable[[str], None]  # told each step: "controle", "versie", "marts"
Rebuild = Callable[[Settings], object]  # builds the marts from the registers in use; may raise
REBUILDER = "de opbouw na een onderbroken import"  # who holds the lock while marts catch up


@dataclass(frozen=True)
class ApplyOutcome:
    version: versions.VersionInfo
    build_error: str | None = None


def apply(
    result: CheckResult,
    settings: Settings,
    user: str,
    progress: Progress | None = None,
    *,
    rebuild: Rebuild,
    lock_held: bool = False,
) -> ApplyOutcome:
    """Apply a clean check as a new version, then rebuild the marts; all or nothing.

    Refused when another change landed after the check (the diff shown would be stale);
    `lock_held` for a caller that checked under the lock itself (the command line).
    """
    if not result.ok:
        raise ValueError("alleen een goedgekeurde controle kan worden toegepast")
    progress = progress or _silent
    data = settings.data
    with contextlib.nullcontext() if lock_held else versions.locked(data, who=user):
        recovery.recover_locked(data)
        progress("versie")
        info = versions.commit(
            data,
            result.files,
            action="import",
            source=result.file_name,
            user=user,
            expected_base=result.base,
            changes=result.totals(),
        )
        progress("marts")
        return ApplyOutcome(info, rebuilt(settings, rebuild))


def rollback(
    settings: Settings,
    reference: Reference,
    target: str | None,
    user: str,
    progress: Progress | None = None,
    *,
    rebuild: Rebuild,
) -> ApplyOutcome:
    """Make an earlier version (default: the one before the current) the registers in use."""
    progress = progress or _silent
    data = settings.data
    with versions.locked(data, who=user):
        recovery.recover_locked(data)
        target = version_name(target or versions.previous_version(data))
        if target == (versions.current_version(data) or versions.SEED):
            raise versions.VersionError(f"Versie {target} is al in gebruik.")
        files = versions.restore_files(data, target)
        progress("controle")
        _check_restorable(settings, reference, files, target)
        totals = Counter()
        for diff in compare_files(data, reference, files):
            totals.update(diff.counts())
        progress("versie")
        info = versions.commit(
            data,
            files,
            action="rollback",
            source=target,
            user=user,
            changes={key: totals.get(key, 0) for key in ("added", "changed", "removed")},
            restored_from=target,
        )
        progress("marts")
        return ApplyOutcome(info, rebuilt(settings, rebuild))


def rebuild_if_stale(settings: Settings, rebuild: Rebuild) -> str | None:
    """Start-up recovery for the marts: rebuild when they lag behind the registers in use.

    None when nothing was done, "" after a rebuild, else the failure in Dutch.
    """
    data = settings.data
    if not recovery.marts_stale(data):
        return None
    try:
        with versions.locked(data, wait_seconds=0, who=REBUILDER):
            if recovery.marts_stale(data):
                return rebuilt(settings, rebuild) or ""
    except versions.RegisterLockedError:
        return None  # an import is running; it rebuilds itself
    return None


def version_name(text: str) -> str:
    """A version as the user may type it ('3', ' v0003') in its stored name ('v0003')."""
    text = text.strip()
    if text.isdigit():
        return f"v{int(text):04d}"
    return text


def _check_restorable(
    settings: Settings, reference: Reference, files: dict[str, bytes], name: str
) -> None:
    try:
        check_replaced(settings.data, reference, files)
    except InvalidInputError as err:
        raise InvalidInputError(
            [replace(p, file=f"{p.file} (versie {name})") for p in err.problems]
        ) from None


def rebuilt(settings: Settings, rebuild: Rebuild) -> str | None:
    """Rebuild the marts; a failure is returned in Dutch (the registers are already switched)."""
    try:
        rebuild(settings)
    except InvalidInputError as err:
        return err.report()
    except Exception as err:  # boundaries, disk: reported, and retried at the next start-up
        return f"De marts konden niet worden gebouwd ({type(err).__name__}: {err})."
    return None


def _silent(step: str) -> None:
    del step  # no one to tell
