"""The built marts of the shipped registers plus demo pilots, and helpers to pick from them."""

from __future__ import annotations

import pandas as pd

from dashboard.data import read_marts

from .demo_support import build_demo_root

HOSTILE = "<img src=x onerror=alert(1)>"


def demo_marts(folder):
    """The marts of the shipped and demo registers, built in `folder`."""
    return read_marts(build_demo_root(folder).processed)


def real(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows that are not demo data."""
    return frame[~frame["is_demo"]].reset_index(drop=True)


def dated_sites(marts) -> pd.DataFrame:
    """The real sites with Twente's adoption dated January 2019, as a coordinator who knows the
    date would record it: the Q&A dates neither start nor adoption, so the shipped sites have no
    date, and a chart over the years needs one."""
    sites = real(marts.pilot_sites)
    sites.loc[sites["role"] == "overnemer", "since"] = pd.Timestamp("2019-01-01")
    return sites


def hostile_pilots(marts) -> pd.DataFrame:
    """The real pilots, the first one renamed to markup."""
    frame = real(marts.pilots)
    frame.loc[0, "name"] = HOSTILE
    return frame
