"""The what-if sum beside the register, its slider steps and labels."""

from __future__ import annotations

from dashboard.funding import key_figures
from dashboard.funding import what_if as funding

from .funding_samples import BUDGET, MUNICIPALITIES, NBSP, REAL, asked


def test_what_if_at_the_register_rate_gives_the_register_total():
    scenario = funding.what_if(MUNICIPALITIES, 0.07, 0)
    assert (scenario.inhabitants, scenario.expected_cents) == (101_892, 713_244)


def test_what_if_rounds_people_then_cents_half_up():
    # 1.655 × 1,015 = 1.679,825 → 1.680; 237 × 1,015 = 240,555 → 241; 100.000 → 101.500
    scenario = funding.what_if(MUNICIPALITIES, 0.075, 1.5)
    assert scenario.inhabitants == 1680 + 241 + 101_500
    # 1.680 × 0,075 = 126,00; 241 × 0,075 = 18,075 → 18,08; 101.500 × 0,075 = 7.612,50
    assert scenario.expected_cents == 12_600 + 1_808 + 761_250
    shrink = funding.what_if(MUNICIPALITIES, 0.07, -2)
    assert shrink.inhabitants == 1622 + 232 + 98_000


def test_what_if_table_shows_the_scenario_beside_the_register():
    scenario = funding.what_if(MUNICIPALITIES, 0.075, 1.5)
    table = funding.what_if_table(asked(REAL, 2020), BUDGET, scenario)
    assert list(table.columns) == ["Onderdeel", "Register 2020", "Rekenvoorbeeld"]
    assert table.set_index("Onderdeel").to_dict("index") == {
        "Bijdrage per inwoner": {
            "Register 2020": f"€{NBSP}0,07", "Rekenvoorbeeld": f"€{NBSP}0,075",
        },
        "Groei van het aantal inwoners": {"Register 2020": "0%", "Rekenvoorbeeld": "+1,5%"},
        "Inwoners": {"Register 2020": "101.892", "Rekenvoorbeeld": "103.421"},
        "Gevraagde bijdragen": {
            "Register 2020": f"€{NBSP}7.132,44", "Rekenvoorbeeld": f"€{NBSP}7.756,58",
        },
        "Begroting": {"Register 2020": f"€{NBSP}7.500,00", "Rekenvoorbeeld": f"€{NBSP}7.500,00"},
        "Verschil met de begroting": {
            "Register 2020": f"− €{NBSP}367,56", "Rekenvoorbeeld": f"+ €{NBSP}256,58",
        },
    }  # fmt: skip
    assert (
        key_figures.key_figures(asked(REAL, 2020), BUDGET).expected == f"€{NBSP}7.132,44"
    )  # unchanged


def test_what_if_steps_and_labels():
    assert funding.rate_step(0.07) == 70
    assert 72 in funding.rate_steps(0.072) and funding.rate_steps(0.07).count(70) == 1
    assert [funding.step_rate_label(s) for s in (70, 75, 100)] == [
        f"€{NBSP}0,07", f"€{NBSP}0,075", f"€{NBSP}0,10",
    ]  # fmt: skip
    assert [funding.step_growth_label(s) for s in (-20, 0, 15)] == ["−2,0%", "0%", "+1,5%"]
