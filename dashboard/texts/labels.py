"""Dutch labels of every closed vocabulary, derived from the vocabularies in one place.

A stored value is a Dutch word already (DESIGN §3); its label is that word with a capital, except
where the label says more than the word (`EXCEPTIONS`). `IN_SENTENCE` gives the form used inside
a sentence ("2 DVO's en 1 districtsnetwerk"). A test checks that every value has a label.
"""

from __future__ import annotations

from collections.abc import Iterable

from etl.contract import vocabulary as vocab

EXCEPTIONS = {
    "dvo": "DVO",
    "gemengd": "Gemengd (bestuurlijk en ambtelijk)",
    "overnemer": "Overgenomen",
}
# Abbreviations keep their capitals inside a sentence.
_KEEP_CASE = frozenset({"dvo"})


def label(value: str) -> str:
    """'in oprichting' → 'In oprichting'; 'dvo' → 'DVO'."""
    return EXCEPTIONS.get(value, value[:1].upper() + value[1:])


def in_sentence(value: str) -> str:
    """'districtsnetwerk' → 'districtsnetwerk'; 'dvo' → 'DVO'."""
    return label(value) if value in _KEEP_CASE else value


def _labels(values: Iterable[str]) -> dict[str, str]:
    return {value: label(value) for value in values}


BODY_TYPE = _labels(vocab.BODY_TYPES)
BODY_TYPE_IN_SENTENCE = {value: in_sentence(value) for value in vocab.BODY_TYPES}
KIND = _labels(vocab.KINDS)
LEVEL = {**_labels(vocab.LEVELS), "onbekend": "Niveau onbekend"}  # a band and a filter option
MANDATE_TYPE = _labels(vocab.MANDATE_TYPES)
BODY_STATUS = _labels(vocab.BODY_STATUSES)
MATURITY = _labels(vocab.MATURITIES)
RELATION = _labels(vocab.RELATIONS)
ACTIVITY_STATUS = _labels(vocab.ACTIVITY_STATUSES)
PILOT_CATEGORY = _labels(vocab.PILOT_CATEGORIES)
PILOT_STATUS = _labels(vocab.PILOT_STATUSES)
SITE_ROLE = _labels(vocab.SITE_ROLES)
BUDGET_CATEGORY = _labels(vocab.BUDGET_CATEGORIES)
CONTRIBUTION_STATUS = _labels(vocab.CONTRIBUTION_STATUSES)
OUTCOME = _labels(vocab.OUTCOMES)
ROLLUP_LEVEL = _labels(vocab.ROLLUP_LEVELS)

# vocabulary → its labels; the test walks this table
BY_VOCABULARY = {
    vocab.BODY_TYPES: BODY_TYPE, vocab.KINDS: KIND, vocab.LEVELS: LEVEL,
    vocab.MANDATE_TYPES: MANDATE_TYPE, vocab.BODY_STATUSES: BODY_STATUS,
    vocab.MATURITIES: MATURITY, vocab.RELATIONS: RELATION,
    vocab.ACTIVITY_STATUSES: ACTIVITY_STATUS, vocab.PILOT_CATEGORIES: PILOT_CATEGORY,
    vocab.PILOT_STATUSES: PILOT_STATUS, vocab.SITE_ROLES: SITE_ROLE,
    vocab.BUDGET_CATEGORIES: BUDGET_CATEGORY,
    vocab.CONTRIBUTION_STATUSES: CONTRIBUTION_STATUS, vocab.OUTCOMES: OUTCOME,
    vocab.ROLLUP_LEVELS: ROLLUP_LEVEL,
}  # fmt: skip
