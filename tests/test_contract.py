"""The data contract: every table strict and coercing, list columns marked, kinds from dtypes."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest
from pandera.typing import Series

from etl.contract import base
from etl.contract.registry import GEO_MARTS, MART_SCHEMAS
from etl.core import store
from etl.registers.catalogue import REGISTERS
from etl.registers.spec import DATE, LIST, NUMBER, TEXT, WHOLE, schema_kinds

SCHEMAS = {**MART_SCHEMAS, **{f"register {n}": spec.schema for n, spec in REGISTERS.items()}}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_mart_and_register_schema_is_strict_and_coercing(name):
    schema = SCHEMAS[name].to_schema()
    assert schema.strict is True and schema.coerce is True


def test_a_table_adds_settings_without_losing_the_strict_ones():
    class Pairs(base.StrictTable):
        left: Series[int]
        right: Series[int]

        class Config:
            unique = ("left", "right")

    schema = Pairs.to_schema()
    assert (schema.strict, schema.coerce, schema.unique) == (True, True, ("left", "right"))
    with pytest.raises(
        (pandera.errors.SchemaError, pandera.errors.SchemaErrors)
    ):  # strict: no column beyond the declared
        Pairs.validate(pd.DataFrame({"left": [1], "right": [2], "extra": [3]}))
    assert Pairs.validate(pd.DataFrame({"left": ["1"], "right": [2]}))["left"].tolist() == [1]


def test_the_registry_holds_every_register_and_reads_the_maps_with_geopandas():
    assert {spec.mart for spec in REGISTERS.values()} <= set(MART_SCHEMAS)
    assert {"municipality_shapes", "district_shapes"} == GEO_MARTS
    assert all("geometry" in MART_SCHEMAS[name].to_schema().columns for name in GEO_MARTS)


def test_list_columns_are_marked_in_the_schema_and_nothing_else_is():
    marked = {
        (name, column)
        for name, schema in MART_SCHEMAS.items()
        for column, info in schema.to_schema().columns.items()
        if base.is_text_list(info)
    }
    assert marked == {
        ("bodies", "members"), ("bodies", "themes"),
        ("pilots", "partners"), ("pilots", "funders"),
    }  # fmt: skip


def test_register_column_kinds_follow_the_schema_dtypes():
    assert REGISTERS["workplan"].whole_numbers == ("start_year", "end_year")
    assert REGISTERS["bodies"].lists == ("members", "themes")
    pilots = REGISTERS["pilots"]
    assert (pilots.lists, pilots.numbers) == (("partners", "funders"), ("subsidy_eur",))
    assert pilots.dates == ("start_date", "end_date")
    assert REGISTERS["pilot_results"].numbers == ("value",)
    statuses = REGISTERS["contribution_statuses"]
    assert (statuses.whole_numbers, statuses.numbers, statuses.dates) == (
        ("year",), ("paid_eur",), ("paid_on",),
    )  # fmt: skip
    assert REGISTERS["in_kind_contributions"].numbers == ("fte",)
    assert REGISTERS["themes"].kinds == dict.fromkeys(REGISTERS["themes"].columns, TEXT)


def test_schema_kinds_of_each_dtype():
    class Kinds(base.StrictTable):
        text: Series[str]
        whole: Series[int]
        number: Series[float]
        day: Series[pd.Timestamp]
        flag: Series[bool]
        items: Series[object] = base.text_list()

    assert schema_kinds(Kinds) == {
        "text": TEXT, "whole": WHOLE, "number": NUMBER, "day": DATE, "flag": TEXT, "items": LIST,
    }  # fmt: skip


def test_text_lists_and_whole_cents_checks():
    assert base.text_lists(pd.Series([["a"], [], ["a", 1], "a"])).tolist() == [
        True, True, False, False,
    ]  # fmt: skip
    amounts = pd.Series([1.25, 0.1 + 0.2, 1.255, None])
    assert base.whole_cents(amounts).tolist() == [True, True, False, True]


def test_lists_from_parquet_turns_arrays_back_into_lists(tmp_path):
    frame = pd.DataFrame({"items": [["a", "b"], []], "n": [1, 2]})
    frame.to_parquet(tmp_path / "t.parquet")
    back = store.lists_from_parquet(pd.read_parquet(tmp_path / "t.parquet"))
    assert back["items"].tolist() == [["a", "b"], []] and back["n"].tolist() == [1, 2]


def test_the_text_lists_check_names_the_failing_column():
    class Tagged(base.StrictTable):
        tags: Series[object] = base.text_list()
        lists_of_text = base.text_lists_check("tags")

    frame = pd.DataFrame({"tags": [["a"], "a"]})
    with pytest.raises(pandera.errors.SchemaErrors) as failed:
        Tagged.validate(frame, lazy=True)
    cases = failed.value.failure_cases
    assert cases[["column", "check", "index"]].values.tolist() == [
        ["tags", base.TEXT_LISTS_CHECK, 1]
    ]
