"""The rules across registers, vectorised: the same problems in the order one pass over the rows
gives, and the synthetic registers of `tools/synthetic.py` that measure them at scale."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.core.errors import Problem
from etl.core.settings import DataRoot
from etl.governance.registers import SELF_RELATION, UNKNOWN_BODY, governance_problems
from etl.reference.tables import load_reference
from etl.registers import catalogue
from etl.registers.spec import Place, in_row_order
from tools import synthetic


@pytest.fixture
def reference(data_root):
    return load_reference(data_root.reference)


def _tables(root, reference):
    read = catalogue.folder_reader(root.register)
    return catalogue.check_registers(reference, read, catalogue.folder_reader(root.demo), [])


def test_problems_come_by_row_then_by_check():
    found_a = [(1, Problem("f", "a1", row=3)), (0, Problem("f", "a0", row=2))]
    found_b = [(0, Problem("f", "b0", row=2)), (0, Problem("f", "b0'", row=2))]
    ordered = in_row_order(found_a, found_b)
    assert [p.message for p in ordered] == ["a0", "b0", "b0'", "a1"]


def test_relation_problems_follow_the_rows_of_the_file(data_root, reference):
    tables = _tables(data_root, reference)
    relations = tables["body_relations"].copy()
    relations.loc[0, "target_body_id"] = relations.loc[0, "source_body_id"]
    relations.loc[1, ["source_body_id", "target_body_id"]] = ["weg", "kwijt"]
    place = Place(catalogue.REGISTERS)
    problems = governance_problems({**tables, "body_relations": relations}, reference, place)
    assert [(p.row, p.column, p.value, p.message) for p in problems] == [
        (2, "naar", relations.loc[0, "source_body_id"], SELF_RELATION),
        (3, "van", "weg", UNKNOWN_BODY),
        (3, "naar", "kwijt", UNKNOWN_BODY),
    ]


def test_a_theme_list_names_each_unknown_theme_in_its_order(data_root, reference):
    tables = _tables(data_root, reference)
    bodies = tables["bodies"].copy()
    bodies["themes"] = bodies["themes"].astype(object)
    bodies.at[2, "themes"] = ["zeta", *bodies.at[2, "themes"], "alfa"]
    problems = governance_problems(
        {**tables, "bodies": bodies}, reference, Place(catalogue.REGISTERS)
    )
    assert [(p.row, p.value) for p in problems] == [(4, "zeta"), (4, "alfa")]


def test_synthetic_registers_are_n_times_the_shipped_ones_and_pass_every_check(
    data_root, reference, tmp_path, monkeypatch
):
    root = tmp_path / "synthetic"
    counts = synthetic.write_root(3, root)
    shipped = {p.name: len(synthetic.read(p)) for p in (data_root.register).glob("*.csv")}
    for file in (*synthetic.ID_COLUMNS, *synthetic.NAMED_COPIES):
        assert counts[file] == 3 * shipped[file], file
    assert counts["bijdrageregeling.csv"] == 3 * shipped["bijdrageregeling.csv"]

    def no_loop(*_args, **_kwargs):
        raise AssertionError("a rule loops over the rows with iterrows")

    monkeypatch.setattr(pd.DataFrame, "iterrows", no_loop)
    tables = _tables(DataRoot(root), reference)  # raises on any problem
    assert len(tables["bodies"]) == 3 * shipped["overleggen.csv"]
    assert tables["bodies"]["body_id"].is_unique


def test_year_keyed_registers_stay_inside_the_contracts_years():
    years = pd.Series(["2020", "2021", "2022", "2023"])
    shifts = synthetic.year_blocks(years, 1000)
    moved = sorted(int(y) + s for s in shifts for y in years)
    assert moved[0] >= synthetic.FIRST_YEAR and moved[-1] <= synthetic.LAST_YEAR
    assert len(set(moved)) == len(moved) == 100
    assert synthetic.year_blocks(years, 3) == [0, 4, 8]
