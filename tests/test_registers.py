"""The governance registers: the Q&A seed, and each bad input as a Dutch, row-precise error."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.core.errors import InvalidInputError
from etl.reference.tables import load_reference
from etl.registers.catalogue import REGISTERS, load_registers
from etl.registers.spec import file_date


@pytest.fixture
def reference(data_root):
    """The reference data the registers are checked against."""
    return load_reference(data_root.reference)


def _edit(root, mart: str, change) -> None:
    path = root.register / REGISTERS[mart].file
    change(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)


def _cell(row_id: str, header: str, value: str, id_header: str = "id"):
    """A change that puts `value` in the column `header` of the row whose id is `row_id`."""

    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame.loc[frame[id_header] == row_id, header] = value
        return frame

    return change


def _problems(root, reference):
    with pytest.raises(InvalidInputError) as caught:
        load_registers(root, reference)
    return caught.value.problems


def _row_of(root, mart: str, row_id: str, id_header: str = "id") -> int:
    frame = pd.read_csv(root.register / REGISTERS[mart].file, dtype=str, keep_default_na=False)
    return int(frame.index[frame[id_header] == row_id][0]) + 2


def test_seed_holds_the_bodies_relations_themes_and_activities_of_the_qa(data_root, reference):
    tables = load_registers(data_root, reference).tables
    bodies = tables["bodies"].set_index("body_id")
    named = {
        "rvo", "bbg", "werkgroep", "platform-ondermijning", "stuurgroep-riec", "riec",
        "landelijk-schakelteam", "coordinator", "vr-twente", "expertteam-intelligence",
    }  # fmt: skip
    assert named <= set(bodies.index)
    assert (bodies["body_type"] == "dvo").sum() == 5
    networks = bodies[bodies["body_type"] == "districtsnetwerk"]
    assert sorted(networks["district_code"]) == ["VR04", "VR05", "VR06", "VR07", "VR08"]
    assert bodies.at["bbg", "chair"] == "burgemeester van Enschede"
    assert bodies["source"].str.startswith("Q&A Veiligheidsnetwerk Oost-Nederland").all()
    relations = tables["body_relations"]
    links = set(zip(relations["source_body_id"], relations["target_body_id"], strict=True))
    assert ("rvo", "bbg") in links and ("bbg", "rvo") in links
    teams = bodies.index[bodies["body_type"] == "expertteam"]
    assert all(("werkgroep", team) in links for team in teams)
    assert len(tables["workplan"]) == 13  # the 11 of vraag 2, the realisation phase, the evaluation
    assert len(tables["themes"]) == 5  # hennep and mensenhandel are work-programme items, no themes


def test_relation_to_an_unknown_body_is_named(data_root, reference):
    _edit(data_root, "body_relations", _cell("werkgroep", "naar", "expertteam-cyber", "van"))
    (problem,) = _problems(data_root, reference)
    assert (problem.file, problem.column, problem.value) == (
        "relaties.csv",
        "naar",
        "expertteam-cyber",
    )
    assert problem.row == _row_of(data_root, "body_relations", "werkgroep", "van")
    assert "onbekend overleg" in problem.message


def test_duplicate_body_id_is_refused(data_root, reference):
    _edit(data_root, "bodies", _cell("werkgroep", "id", "bbg"))
    problems = _problems(data_root, reference)
    doubles = [p for p in problems if p.file == "overleggen.csv"]
    assert {(p.column, p.value) for p in doubles} == {("id", "bbg")}
    assert len(doubles) == 2 and all("meer dan één keer" in p.message for p in doubles)
    # In the same round: the relations to the body whose id was overwritten now point nowhere.
    lost = {(p.file, p.value) for p in problems if p not in doubles}
    assert lost == {("relaties.csv", "werkgroep")}


@pytest.mark.parametrize(
    ("header", "value"),
    [("soort", "commissie"), ("aard", "politiek"), ("niveau", "provinciaal"),
     ("mandaattype", "beslissend"), ("status", "slapend")],
)  # fmt: skip
def test_unknown_vocabulary_value_lists_what_is_allowed(data_root, reference, header, value):
    _edit(data_root, "bodies", _cell("bbg", header, value))
    (problem,) = _problems(data_root, reference)
    assert (problem.row, problem.column, problem.value) == (
        _row_of(data_root, "bodies", "bbg"),
        header,
        value,
    )
    assert problem.message.startswith("onbekende waarde; toegestaan is: ")


def test_unknown_relation_type_is_refused(data_root, reference):
    _edit(data_root, "body_relations", _cell("rvo", "relatie", "bemoeit zich met", "van"))
    problems = _problems(data_root, reference)
    assert [(p.column, p.value) for p in problems] == [("relatie", "bemoeit zich met")] * len(
        problems
    )
    assert "stemt af met" in problems[0].message


def test_same_relation_twice_is_one_problem_per_row(data_root, reference):
    before = []
    _edit(
        data_root,
        "body_relations",
        lambda f: before.append(len(f)) or pd.concat([f, f.iloc[[0]]], ignore_index=True),
    )
    problems = _problems(data_root, reference)
    # The first row is row 2 of its sheet (under the header), the copy the row after the last.
    assert [p.row for p in problems] == [2, before[0] + 2]
    assert all(p.column is None for p in problems)


def test_district_may_be_given_by_name_but_must_exist(data_root, reference):
    _edit(data_root, "bodies", _cell("dvo-vr05", "district", "Twente"))
    bodies = load_registers(data_root, reference).tables["bodies"]
    assert bodies.set_index("body_id").at["dvo-vr05", "district_code"] == "VR05"
    _edit(data_root, "bodies", _cell("dvo-vr05", "district", "Salland"))
    (problem,) = _problems(data_root, reference)
    assert (problem.column, problem.value) == ("district", "Salland")
    assert "IJsselland" in problem.message


def test_maturity_only_for_district_networks(data_root, reference):
    _edit(data_root, "bodies", _cell("bbg", "volwassenheid", "goed werkend"))
    (problem,) = _problems(data_root, reference)
    assert (
        problem.column == "volwassenheid" and "alleen voor een districtsnetwerk" in problem.message
    )


def test_dvo_without_district_is_refused(data_root, reference):
    _edit(data_root, "bodies", _cell("dvo-vr06", "district", ""))
    (problem,) = _problems(data_root, reference)
    assert problem.column == "district" and "hoort bij een district" in problem.message


def test_unknown_theme_in_a_body_list_is_named(data_root, reference):
    _edit(data_root, "bodies", _cell("riec", "themas", "ondermijning; witwassen"))
    (problem,) = _problems(data_root, reference)
    assert (problem.column, problem.value) == ("themas", "witwassen")


def test_expert_team_must_be_a_team_or_platform(data_root, reference):
    _edit(data_root, "themes", _cell("jongeren", "expertteam", "rvo"))
    (problem,) = _problems(data_root, reference)
    assert (problem.file, problem.column, problem.value) == ("themas.csv", "expertteam", "rvo")
    assert "geen expertteam of platform" in problem.message


def test_activity_ending_before_it_starts_is_refused(data_root, reference):
    _edit(data_root, "workplan", _cell("hennepconvenant", "eindjaar", "2018"))
    (problem,) = _problems(data_root, reference)
    assert (problem.column, problem.value) == ("eindjaar", 2018)
    assert "vóór het startjaar" in problem.message


def test_year_that_is_not_a_number_is_refused(data_root, reference):
    _edit(data_root, "workplan", _cell("hennepconvenant", "startjaar", "volgend jaar"))
    (problem,) = _problems(data_root, reference)
    assert (problem.column, problem.value, problem.message) == (
        "startjaar", "volgend jaar", "is geen geheel getal",
    )  # fmt: skip


def test_malformed_id_is_explained(data_root, reference):
    _edit(data_root, "bodies", _cell("werkgroep", "id", "Werk groep"))
    problems = _problems(data_root, reference)
    assert any(p.value == "Werk groep" and "geldige code" in p.message for p in problems)


def test_build_stops_on_a_bad_register_and_keeps_the_old_marts(settings):
    from etl.build import build

    build(settings)
    before = {p.name: p.read_bytes() for p in settings.data.processed.iterdir()}
    _edit(settings.data, "bodies", _cell("bbg", "status", "slapend"))
    with pytest.raises(InvalidInputError, match="slapend"):
        build(settings)
    assert {p.name: p.read_bytes() for p in settings.data.processed.iterdir()} == before


def test_a_file_date_is_written_as_the_register_files_write_it():
    assert file_date(pd.Timestamp("2019-01-05")) == "2019-01-05"
