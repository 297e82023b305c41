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


def test_what_if_table_shows_the_scenario_beside_the_register_and_the_difference():
    scenario = funding.what_if(MUNICIPALITIES, 0.075, 1.5)
    table = funding.what_if_table(asked(REAL, 2020), BUDGET, scenario)
    assert list(table.columns) == [
        "Onderdeel", "Register 2020", "Rekenvoorbeeld", "Verschil met het register",
    ]  # fmt: skip
    assert table.set_index("Onderdeel").T.to_dict("list") == {
        "Bijdrage per inwoner": [f"€{NBSP}0,07", f"€{NBSP}0,075", f"+ €{NBSP}0,005"],
        "Groei van het aantal inwoners": ["0%", "+1,5%", "+1,5%"],
        "Inwoners": ["101.892", "103.421", "+ 1.529"],
        "Gevraagde bijdragen": [f"€{NBSP}7.132,44", f"€{NBSP}7.756,58", f"+ €{NBSP}624,14"],
        "Begroting van het netwerk": [f"€{NBSP}7.500,00", f"€{NBSP}7.500,00", f"€{NBSP}0,00"],
        "Verschil met de begroting": [
            f"− €{NBSP}367,56", f"+ €{NBSP}256,58", f"+ €{NBSP}624,14",
        ],
    }  # fmt: skip
    assert (
        key_figures.key_figures(asked(REAL, 2020), BUDGET).expected == f"€{NBSP}7.132,44"
    )  # unchanged


def test_what_if_of_a_district_compares_its_own_register_rows_and_share_of_the_budget():
    choice = funding.Choice(2020, 80, -20)  # € 0,08, −2,0%
    ijsselland = frozenset({"GM0001", "GM0002"})
    table = funding.place_table(REAL, MUNICIPALITIES, BUDGET, ijsselland, choice)
    rows = table.set_index("Onderdeel").T.to_dict("list")
    # Register: 1.655 + 237 inhabitants, € 115,85 + € 16,59 asked, of a budget of € 7.500.
    # What-if: 1.622 + 232 = 1.854 inhabitants × € 0,08 = € 129,76 + € 18,56 = € 148,32.
    assert rows["Inwoners"] == ["1.892", "1.854", "− 38"]
    assert rows["Gevraagde bijdragen"] == [
        f"€{NBSP}132,44", f"€{NBSP}148,32", f"+ €{NBSP}15,88",
    ]  # fmt: skip
    assert rows["Aandeel in de begroting"] == ["1,8%", "2,0%", "+ 0,2 procentpunt"]
    assert "Verschil met de begroting" not in rows
    assert rows["Bijdrage per inwoner"][2] == f"+ €{NBSP}0,01"
    assert rows["Groei van het aantal inwoners"] == ["0%", "−2,0%", "−2,0%"]
    whole = funding.place_table(
        REAL, MUNICIPALITIES, BUDGET, frozenset(MUNICIPALITIES["municipality_code"]), choice
    )
    assert "Verschil met de begroting" in whole["Onderdeel"].tolist()


def test_a_choice_differs_from_the_register_unless_it_is_the_own_rate_without_growth():
    asked_2020 = asked(REAL, 2020)
    assert not funding.Choice(2020, 70, 0).differs_from(asked_2020)
    assert funding.Choice(2020, 75, 0).differs_from(asked_2020)
    assert funding.Choice(2020, 70, 5).differs_from(asked_2020)


def test_what_if_steps_and_labels():
    assert funding.rate_step(0.07) == 70
    assert 72 in funding.rate_steps(0.072) and funding.rate_steps(0.07).count(70) == 1
    assert [funding.step_rate_label(s) for s in (70, 75, 100)] == [
        f"€{NBSP}0,07", f"€{NBSP}0,075", f"€{NBSP}0,10",
    ]  # fmt: skip
    assert [funding.step_growth_label(s) for s in (-20, 0, 15)] == ["−2,0%", "0%", "+1,5%"]
