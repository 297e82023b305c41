"""The bodies as tables on tiny literal frames: the body table, relations, matrices, workbook."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.governance import bodies, body_tables
from dashboard.texts import overleggen as texts

from . import body_samples


@pytest.fixture
def frame() -> pd.DataFrame:
    return body_samples.bodies()


def test_body_table_has_dutch_headers_labels_and_lists(frame):
    table = body_tables.body_table(frame, body_samples.districts(), body_samples.themes())
    assert list(table.columns) == list(texts.BODY_COLUMNS.values())
    bbg = table.set_index("Code").loc["bbg"]
    assert bbg["Overleg"] == "Bestuurlijke Begeleidingsgroep"
    assert bbg["Thema's"] == ["Ondermijning", "Cybercrime"]
    assert bbg["Leden"] == ["OM", "politie"]
    assert (bbg["Type mandaat"], bbg["Volwassenheid"]) == ("Onbekend", "")
    assert bbg["District"] == "hele regio"  # a regional body is marked as such
    net = table.set_index("Code").loc["net-05"]
    assert (net["District"], net["Volwassenheid"], net["Niveau"]) == (
        "Twente",
        "In ontwikkeling",
        "District",
    )
    assert table.set_index("Code").loc["coord", "Status"] == "Onbekend"
    assert table.set_index("Code").loc["net-04", "Volwassenheid"] == "Onbekend"
    assert table.set_index("Code").loc["rvo", "Soort"] == "Bestuurlijk overleg"


def test_relation_table_names_both_ends(frame):
    table = body_tables.relation_table(frame, body_samples.relations())
    assert list(table.columns) == ["Van", "Relatie", "Naar", "Toelichting", "Bron"]
    assert table.iloc[0].tolist() == [
        "Regionaal Veiligheidsoverleg (RVO)",
        "Geeft opdracht aan",
        "Bestuurlijke Begeleidingsgroep",
        "namens het RVO",
        "bron",
    ]


def test_mandate_matrix_marks_the_type_or_onbekend(frame):
    matrix = body_tables.mandate_matrix(frame).set_index("Overleg")
    assert list(matrix.columns) == [
        "Besluitvormend",
        "Adviserend",
        "Afstemmend",
        "Uitvoerend",
        "Informerend",
        "Onbekend",
    ]
    assert matrix.loc["Regionaal Veiligheidsoverleg (RVO)"].tolist() == ["✓", "", "", "", "", ""]
    assert matrix.loc["Coördinator"].tolist() == ["", "", "", "", "", "✓"]
    assert (matrix == "✓").sum(axis=1).eq(1).all()


def test_theme_matrix_marks_the_themes_by_name(frame):
    matrix = body_tables.theme_matrix(frame, body_samples.themes()).set_index("Overleg")
    assert list(matrix.columns) == ["Ondermijning", "Cybercrime"]
    assert matrix.loc["Bestuurlijke Begeleidingsgroep"].tolist() == ["✓", "✓"]
    assert matrix.loc["Netwerk Twente"].tolist() == ["", "✓"]
    assert matrix.loc["Coördinator"].tolist() == ["", ""]


def test_export_sheets_of_the_shown_bodies(frame):
    shown = bodies.filter_bodies(frame, levels=["district"])
    sheets = body_tables.export_sheets(
        shown, body_samples.relations(), body_samples.districts(), body_samples.themes()
    )
    assert list(sheets) == ["Overleggen", "Relaties", "Mandaten", "Thema's"]
    assert len(sheets["Overleggen"]) == 3 and len(sheets["Relaties"]) == 1
