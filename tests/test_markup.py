"""The one escaping function: register text stays text in Markdown, HTML and plotly labels."""

import html

import pytest

from dashboard.display.markup import MARKUP_CHARACTERS, literal


@pytest.mark.parametrize(
    "typed",
    ["![b](http://host/x.png)", "**vet**", "<script>alert(1)</script>", "$x^2$", "=SOM(A1)",
     "# kop", "1. lijst", "a_b_c", "[link](javascript:x)", "Tom & Jerry's \"show\""],
)  # fmt: skip
def test_literal_leaves_no_markup_character_and_decodes_to_what_was_typed(typed):
    shown = literal(typed)
    assert not set(shown) & (MARKUP_CHARACTERS - {"&", "#"})  # only the references' own & and #
    assert html.unescape(shown) == typed


def test_literal_folds_white_space_and_empties_missing_values():
    assert literal("twee\nregels  hier") == "twee regels hier"
    assert literal(None) == "" and literal(float("nan")) == ""
    assert literal(12) == "12"
    assert literal("€\xa016,59") == "€\xa016,59"  # a no-break space keeps an amount whole
