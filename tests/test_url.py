"""URL state: old parameter names in shared links are read as their current names."""

from __future__ import annotations

from dashboard.display import url_params
from dashboard.ui.url import renamed


def test_an_old_name_is_read_as_the_current_one_and_the_rest_stays():
    params = {"kaartlaag": ["bijdrage"], "district": ["VR05"], "thema": ["a", "b"]}
    assert renamed(params) == {"district": ["VR05"], "thema": ["a", "b"], "laag": ["bijdrage"]}


def test_without_an_old_name_nothing_is_rewritten():
    assert renamed({"laag": ["bijdrage"], "jaar": ["2021"]}) is None
    assert renamed({}) is None


def test_the_current_name_wins_over_the_old_one():
    assert renamed({"laag": ["overleggen"], "kaartlaag": ["bijdrage"]}) == {"laag": ["overleggen"]}


def test_every_alias_names_a_current_parameter():
    assert set(url_params.ALIASES.values()) <= set(url_params.PARAMS)
    assert not set(url_params.ALIASES) & set(url_params.PARAMS)
    assert renamed({"oud": ["1"]}, aliases={"oud": "nieuw"}) == {"nieuw": ["1"]}
