"""The data root's write lock: between threads, between processes, and after a kill -9."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import pytest

from etl.core import lock

from .conftest import REPO

HOLD = """
import sys, time
from pathlib import Path
from etl.core import lock
with lock.held(Path(sys.argv[1]), sys.argv[2], 5):
    print("HELD", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def _holder(path, who: str, seconds: float) -> subprocess.Popen:
    """A child process that holds the lock for `seconds`, once it has printed HELD."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), who, str(seconds)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "HELD"
    return child


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    child.stdout.close()


def test_another_process_is_refused_with_who_and_since(tmp_path):
    path = tmp_path / ".lock"
    child = _holder(path, "cli:beheer", 30)
    try:
        started = time.monotonic()
        with (
            pytest.raises(lock.LockBusyError) as refused,
            lock.held(path, "coordinator@vnon.nl", 0.5),
        ):
            pytest.fail("the lock was granted twice")
        assert 0.4 < time.monotonic() - started < 5  # it waited, then gave up
        message = str(refused.value)
        assert message.startswith("Een andere import loopt nog (sinds ")
        assert "door cli:beheer); probeer het over een minuut opnieuw" in message
        assert refused.value.holder.pid == child.pid
    finally:
        _stop(child)


def test_a_killed_holder_releases_the_lock(tmp_path):
    path = tmp_path / ".lock"
    child = _holder(path, "wordt gestopt", 60)
    child.send_signal(signal.SIGKILL)
    _stop(child)
    with lock.held(path, "de volgende", 2) as holder:  # the operating system let go of it
        assert holder.who == "de volgende"


def test_a_waiting_writer_gets_the_lock_when_the_holder_finishes(tmp_path):
    path = tmp_path / ".lock"
    child = _holder(path, "eerste", 1)
    try:
        with lock.held(path, "tweede", 30):
            assert child.wait(timeout=30) == 0  # the first had finished before we got in
    finally:
        _stop(child)


def test_a_second_thread_is_refused_and_does_not_drop_the_first_threads_lock(tmp_path):
    # POSIX locks belong to the process: without the thread lock a second thread would be
    # granted the lock, and its close would release the first thread's lock for everyone.
    path = tmp_path / ".lock"
    holding, release = threading.Event(), threading.Event()

    def first() -> None:
        with lock.held(path, "sessie 1", 1):
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert holding.wait(30)
        with (
            pytest.raises(lock.LockBusyError, match="door sessie 1"),
            lock.held(path, "sessie 2", 0.2),
        ):
            pytest.fail("a second thread was granted the lock")
        probe = subprocess.run(
            [sys.executable, "-c", HOLD, str(path), "ander proces", "0"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "HELD" not in probe.stdout  # still held against other processes
        assert "LockBusyError" in probe.stderr and "door sessie 1" in probe.stderr
    finally:
        release.set()
        thread.join(30)
    with lock.held(path, "daarna", 1):
        pass


@pytest.mark.parametrize("text", ["", "{", "[]", '{"who": "x"}', "\x00\xff", '{"pid": "x"}'])
def test_a_damaged_lock_file_names_an_unknown_holder(tmp_path, text):
    assert lock.Holder.parse(text) is None
    message = str(lock.LockBusyError(None))
    assert "(sinds onbekend, door onbekend)" in message


def test_the_lock_file_is_emptied_when_released(tmp_path):
    path = tmp_path / "sub" / ".lock"
    with lock.held(path, "iemand", 1):
        # read by another process: a second handle closed in this one would drop the lock
        text = subprocess.run(["cat", str(path)], capture_output=True, text=True).stdout
        assert lock.Holder.parse(text).who == "iemand"
    assert path.read_text() == ""
