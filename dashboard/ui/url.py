"""Choices kept in the URL (`st.query_params`), so a view can be shared by its link.

Each widget reads its value from the URL first and writes it back when the user changes it;
the default leaves the URL clean. Parameter names come from `dashboard.display.url_params`;
an old name in a shared link is read as its current name (`follow_aliases`).
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from dashboard.display import url_params
from dashboard.texts import frame as texts


def renamed(
    params: Mapping[str, list[str]], aliases: Mapping[str, str] = url_params.ALIASES
) -> dict[str, list[str]] | None:
    """The query parameters with every old name replaced by its current one, or None when no
    old name is among them. Where a link holds both, the current name's values win."""
    if not any(old in params for old in aliases):
        return None
    current = {name: values for name, values in params.items() if name not in aliases}
    for old, new in aliases.items():
        if old in params:
            current.setdefault(new, params[old])
    return current


def follow_aliases() -> None:
    """Rewrite an old parameter name in the URL to its current one, before any page reads it."""
    current = renamed({name: st.query_params.get_all(name) for name in st.query_params})
    if current is not None:
        st.query_params.from_dict(current)


PLACE_KEY = "place_params"  # the session's copy of the place in the URL
PLACE_PARAMS = (url_params.DISTRICT, url_params.MUNICIPALITY)


def place_in_url() -> dict[str, list[str]]:
    """The place parameters of the URL as they stand (`district` may hold several values)."""
    return {name: st.query_params.get_all(name) for name in PLACE_PARAMS if name in st.query_params}


def remember_place() -> None:
    """Keep the URL's place in the session, so a page switch (which drops the URL's
    parameters) can put it back. Called by every widget and click that changes the place."""
    st.session_state[PLACE_KEY] = place_in_url()


def carry_place() -> None:
    """At the start of every run: a place in the URL leads (a link, a permalink); a URL
    without one gets the session's place back (a page switch through the navigation).

    A link back to the region says `?district=alle`, which clears the place and leaves the URL.
    """
    shown = place_in_url()
    if shown == {url_params.DISTRICT: [url_params.ALL_VALUES]}:
        del st.query_params[url_params.DISTRICT]
        st.session_state[PLACE_KEY] = {}
    elif shown:
        st.session_state[PLACE_KEY] = shown
        # A page link to the same page hands its query to the run but leaves the browser's
        # address as it was: writing the parameters back puts them in the address bar too.
        st.query_params.from_dict({name: st.query_params.get_all(name) for name in st.query_params})
    else:
        for name, values in st.session_state.get(PLACE_KEY, {}).items():
            st.query_params[name] = values


def set_place(params: Mapping[str, str]) -> None:
    """Replace the place in the URL (and the session) by `params` (`Place.params()`)."""
    for name in PLACE_PARAMS:
        if name in params:
            st.query_params[name] = params[name]
        else:
            st.query_params.pop(name, None)
    remember_place()


def choose_place(params: Mapping[str, str]) -> None:
    """Set the place from outside its widgets (a click on a map) and rerun."""
    set_place(params)
    st.rerun()


def url_select(
    label: str, options: dict[str, str], param: str, unknown_message: str, container=None
) -> str:
    """One value kept in the URL (`?param=value`), mirrored by a sidebar select writing to it.

    `options` maps each stored value to its Dutch label; the first is the default, which
    leaves the URL clean. An unknown value in the URL is explained and replaced by the default.
    `container` puts the select elsewhere than the sidebar (e.g. `st` for the page itself).
    """
    default = next(iter(options))
    value = st.query_params.get(param, default)
    if value not in options:
        st.warning(unknown_message.format(value=value))
        del st.query_params[param]
        value = default
    key = f"select_{param}"
    st.session_state[key] = value  # the URL leads, the widget follows
    (container or st.sidebar).selectbox(
        label,
        list(options),
        format_func=lambda option: options[option],
        key=key,
        on_change=_value_to_url,
        args=(key, param, default),
    )
    return value


def _value_to_url(key: str, param: str, default: str | int) -> None:
    _put(param, st.session_state.get(key, default), default)
    if param in PLACE_PARAMS:
        remember_place()


def _put(param: str, value: str | int, default: str | int) -> None:
    """`?param=value` in the URL; the default leaves it out."""
    if value == default:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = str(value)


def url_multiselect(label: str, options: dict[str, str], param: str) -> list[str]:
    """Values kept in the URL (`?param=a&param=b`), mirrored by a sidebar multiselect.

    `options` maps each stored value to its Dutch label; unknown values in the URL are dropped.
    """
    key = f"filter_{param}"
    chosen = [value for value in st.query_params.get_all(param) if value in options]
    st.session_state[key] = chosen  # the URL leads, the widget follows
    st.sidebar.multiselect(
        label,
        list(options),
        format_func=lambda value: options[value],
        key=key,
        on_change=_values_to_url,
        args=(key, param),
        placeholder=texts.FILTER_PLACEHOLDER,
    )
    return chosen


def _values_to_url(key: str, param: str) -> None:
    values = st.session_state.get(key) or []
    if values:
        st.query_params[param] = values
    else:
        st.query_params.pop(param, None)
    if param == url_params.DISTRICT:  # a district filter chooses at the district level
        st.query_params.pop(url_params.MUNICIPALITY, None)
        remember_place()


def _whole_number(param: str, default: int) -> int:
    """The URL's whole number `?param=`, or the default when it is missing or not a number."""
    try:
        return int(st.query_params.get(param, default))
    except ValueError:
        return default


def url_slider(label: str, first: int, last: int, param: str, default: int, **options) -> int:
    """A whole number kept in the URL (`?param=2019`), mirrored by a slider on the page.

    A value that is not a number falls back to the default, one out of range is brought
    within it; the default leaves the URL clean. With a single possible value no slider is
    drawn (a slider needs two ends).
    """
    value = min(max(_whole_number(param, default), first), last)
    if first >= last:
        return value
    key = f"slider_{param}"
    st.session_state[key] = value  # the URL leads, the widget follows
    callback = {"on_change": _value_to_url, "args": (key, param, default)}
    st.slider(label, first, last, step=1, key=key, **callback, **options)
    return value


def url_step_slider(label: str, steps: list[int], param: str, default: int, **options) -> int:
    """One of `steps` (whole numbers, ascending) kept in the URL, mirrored by a slider on the
    page that stops at those steps only (arrow keys move one step).

    A value that is not among them becomes the nearest step (one that is not a number, the
    default), and the URL says so; the default leaves the URL clean. With a single step no
    slider is drawn.
    """
    asked = _whole_number(param, default)
    value = min(steps, key=lambda step: (abs(step - asked), step))
    if st.query_params.get(param, str(value)) != str(value):  # not a step, or not a number
        _put(param, value, default)
    if len(steps) < 2:
        return value
    key = f"slider_{param}"
    st.session_state[key] = value  # the URL leads, the widget follows
    callback = {"on_change": _value_to_url, "args": (key, param, default)}
    st.select_slider(label, steps, key=key, **callback, **options)
    return value
