"""Every value of every closed vocabulary has a Dutch label, derived in one place."""

import pytest

from dashboard.texts import labels
from etl.contract import vocabulary as vocab

VOCABULARIES = [
    value for name, value in vars(vocab).items()
    if name.isupper() and not name.endswith("_CODES")  # codes are named by the reference marts
    and isinstance(value, tuple) and all(isinstance(v, str) for v in value)
]  # fmt: skip
# Subsets of another vocabulary: labelled through the vocabulary they are taken from.
SUBSETS = {
    vocab.SYMMETRIC_RELATIONS: vocab.RELATIONS,
    vocab.CHAIN_RELATIONS: vocab.RELATIONS,
    vocab.EXPERT_TEAM_TYPES: vocab.BODY_TYPES,
    vocab.COMMITTED_STATUSES: vocab.CONTRIBUTION_STATUSES,
}


@pytest.mark.parametrize("values", [v for v in VOCABULARIES if v not in SUBSETS], ids=str)
def test_every_vocabulary_value_has_a_label(values):
    shown = labels.BY_VOCABULARY[values]
    assert list(shown) == list(values)
    assert all(text and text[0].isupper() for text in shown.values())


def test_labels_capitalise_and_keep_abbreviations():
    assert labels.label("in oprichting") == "In oprichting"
    assert labels.BODY_TYPE["dvo"] == "DVO" and labels.BODY_TYPE_IN_SENTENCE["dvo"] == "DVO"
    assert labels.BODY_TYPE_IN_SENTENCE["werkgroep"] == "werkgroep"
    assert labels.SITE_ROLE["overnemer"] == "Overgenomen"


@pytest.mark.parametrize(("subset", "whole"), SUBSETS.items(), ids=str)
def test_a_subset_is_labelled_through_the_vocabulary_it_is_taken_from(subset, whole):
    assert set(subset) <= set(whole)
    assert whole in labels.BY_VOCABULARY
