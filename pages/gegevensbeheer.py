"""Gegevensbeheer: template and current data, upload → report → diff → confirm → apply, history.

Editing (upload, apply, rollback) only for a signed-in coordinator when sign-in is configured
(dashboard/auth.py); otherwise the page is read-only and says how to enable editing.
"""

import importlib.util
import os
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAuthError, StreamlitSecretNotFoundError

from dashboard.registers import admin as data_admin
from dashboard.registers import auth
from dashboard.texts import gegevensbeheer as texts
from etl.core.errors import InvalidInputError
from etl.core.settings import Settings
from etl.reference.tables import load_reference
from etl.registers import importing as register_import
from etl.registers import versions as register_versions
from etl.registers.workbook import export_bytes, template_bytes

EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND, CHECKED, MESSAGE = "admin_upload_round", "admin_checked", "admin_message"
NARROW_CHANGES = {  # old and new side by side, however long the texts
    texts.ADMIN_CHANGE_COLUMNS[key]: st.column_config.TextColumn(width="medium")
    for key in ("old", "new")
}


@st.cache_data(show_spinner=False, max_entries=2)
def cached_reference(folder: str, stamp: tuple):
    del stamp  # part of the cache key only
    return load_reference(Path(folder))


def secrets_section(name: str):
    try:
        return st.secrets.get(name)
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return None


def access_box(access: auth.Access, config: auth.AuthConfig, user: dict) -> None:
    name = data_admin.plain(auth.user_name(user))
    if access is auth.Access.NOT_CONFIGURED:
        st.info(texts.ADMIN_ACCESS_READ_ONLY)
        with st.expander(texts.ADMIN_ENABLE_TITLE):
            st.markdown(texts.ADMIN_ENABLE_STEPS)
            missing = "; ".join(texts.ADMIN_MISSING[key] for key in config.missing)
            st.caption(texts.ADMIN_MISSING_NOW.format(missing=missing))
    elif access is auth.Access.SIGNED_OUT:
        st.info(texts.ADMIN_SIGN_IN_NEEDED)
        if st.button(texts.ADMIN_SIGN_IN, type="primary"):
            try:
                st.login(config.provider)
            except StreamlitAuthError:
                st.error(texts.ADMIN_SIGN_IN_FAILED)
    else:
        message = texts.ADMIN_SIGNED_IN if access.can_edit else texts.ADMIN_NOT_COORDINATOR
        (st.success if access.can_edit else st.warning)(message.format(user=name))
        if st.button(texts.ADMIN_SIGN_OUT):
            st.logout()


def show_problems(problems) -> None:
    message = texts.ADMIN_PROBLEM_COLUMNS["message"]
    wide = {message: st.column_config.TextColumn(width="large")}
    st.dataframe(data_admin.problem_table(problems), hide_index=True, column_config=wide)


def show_diffs(diffs) -> None:
    st.dataframe(data_admin.diff_summary(diffs), hide_index=True)
    unchanged = data_admin.unchanged_text(diffs)
    if unchanged:
        st.caption(data_admin.plain(unchanged))
    for diff in (diff for diff in diffs if not diff.is_empty):
        with st.expander(data_admin.plain(data_admin.diff_title(diff))):
            for title, table in (
                (texts.ADMIN_DIFF_ADDED, data_admin.rows_table(diff, diff.added)),
                (texts.ADMIN_DIFF_CHANGED, data_admin.changes_table(diff)),
                (texts.ADMIN_DIFF_REMOVED, data_admin.rows_table(diff, diff.removed)),
            ):
                if not table.empty:
                    st.caption(title)
                    st.dataframe(table, hide_index=True, column_config=NARROW_CHANGES)


def finish(outcome: register_import.ApplyOutcome, done: str) -> None:
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


def run_step(action, done: str) -> None:
    """Apply or roll back with the steps shown; refusals in Dutch, never a traceback."""
    try:
        with st.status(texts.ADMIN_APPLYING, expanded=True) as status:
            outcome = action(lambda step: status.write(texts.ADMIN_STEPS[step]))
            status.update(label=texts.ADMIN_DONE, state="complete")
    except register_versions.RegisterLockedError:
        st.error(texts.ADMIN_BUSY)
        return
    except register_versions.VersionError as err:
        st.error(data_admin.plain(err))
        return
    except InvalidInputError as err:
        show_problems(err.problems)
        return
    finish(outcome, done)


def upload_section(settings: Settings, reference, user: str) -> None:
    st.subheader(texts.ADMIN_UPLOAD_HEADING)
    megabytes = st.get_option("server.maxUploadSize")
    uploaded = st.file_uploader(
        texts.ADMIN_UPLOAD, type=["xlsx", "csv"], key=f"upload_{st.session_state.get(ROUND, 0)}",
        help=texts.ADMIN_UPLOAD_HELP.format(megabytes=megabytes),
    )  # fmt: skip
    if uploaded is None:
        return
    checked = st.session_state.get(CHECKED)
    if checked is None or checked[0] != uploaded.file_id:
        with st.spinner(texts.ADMIN_CHECKING):
            result = register_import.check(
                uploaded.name, uploaded.getvalue(), settings.data, reference,
                data_admin.limits(megabytes),
            )  # fmt: skip
        st.session_state[CHECKED] = checked = (uploaded.file_id, result)
    result = checked[1]
    if result.recognised:
        st.caption(data_admin.plain(data_admin.recognised_text(result)))
    for note in result.notes:
        st.caption(data_admin.plain(note))
    if result.problems:
        st.error(texts.ADMIN_REJECTED.format(count=len(result.problems)))
        show_problems(result.problems)
        return
    if not result.has_changes:
        st.info(texts.ADMIN_NO_CHANGES)
        return
    st.markdown(texts.ADMIN_CHECKED.format(base=result.base or texts.ADMIN_SEED))
    show_diffs(result.diffs)
    confirmed = st.checkbox(texts.ADMIN_CONFIRM, key=f"confirm_{uploaded.file_id}")
    if st.button(texts.ADMIN_APPLY, type="primary", disabled=not confirmed):
        run_step(
            lambda progress: register_import.apply(result, settings, user, progress),
            texts.ADMIN_APPLIED,
        )


def history_section(settings: Settings, reference, can_edit: bool, user: str) -> None:
    st.subheader(texts.ADMIN_HISTORY_HEADING)
    st.caption(texts.ADMIN_HISTORY_CAPTION)
    versions = register_versions.list_versions(settings.data)
    st.dataframe(data_admin.history_table(versions), hide_index=True)
    if not can_edit:
        return
    st.markdown(f"**{texts.ADMIN_ROLLBACK_HEADING}**")
    choices = data_admin.rollback_choices(versions)
    if not choices:
        st.caption(texts.ADMIN_ROLLBACK_NONE)
        return
    version = st.selectbox(texts.ADMIN_ROLLBACK_SELECT, list(choices), format_func=choices.get)
    st.caption(texts.ADMIN_ROLLBACK_PREVIEW.format(version=version))
    show_diffs(data_admin.rollback_preview(settings, reference, version))
    confirmed = st.checkbox(texts.ADMIN_ROLLBACK_CONFIRM.format(version=version))
    if st.button(texts.ADMIN_ROLLBACK, disabled=not confirmed):
        run_step(
            lambda progress: register_import.rollback(settings, reference, version, user, progress),
            texts.ADMIN_ROLLED_BACK,
        )


settings = Settings.from_env()
st.title(texts.ADMIN_HEADING)
st.write(texts.ADMIN_INTRO)
for note in data_admin.start_up(settings):
    st.info(data_admin.plain(note))
if MESSAGE in st.session_state:
    kind, text = st.session_state.pop(MESSAGE)
    (st.success if kind == "success" else st.warning)(data_admin.plain(text))

config = auth.auth_config(
    secrets_section("auth"), secrets_section("vnon"), os.environ,
    authlib_installed=importlib.util.find_spec("authlib") is not None,
)  # fmt: skip
user = st.user.to_dict()
access = auth.access(config, user)
access_box(access, config, user)
reference = cached_reference(*data_admin.reference_key(settings))

st.subheader(texts.ADMIN_DOWNLOADS)
version = register_versions.current_version(settings.data) or texts.ADMIN_SEED_NAME
template_column, current_column = st.columns(2)
template_column.download_button(
    texts.ADMIN_DOWNLOAD_TEMPLATE, lambda: template_bytes(reference), texts.ADMIN_TEMPLATE_FILE,
    EXCEL, on_click="ignore", help=texts.ADMIN_DOWNLOAD_HELP,
)  # fmt: skip
current_column.download_button(
    texts.ADMIN_DOWNLOAD_CURRENT, lambda: export_bytes(settings.data, reference),
    texts.ADMIN_CURRENT_FILE.format(version=version), EXCEL, on_click="ignore",
    help=texts.ADMIN_DOWNLOAD_HELP,
)  # fmt: skip

if access.can_edit:
    upload_section(settings, reference, auth.user_name(user))
history_section(settings, reference, access.can_edit, auth.user_name(user))
