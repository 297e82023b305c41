"""The bodies module on tiny literal frames: filters, the card, tables and matrices."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.governance import bodies
from dashboard.texts import overleggen as texts

HOSTILE = "<img src=x onerror=alert(1)> **vet** [klik](javascript:x) $x$"

BODY_COLUMNS = (
    "body_id", "name", "body_type", "kind", "level", "district_code", "chair", "members", "role",
    "mandate_type", "mandate", "status", "maturity", "themes", "source",
)  # fmt: skip


def body(body_id, name, level="regionaal", **values) -> dict:
    row = dict.fromkeys(BODY_COLUMNS)
    row.update(body_id=body_id, name=name, level=level, body_type="werkgroep", members=[])
    row.update(themes=[], source=f"bron {body_id}")
    row.update(values)
    return row


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        [
            body("rvo", "Regionaal Veiligheidsoverleg (RVO)", body_type="bestuurlijk overleg",
                 kind="bestuurlijk", mandate_type="besluitvormend", status="actief",
                 themes=["ondermijning"]),
            body("bbg", "Bestuurlijke Begeleidingsgroep", kind="bestuurlijk",
                 chair="burgemeester van Enschede", members=["OM", "politie"],
                 status="actief", themes=["ondermijning", "cyber"]),
            body("coord", "Coördinator", body_type="functie", kind="ambtelijk", status=None),
            body("lst", "Landelijk Schakelteam", level="landelijk", status="opgeheven"),
            body("dvo-05", "DVO Twente", level="district", district_code="VR05", kind="bestuurlijk",
                 body_type="dvo", status="actief", maturity="goed werkend"),
            body("net-05", "Netwerk Twente", level="district", district_code="VR05",
                 body_type="districtsnetwerk", kind="ambtelijk", status="onbekend",
                 maturity="in ontwikkeling", themes=["cyber"]),
            body("net-04", "Netwerk IJsselland", level="district", district_code="VR04",
                 body_type="districtsnetwerk", kind="ambtelijk", status="actief"),
        ],
        columns=list(BODY_COLUMNS),
    )  # fmt: skip


@pytest.fixture
def relations() -> pd.DataFrame:
    rows = [
        ("rvo", "bbg", "geeft opdracht aan", "namens het RVO"),
        ("bbg", "rvo", "is vertegenwoordigd in", None),
        ("coord", "bbg", "ondersteunt", "bereidt voor"),
        ("net-05", "dvo-05", "ondersteunt", None),
        ("bbg", "elders", "stemt af met", None),
        ("bbg", "bbg", "stemt af met", None),
    ]
    return pd.DataFrame(
        [(*row, "bron") for row in rows],
        columns=["source_body_id", "target_body_id", "relation", "note", "source"],
    )


@pytest.fixture
def themes() -> pd.DataFrame:
    return pd.DataFrame(
        {"theme_id": ["ondermijning", "cyber"], "name": ["Ondermijning", "Cybercrime"]}
    )


@pytest.fixture
def districts() -> pd.DataFrame:
    return pd.DataFrame({"district_code": ["VR05", "VR04"], "name": ["Twente", "IJsselland"]})


def _ids(frame: pd.DataFrame) -> list[str]:
    return frame["body_id"].tolist()


def test_no_filter_keeps_every_body_ordered_by_level_district_and_name(frame):
    assert _ids(bodies.filter_bodies(frame)) == [
        "lst", "bbg", "coord", "rvo", "net-04", "dvo-05", "net-05",
    ]  # fmt: skip


def test_filter_by_level_district_theme_and_status(frame):
    assert _ids(bodies.filter_bodies(frame, levels=["district"])) == ["net-04", "dvo-05", "net-05"]
    assert _ids(bodies.filter_bodies(frame, districts=["VR05"])) == ["dvo-05", "net-05"]
    assert _ids(bodies.filter_bodies(frame, themes=["cyber"])) == ["bbg", "net-05"]
    assert _ids(bodies.filter_bodies(frame, statuses=["onbekend"])) == ["coord", "net-05"]
    assert _ids(bodies.filter_bodies(frame, ["regionaal"], [], ["ondermijning"], ["actief"])) == [
        "bbg", "rvo",
    ]  # fmt: skip
    assert bodies.filter_bodies(frame, levels=["lokaal"]).empty


def test_filters_offer_the_whole_vocabulary_with_dutch_labels(districts, themes):
    level, district, theme, status = bodies.filters(districts, themes)
    assert (level.param, district.param, theme.param, status.param) == (
        "niveau", "district", "thema", "status",
    )  # fmt: skip
    assert level.options == {
        "landelijk": "Landelijk", "regionaal": "Regionaal", "district": "District",
        "lokaal": "Lokaal",
    }  # fmt: skip
    assert district.options == {"VR04": "IJsselland", "VR05": "Twente"}
    assert theme.options == {"ondermijning": "Ondermijning", "cyber": "Cybercrime"}
    assert status.options["in oprichting"] == "In oprichting"
    assert level.label == texts.BODIES_FILTER_LEVEL


def test_relations_between_keeps_only_relations_inside_the_selection(frame, relations):
    inside = bodies.relations_between(frame, relations)
    assert len(inside) == 4  # not to an unknown body, not to itself
    regional = bodies.filter_bodies(frame, levels=["regionaal"])
    assert bodies.relations_between(regional, relations)["relation"].tolist() == [
        "geeft opdracht aan", "is vertegenwoordigd in", "ondersteunt",
    ]  # fmt: skip


def test_card_has_relations_in_and_out_with_names(frame, relations, themes, districts):
    card = bodies.body_card("bbg", frame, relations, themes, districts)
    assert card.chair == "burgemeester van Enschede"
    assert card.members == ["OM", "politie"]
    assert card.mandate_type == "onbekend"
    assert card.status == "Actief"
    assert card.maturity is None  # only district networks have one
    assert card.themes == ["Ondermijning", "Cybercrime"]
    assert card.source == "bron bbg"
    assert [(r.relation, r.other_name, r.note) for r in card.outgoing] == [
        ("is vertegenwoordigd in", "Regionaal Veiligheidsoverleg (RVO)", ""),
        ("stemt af met", "Bestuurlijke Begeleidingsgroep", ""),
        ("stemt af met", "elders", ""),
    ]
    assert [(r.other_name, r.relation) for r in card.incoming] == [
        ("Regionaal Veiligheidsoverleg (RVO)", "geeft opdracht aan"),
        ("Bestuurlijke Begeleidingsgroep", "stemt af met"),
        ("Coördinator", "ondersteunt"),
    ]


def test_card_of_a_district_network_shows_its_maturity(frame, relations, themes, districts):
    card = bodies.body_card("net-05", frame, relations, themes, districts)
    assert (card.district, card.maturity, card.level) == ("Twente", "In ontwikkeling", "District")
    assert card.chair == "onbekend"
    assert [(r.relation, r.other_name) for r in card.outgoing] == [("ondersteunt", "DVO Twente")]
    assert card.incoming == []


def test_card_markdown_shows_a_hostile_name_as_text(frame, relations, themes, districts):
    frame.loc[frame["body_id"] == "rvo", "name"] = HOSTILE
    card = bodies.body_card("bbg", frame, relations, themes, districts)
    text = bodies.card_markdown(card)
    assert "<img" not in text and "**vet**" not in text and "[klik]" not in text
    assert "$x$" not in text
    assert "&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;" in text
    assert "**Voorzitter:** burgemeester van Enschede" in text
    assert "**Type mandaat:** onbekend" in text
    none = bodies.markdown_text(texts.CARD_NO_RELATIONS)
    assert text.count(none) == 0
    lonely = bodies.card_markdown(bodies.body_card("lst", frame, relations, themes, districts))
    assert lonely.count(none) == 2


def test_body_table_has_dutch_headers_labels_and_lists(frame, themes, districts):
    table = bodies.body_table(frame, districts, themes)
    assert list(table.columns) == list(texts.BODY_COLUMNS.values())
    bbg = table.set_index("Code").loc["bbg"]
    assert bbg["Overleg"] == "Bestuurlijke Begeleidingsgroep"
    assert bbg["Thema's"] == ["Ondermijning", "Cybercrime"]
    assert bbg["Leden"] == ["OM", "politie"]
    assert (bbg["Type mandaat"], bbg["Volwassenheid"], bbg["District"]) == ("Onbekend", "", "")
    net = table.set_index("Code").loc["net-05"]
    assert (net["District"], net["Volwassenheid"], net["Niveau"]) == (
        "Twente", "In ontwikkeling", "District",
    )  # fmt: skip
    assert table.set_index("Code").loc["coord", "Status"] == "Onbekend"


def test_relation_table_names_both_ends(frame, relations):
    table = bodies.relation_table(frame, relations)
    assert list(table.columns) == ["Van", "Relatie", "Naar", "Toelichting", "Bron"]
    assert table.iloc[0].tolist() == [
        "Regionaal Veiligheidsoverleg (RVO)", "geeft opdracht aan",
        "Bestuurlijke Begeleidingsgroep", "namens het RVO", "bron",
    ]  # fmt: skip


def test_mandate_matrix_marks_the_type_or_onbekend(frame):
    matrix = bodies.mandate_matrix(frame).set_index("Overleg")
    assert list(matrix.columns) == [
        "Besluitvormend", "Adviserend", "Afstemmend", "Uitvoerend", "Informerend", "Onbekend",
    ]  # fmt: skip
    assert matrix.loc["Regionaal Veiligheidsoverleg (RVO)"].tolist() == ["✓", "", "", "", "", ""]
    assert matrix.loc["Coördinator"].tolist() == ["", "", "", "", "", "✓"]
    assert (matrix == "✓").sum(axis=1).eq(1).all()


def test_theme_matrix_marks_the_themes_by_name(frame, themes):
    matrix = bodies.theme_matrix(frame, themes).set_index("Overleg")
    assert list(matrix.columns) == ["Ondermijning", "Cybercrime"]
    assert matrix.loc["Bestuurlijke Begeleidingsgroep"].tolist() == ["✓", "✓"]
    assert matrix.loc["Netwerk Twente"].tolist() == ["", "✓"]
    assert matrix.loc["Coördinator"].tolist() == ["", ""]


def test_export_sheets_and_summary(frame, relations, themes, districts):
    shown = bodies.filter_bodies(frame, levels=["district"])
    sheets = bodies.export_sheets(shown, relations, districts, themes)
    assert list(sheets) == ["Overleggen", "Relaties", "Mandaten", "Thema's"]
    assert len(sheets["Overleggen"]) == 3 and len(sheets["Relaties"]) == 1
    assert bodies.summary(shown, frame, relations) == (
        "3 van de 7 overleggen getoond, met 1 onderlinge relaties."
    )


def test_body_in_the_url_is_checked(frame):
    assert bodies.chosen_body("bbg", frame) == ("bbg", None)
    assert bodies.chosen_body(None, frame) == (None, None)
    chosen, warning = bodies.chosen_body("<b>x</b>", frame)
    assert chosen is None and "'<b>x</b>'" in warning
    assert list(bodies.body_choices(frame))[:3] == ["bbg", "coord", "dvo-05"]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (None, None),
        ({"selection": {"points": []}}, None),
        ({"selection": {"points": [{"customdata": "bbg"}]}}, "bbg"),
        ({"selection": {"points": [{"customdata": ["rvo"]}]}}, "rvo"),
        ({"selection": {"points": [{"x": 0.5}, {"customdata": "lst"}]}}, "lst"),
    ],
)
def test_clicked_body_reads_the_node_of_a_click(event, expected):
    assert bodies.clicked_body(event) == expected
