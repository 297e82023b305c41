"""The sections of the page Gegevensbeheer: access, downloads, upload → report → diff → apply,
history and rollback.

Each section renders what the pure functions of `dashboard.registers.admin` return and reads
through `dashboard.data`; uploaded text reaches the page only in tables or through
`dashboard.display.markup.literal`. Applying and rolling back rebuild the marts with the real
build (`etl.build.build`), the rebuild these functions pass on.
"""

from __future__ import annotations

import importlib.util
import os

import streamlit as st
from streamlit.errors import StreamlitAuthError, StreamlitSecretNotFoundError

from dashboard import data
from dashboard.display import url_params
from dashboard.display.markup import literal
from dashboard.registers import admin, auth, trusted
from dashboard.texts import gegevensbeheer as texts
from dashboard.ui.frame import show_table
from etl.build import build
from etl.core import disk, dutch
from etl.core.errors import InvalidInputError
from etl.core.settings import Settings
from etl.core.spreadsheet import EXCEL_MIME
from etl.reference.tables import Reference
from etl.registers import applying, checking, versions
from etl.registers.workbook import export_bytes, template_bytes

ROUND, CHECKED, MESSAGE = "admin_upload_round", "admin_checked", "admin_message"
NARROW_CHANGES = {  # old and new side by side, however long the texts
    texts.ADMIN_CHANGE_COLUMNS[key]: st.column_config.TextColumn(width="medium")
    for key in ("old", "new")
}


def start_up(settings: Settings) -> None:
    """Recovery notes (a killed import cleaned, stale marts rebuilt) and the last outcome."""
    try:
        notes = admin.start_up(settings, build)
    except OSError as err:  # a full disk, a read-only data root: what to do, in Dutch
        notes = [disk.explained(err, settings.data.root)]
    for note in notes:
        st.info(literal(note))
    if MESSAGE in st.session_state:
        kind, text = st.session_state.pop(MESSAGE)
        (st.success if kind == "success" else st.warning)(literal(text))


def access_box() -> tuple[auth.Access, str]:
    """Who may edit, said on the page with the way to sign in or out; (access, user name)."""
    config = auth.auth_config(
        _secrets_section("auth"),
        _secrets_section("vnon"),
        os.environ,
        authlib_installed=importlib.util.find_spec("authlib") is not None,
    )
    _config_notes(config)
    if config.header is not None:
        access, user = _proxy_access(config, config.header)
    else:
        access, user = _oidc_access(config)
    if access is auth.Access.NOT_CONFIGURED:
        st.info(texts.ADMIN_ACCESS_READ_ONLY)
        with st.expander(texts.ADMIN_ENABLE_TITLE):
            st.markdown(texts.ADMIN_ENABLE_STEPS)
            missing = "; ".join(texts.ADMIN_MISSING[key] for key in config.missing)
            if missing:
                st.caption(texts.ADMIN_MISSING_NOW.format(missing=missing))
    return access, user


def _config_notes(config: auth.AuthConfig) -> None:
    """Wrong settings, said in Dutch: a setting that leaves proxy sign-in off, ignored entries."""
    for key, detail in config.problems:
        st.warning(texts.ADMIN_PROBLEMS[key].format(detail=literal(detail)))
    if config.invalid:
        count = dutch.count(len(config.invalid), texts.ADMIN_INVALID_ONE, texts.ADMIN_INVALID_MANY)
        st.warning(texts.ADMIN_INVALID_ENTRIES.format(count=count))


def _oidc_access(config: auth.AuthConfig) -> tuple[auth.Access, str]:
    """Sign-in through the identity provider (`st.login`), its outcome and the way out."""
    if st.query_params.get(url_params.SIGN_IN) == url_params.SIGN_IN_FAILED:
        st.query_params.pop(url_params.SIGN_IN)  # said once; a reload does not repeat it
        st.error(texts.ADMIN_SIGN_IN_REFUSED)
    user = st.user.to_dict()
    access = auth.access(config, user)
    name = auth.user_name(user)
    if access is auth.Access.SIGNED_OUT:
        st.info(texts.ADMIN_SIGN_IN_NEEDED)
        if st.button(texts.ADMIN_SIGN_IN, type="primary"):
            try:
                st.login(config.provider)
            except StreamlitAuthError:
                st.error(texts.ADMIN_SIGN_IN_FAILED)
    elif access is not auth.Access.NOT_CONFIGURED:
        message = {
            auth.Access.COORDINATOR: texts.ADMIN_SIGNED_IN,
            auth.Access.UNVERIFIED_EMAIL: texts.ADMIN_UNVERIFIED_EMAIL,
        }.get(access, texts.ADMIN_NOT_COORDINATOR)
        (st.success if access.can_edit else st.warning)(message.format(user=literal(name)))
        stable = auth.stable_claims(user)
        if not access.can_edit and stable:
            identities = ", ".join(literal(entry) for entry in stable)
            st.caption(texts.ADMIN_YOUR_IDENTITY.format(identities=identities))
        if st.button(texts.ADMIN_SIGN_OUT):
            st.logout()
    return access, name


def _proxy_access(
    config: auth.AuthConfig, header: trusted.TrustedHeader
) -> tuple[auth.Access, str]:
    """The person the intranet's proxy signed in, if the header came from that proxy."""
    values = st.context.headers.get_all(header.name)
    verdict = trusted.verdict(header, st.context.ip_address, values)
    access = auth.header_access(config, verdict)
    name = verdict.user or ""
    if access is auth.Access.REFUSED:
        st.error(texts.ADMIN_REFUSED + texts.ADMIN_REFUSALS[verdict.refusal])
    elif access is auth.Access.COORDINATOR:
        st.success(texts.ADMIN_PROXY_SIGNED_IN.format(user=literal(name)))
    elif access is auth.Access.NOT_COORDINATOR:
        st.warning(texts.ADMIN_PROXY_NOT_COORDINATOR.format(user=literal(name)))
    return access, name


def downloads(settings: Settings, reference: Reference, infos: list[versions.VersionInfo]) -> None:
    """The empty template and the registers in use, made only when downloaded."""
    st.header(texts.ADMIN_DOWNLOADS)
    current = next((info.name for info in infos if info.is_current), None)
    version = current if current and current != versions.SEED else texts.ADMIN_SEED_NAME
    template_column, current_column = st.columns(2)
    template_column.download_button(
        texts.ADMIN_DOWNLOAD_TEMPLATE,
        lambda: template_bytes(reference),
        texts.ADMIN_TEMPLATE_FILE,
        EXCEL_MIME,
        on_click="ignore",
        help=texts.ADMIN_DOWNLOAD_HELP,
    )
    current_column.download_button(
        texts.ADMIN_DOWNLOAD_CURRENT,
        lambda: export_bytes(settings.data, reference),
        texts.ADMIN_CURRENT_FILE.format(version=version),
        EXCEL_MIME,
        on_click="ignore",
        help=texts.ADMIN_DOWNLOAD_HELP,
    )


def upload_section(settings: Settings, reference: Reference, user: str) -> None:
    """Upload → check (once per file) → report or diff → confirm → apply."""
    st.header(texts.ADMIN_UPLOAD_HEADING)
    try:
        megabytes = admin.upload_megabytes(st.get_option("server.maxUploadSize"))
    except InvalidInputError as err:  # VNON_MAX_UPLOAD_MB set wrong
        st.error(literal(err.problems[0]))
        return
    uploaded = st.file_uploader(
        texts.ADMIN_UPLOAD,
        type=["xlsx", "csv"],
        key=f"upload_{st.session_state.get(ROUND, 0)}",
        help=texts.ADMIN_UPLOAD_HELP.format(megabytes=dutch.number(megabytes or 0)),
    )
    if uploaded is None:
        return
    checked = st.session_state.get(CHECKED)
    if checked is None or checked[0] != uploaded.file_id:
        with st.spinner(texts.ADMIN_CHECKING):
            result = checking.check(
                uploaded.name,
                uploaded.getvalue(),
                settings.data,
                reference,
                admin.limits(megabytes),
            )
        st.session_state[CHECKED] = checked = (uploaded.file_id, result)
    result = checked[1]
    if _checked(result):
        confirmed = st.checkbox(texts.ADMIN_CONFIRM, key=f"confirm_{uploaded.file_id}")
        if st.button(texts.ADMIN_APPLY, type="primary", disabled=not confirmed):
            _run_step(
                lambda progress: applying.apply(result, settings, user, progress, rebuild=build),
                texts.ADMIN_APPLIED,
                settings,
            )


def history_section(
    settings: Settings,
    reference: Reference,
    infos: list[versions.VersionInfo],
    can_edit: bool,
    user: str,
) -> None:
    """The versions kept; for the coordinator, a rollback with its diff shown first."""
    st.header(texts.ADMIN_HISTORY_HEADING)
    st.caption(texts.ADMIN_HISTORY_CAPTION)
    show_table(admin.history_table(infos), admin.HISTORY_FORMATS)
    if not can_edit:
        return
    st.subheader(texts.ADMIN_ROLLBACK_HEADING)
    choices = admin.rollback_choices(infos)
    if not choices:
        st.caption(texts.ADMIN_ROLLBACK_NONE)
        return
    version = st.selectbox(texts.ADMIN_ROLLBACK_SELECT, list(choices), format_func=choices.get)
    st.caption(texts.ADMIN_ROLLBACK_PREVIEW.format(version=version))
    _show_diffs(data.load_rollback_preview(settings, reference, version))
    confirmed = st.checkbox(texts.ADMIN_ROLLBACK_CONFIRM.format(version=version))
    if st.button(texts.ADMIN_ROLLBACK, disabled=not confirmed):
        _run_step(
            lambda progress: applying.rollback(
                settings, reference, version, user, progress, rebuild=build
            ),
            texts.ADMIN_ROLLED_BACK,
            settings,
        )


def _checked(result: checking.CheckResult) -> bool:
    """The check's notes and its report or diff; True when it may be applied."""
    if result.recognised:
        st.caption(literal(admin.recognised_text(result)))
    for note in result.notes:
        st.caption(literal(note))
    if result.problems:
        errors = dutch.count(len(result.problems), "fout", "fouten")
        st.error(texts.ADMIN_REJECTED.format(count=errors))
        _show_problems(result.problems)
        return False
    if not result.has_changes:
        st.info(texts.ADMIN_NO_CHANGES)
        return False
    st.markdown(texts.ADMIN_CHECKED.format(base=result.base or texts.ADMIN_SEED))
    _show_diffs(result.diffs)
    return True


def _secrets_section(name: str):
    try:
        return st.secrets.get(name)
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return None


def _show_problems(problems) -> None:
    message = texts.ADMIN_PROBLEM_COLUMNS["message"]
    wide = {message: st.column_config.TextColumn(width="large")}
    st.dataframe(admin.problem_table(problems), hide_index=True, column_config=wide)


def _show_diffs(diffs) -> None:
    show_table(admin.diff_summary(diffs), admin.DIFF_FORMATS)
    unchanged = admin.unchanged_text(diffs)
    if unchanged:
        st.caption(literal(unchanged))
    for diff in (diff for diff in diffs if not diff.is_empty):
        with st.expander(literal(admin.diff_title(diff))):
            for title, table in (
                (texts.ADMIN_DIFF_ADDED, admin.rows_table(diff, diff.added)),
                (texts.ADMIN_DIFF_CHANGED, admin.changes_table(diff)),
                (texts.ADMIN_DIFF_REMOVED, admin.rows_table(diff, diff.removed)),
            ):
                if not table.empty:
                    st.caption(title)
                    st.dataframe(table, hide_index=True, column_config=NARROW_CHANGES)


def _finish(outcome: applying.ApplyOutcome, done: str) -> None:
    """Remember the outcome for the next run, reset the upload and rerun."""
    name = outcome.version.name
    kind, text = ("success", done.format(version=name, restored=outcome.version.restored_from))
    if outcome.build_error:
        kind = "warning"
        text = texts.ADMIN_APPLIED_NO_BUILD.format(version=name, error=outcome.build_error)
    st.session_state[MESSAGE] = (kind, text)
    st.session_state[ROUND] = st.session_state.get(ROUND, 0) + 1
    st.session_state.pop(CHECKED, None)
    st.rerun()


def _run_step(action, done: str, settings: Settings) -> None:
    """Apply or roll back with the steps shown; refusals in Dutch, never a traceback."""
    try:
        with st.status(texts.ADMIN_APPLYING, expanded=True) as status:
            outcome = action(lambda step: status.write(texts.ADMIN_STEPS[step]))
            status.update(label=texts.ADMIN_DONE, state="complete")
    except (versions.RegisterLockedError, versions.VersionError) as err:
        st.error(literal(err))  # who holds the lock and since when, or why the version is refused
        return
    except InvalidInputError as err:
        _show_problems(err.problems)
        return
    except OSError as err:  # a full disk, a read-only data root: nothing was switched
        st.error(literal(disk.explained(err, settings.data.root)))
        return
    _finish(outcome, done)
