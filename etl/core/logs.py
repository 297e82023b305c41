"""The Python logging of the app and the ETL: one set-up, to standard output, with time and level.

A container platform or systemd collects standard output; every line says when, how bad and
where: `2026-12-01 09:30:12,345 INFO etl.registers.versions: Versie v0004 in gebruik …`. The
level comes from `VNON_LOG_LEVEL` (DEBUG, INFO, WARNING, ERROR; default INFO); any other value
is said in Dutch in the log itself and INFO is used, so a typo never stops the service.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

VARIABLE = "VNON_LOG_LEVEL"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT = "INFO"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
SHOWN = 40  # characters of a refused value that are repeated in the message
OURS = ("etl", "dashboard")  # the loggers of this project; Streamlit keeps its own


def level_from(environ: Mapping[str, str]) -> tuple[str, str | None]:
    """(the level to use, a Dutch warning when the configured value is not a level)."""
    raw = environ.get(VARIABLE, "")
    wanted = raw.strip().upper()
    if not wanted:
        return DEFAULT, None
    if wanted in LEVELS:
        return wanted, None
    shown = "".join(c if c.isprintable() else "?" for c in raw[:SHOWN])
    shown += "…" if len(raw) > SHOWN else ""
    return DEFAULT, (
        f"{VARIABLE}={shown!r} is geen logniveau; kies uit {', '.join(LEVELS)}. "
        f"Het niveau is nu {DEFAULT}."
    )


class _Stdout(logging.StreamHandler):
    """Standard output as it is when a record is written (tests and hosts replace it)."""

    @property
    def stream(self):
        return sys.stdout

    @stream.setter
    def stream(self, value) -> None:
        del value  # always the current standard output


def configure(environ: Mapping[str, str] | None = None) -> str:
    """Send the project's log records to standard output at the configured level; the level."""
    level, warning = level_from(os.environ if environ is None else environ)
    for name in OURS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.propagate = False  # not twice when a host (pytest, Streamlit) logs the root too
        if not any(getattr(handler, "_vnon", False) for handler in logger.handlers):
            handler = _Stdout()
            handler.setFormatter(logging.Formatter(FORMAT))
            handler._vnon = True  # type: ignore[attr-defined]
            logger.addHandler(handler)
    if warning:
        logging.getLogger("etl.core.logs").warning(warning)
    return level
