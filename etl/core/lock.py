"""One writer at a time on a data root, across threads, processes and replicas.

The lock is a POSIX record lock (`fcntl.lockf`) on a file in the data root: it works between
processes on one machine and between machines on an NFSv4 volume, and the operating system
releases it when its holder dies, also after `kill -9`. POSIX locks belong to a process, not
to a file handle: a second thread of the same process would be granted the lock again, and
closing any handle on the file drops it. So a thread lock per file comes first, and the lock
file is opened and closed only by the thread that holds that thread lock.

While the lock is held, the file names its holder (who, since when, process and machine), so
a refused writer can say who is busy.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.core import dutch
from etl.core.store import now_utc

POLL_SECONDS = 0.1
BUSY = (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK)
UNKNOWN = "onbekend"

log = logging.getLogger(__name__)


class LockBusyError(Exception):
    """Another writer holds the lock; the message is Dutch and names the holder."""

    def __init__(self, holder: Holder | None) -> None:
        self.holder = holder
        since = dutch.short_moment(holder.since) if holder and holder.since else UNKNOWN
        who = (holder.who if holder else "") or UNKNOWN
        super().__init__(
            f"Een andere import loopt nog (sinds {since}, door {who}); "
            "probeer het over een minuut opnieuw. Er is niets gewijzigd."
        )


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as written into the lock file."""

    who: str
    since: str
    pid: int
    host: str

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        """The holder written in a lock file; None for an empty or unreadable one."""
        try:
            fields = json.loads(text)
            return cls(
                str(fields["who"]), str(fields["since"]), int(fields["pid"]), str(fields["host"])
            )
        except (ValueError, TypeError, KeyError):
            return None


_THREAD_LOCKS: dict[str, threading.Lock] = {}
_HELD: dict[str, Holder] = {}  # the holders inside this process, read instead of the file
_GUARD = threading.Lock()


@contextlib.contextmanager
def held(path: Path, who: str, wait_seconds: float) -> Iterator[Holder]:
    """Hold the lock on `path` for the block; wait up to `wait_seconds`, then LockBusyError."""
    key = str(path.resolve())
    deadline = time.monotonic() + wait_seconds
    thread_lock = _thread_lock(key)
    if not thread_lock.acquire(timeout=max(wait_seconds, 0)):
        raise LockBusyError(_HELD.get(key))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _acquire(descriptor, deadline)
            holder = Holder(who, now_utc(), os.getpid(), socket.gethostname())
            _write(descriptor, holder)
            _HELD[key] = holder
            log.debug("Slot genomen door %s: %s", who, path)
            try:
                yield holder
            finally:
                _HELD.pop(key, None)
                os.ftruncate(descriptor, 0)
        finally:
            os.close(descriptor)  # releases the record lock
    finally:
        thread_lock.release()


def _thread_lock(key: str) -> threading.Lock:
    with _GUARD:
        return _THREAD_LOCKS.setdefault(key, threading.Lock())


def _acquire(descriptor: int, deadline: float) -> None:
    while True:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as err:
            if err.errno not in BUSY:
                raise
        if time.monotonic() >= deadline:
            raise LockBusyError(_read(descriptor))
        time.sleep(POLL_SECONDS)


def _write(descriptor: int, holder: Holder) -> None:
    text = json.dumps(holder.__dict__, ensure_ascii=False).encode("utf-8")
    os.ftruncate(descriptor, 0)
    try:
        os.pwrite(descriptor, text, 0)
    except OSError as err:  # a full disk: the record lock holds; only its holder goes unsaid
        log.warning("Houder van het slot niet vastgelegd: %s", err)


def _read(descriptor: int) -> Holder | None:
    try:
        return Holder.parse(os.pread(descriptor, 4096, 0).decode("utf-8", "replace"))
    except OSError:
        return None
