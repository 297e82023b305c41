"""How a register cell reads: its label, its text or 'onbekend'."""

from __future__ import annotations

import math

from dashboard.display import cells
from dashboard.texts import labels


def test_label_of_a_vocabulary_value_or_unknown():
    assert cells.label({"actief": "Actief"}, "actief") == "Actief"
    assert cells.label({"actief": "Actief"}, "nieuw") == "nieuw"
    assert cells.label({}, None) == "onbekend"
    assert cells.label({}, math.nan, "Onbekend") == "Onbekend"


def test_known_text_and_missing():
    assert cells.known(None) == "onbekend" and cells.known("OM") == "OM"
    assert cells.text(math.nan) == "" and cells.text(3) == "3"
    assert cells.missing(None) and cells.missing(math.nan)
    assert not cells.missing(["OM", "politie"]) and not cells.missing("")


def test_labels_of_vocabulary_values_and_unknown_values():
    assert cells.label(labels.PILOT_STATUS, None) == "onbekend"
    assert cells.label(labels.PILOT_STATUS, float("nan"), "") == ""
    assert cells.label(labels.PILOT_STATUS, "nieuw") == "nieuw"  # not in the vocabulary
    assert cells.label({"a": "Aa"}, "a") == "Aa"
    assert cells.known(None) == "onbekend" and cells.known("GGZ") == "GGZ"
