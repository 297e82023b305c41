"""The page Gegevensbeheer without Streamlit: checks, reports, diffs and history as frames.

The page's sections (dashboard.ui.admin) call these and render what they return; every text
that came from an uploaded file is shown in tables (never as HTML) or passed through
`dashboard.display.markup.literal`.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from dashboard.display import tables
from dashboard.texts import gegevensbeheer as texts
from etl.core import dutch
from etl.core.errors import Problem, show_value
from etl.core.settings import Settings
from etl.reference.tables import Reference
from etl.registers import applying, recovery, versions
from etl.registers.catalogue import REGISTERS
from etl.registers.checking import CheckResult
from etl.registers.diff import RegisterDiff, compare_files
from etl.registers.spec import readable
from etl.registers.tables import MEBIBYTE, Limits, configured_megabytes

DIFF_FORMATS = dict.fromkeys(list(texts.ADMIN_DIFF_COLUMNS.values())[1:], tables.NUMBER)
HISTORY_FORMATS = {
    texts.ADMIN_HISTORY_COLUMNS["created_at"]: tables.MOMENT,
    texts.ADMIN_HISTORY_COLUMNS["rows"]: tables.NUMBER,
}
GROUP_AFTER = 3  # more equal problems than this become one line with their rows


def upload_megabytes(server_megabytes: float | None) -> float | None:
    """The largest upload the page takes: the smaller of Streamlit's `server.maxUploadSize`
    (beyond which the browser cannot send a file) and `VNON_MAX_UPLOAD_MB`, when set."""
    configured = configured_megabytes()
    given = [float(m) for m in (server_megabytes, configured) if m]
    return min(given) if given else None


def limits(max_upload_megabytes: float | None) -> Limits:
    """The upload limits, the size the one `upload_megabytes` gives (default: Limits)."""
    if not max_upload_megabytes:
        return Limits.from_env()
    return Limits(max_bytes=int(float(max_upload_megabytes) * MEBIBYTE))


def start_up(settings: Settings, rebuild: applying.Rebuild) -> list[str]:
    """Recovery when the page opens: clean a killed import, rebuild marts that lag behind."""
    notes = [texts.ADMIN_RECOVERED.format(note=note) for note in recovery.recover(settings.data)]
    attempt = (str(settings.data.root), versions.current_version(settings.data))
    if attempt in _FAILED_REBUILDS:
        return [*notes, _FAILED_REBUILDS[attempt]]  # not again on every rerun
    rebuilt = applying.rebuild_if_stale(settings, rebuild)
    if rebuilt:
        _FAILED_REBUILDS[attempt] = rebuilt
    if rebuilt is not None:
        notes.append(texts.ADMIN_REBUILT if rebuilt == "" else rebuilt)
    return notes


# A failed rebuild per data root and version, so the page does not retry it on every rerun.
_FAILED_REBUILDS: dict[tuple[str, str | None], str] = {}


def problem_table(problems: list[Problem]) -> pd.DataFrame:
    """One line per problem; more than three equal ones (file, sheet, column, message) as one."""
    groups: dict[tuple, list[Problem]] = defaultdict(list)
    for problem in problems:
        groups[(problem.file, problem.sheet, problem.column, problem.message)].append(problem)
    rows = []
    for group in groups.values():
        parts = [group] if len(group) > GROUP_AFTER else [[problem] for problem in group]
        for part in parts:
            first = part[0]
            rows.append(
                {
                    "file": first.file,
                    "sheet": first.sheet or "",
                    "rows": _rows(part),
                    "column": first.column or "",
                    "value": "" if first.row is None else _value(part),
                    "message": first.message,
                    "_order": (first.file, first.sheet or "", first.row or 0),
                }
            )
    frame = pd.DataFrame(rows, columns=[*texts.ADMIN_PROBLEM_COLUMNS, "_order"])
    frame = frame.sort_values("_order", kind="stable").drop(columns="_order")
    if frame["sheet"].eq("").all():
        frame = frame.drop(columns="sheet")  # a CSV has no sheets
    return frame.rename(columns=texts.ADMIN_PROBLEM_COLUMNS).reset_index(drop=True)


def _rows(part: list[Problem]) -> str:
    numbers = [str(problem.row) for problem in part if problem.row is not None]
    if len(part) == 1:
        return numbers[0] if numbers else ""
    shown = ", ".join(numbers[:10]) + (" …" if len(numbers) > 10 else "")
    return f"{shown} ({len(part)} keer)"


def _value(part: list[Problem]) -> str:
    values = {show_value(problem.value) for problem in part}
    return show_value(part[0].value) if len(values) == 1 else "verschillend"


def recognised_text(result: CheckResult) -> str:
    found = ", ".join(f"{label} ({rows} rijen)" for _, label, rows in result.recognised)
    return texts.ADMIN_RECOGNISED.format(found=found)


def diff_summary(diffs: list[RegisterDiff]) -> pd.DataFrame:
    """Per register that changes: how many rows are added, changed and removed."""
    rows = [{"label": diff.label, **diff.counts()} for diff in diffs if not diff.is_empty]
    frame = pd.DataFrame(rows, columns=list(texts.ADMIN_DIFF_COLUMNS))
    return frame.rename(columns=texts.ADMIN_DIFF_COLUMNS)


def unchanged_text(diffs: list[RegisterDiff]) -> str | None:
    same = [diff.label for diff in diffs if diff.is_empty]
    return texts.ADMIN_UNCHANGED.format(labels=", ".join(same)) if same else None


def diff_title(diff: RegisterDiff) -> str:
    return texts.ADMIN_DIFF_DETAILS.format(label=diff.label, **diff.counts())


def rows_table(diff: RegisterDiff, frame: pd.DataFrame) -> pd.DataFrame:
    """Added or removed rows, numbers and dates in Dutch notation."""
    spec = REGISTERS[diff.mart]
    shown = frame.copy()
    for column, header in spec.columns.items():
        if header in shown.columns:
            shown[header] = shown[header].map(lambda value, c=column: readable(spec, c, value))
    return shown


def changes_table(diff: RegisterDiff) -> pd.DataFrame:
    """Changed cells: the row's key, the column, the old and the new value."""
    spec = REGISTERS[diff.mart]
    by_header = {header: column for column, header in spec.columns.items()}
    rows = [
        {
            "key": change.key,
            "column": change.column,
            "old": readable(spec, by_header.get(change.column, ""), change.old),
            "new": readable(spec, by_header.get(change.column, ""), change.new),
        }
        for change in diff.changed
    ]
    frame = pd.DataFrame(rows, columns=list(texts.ADMIN_CHANGE_COLUMNS))
    return frame.rename(columns=texts.ADMIN_CHANGE_COLUMNS)


def history_table(infos: list[versions.VersionInfo]) -> pd.DataFrame:
    """The versions, newest first, for the page; time (ISO, so it sorts) and rows stay values,
    shown by `HISTORY_FORMATS`."""
    rows = []
    for info in infos:
        changes = info.changes
        rows.append(
            {
                "name": info.name,
                "current": texts.ADMIN_CURRENT_MARK if info.is_current else "",
                "created_at": info.created_at,
                "action": _action(info),
                "source": info.source,
                "user": info.user,
                "changes": texts.ADMIN_HISTORY_CHANGES.format(**changes) if changes else "",
                "rows": sum(info.rows.values()),
                "checksum": info.checksum[:12],
            }
        )
    frame = pd.DataFrame(rows, columns=list(texts.ADMIN_HISTORY_COLUMNS))
    return frame.rename(columns=texts.ADMIN_HISTORY_COLUMNS)


def _action(info: versions.VersionInfo) -> str:
    label = versions.ACTION_LABELS.get(info.action, info.action)
    return f"{label} ({info.restored_from})" if info.restored_from else label


def rollback_choices(infos: list[versions.VersionInfo]) -> dict[str, str]:
    """Versions that can be restored (all but the one in use), labelled for a select box."""
    return {
        info.name: f"{info.name} · {dutch.short_moment(info.created_at) or texts.ADMIN_SEED} · "
        f"{_action(info)}"
        for info in infos
        if not info.is_current
    }


def rollback_preview(settings: Settings, reference: Reference, version: str) -> list[RegisterDiff]:
    """What restoring a version would change (only the registers that change)."""
    files = versions.restore_files(settings.data, version)
    diffs = compare_files(settings.data, reference, files)
    return [diff for diff in diffs if not diff.is_empty]
