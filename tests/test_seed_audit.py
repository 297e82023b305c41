"""Issue 14, the truth audit: every value of every shipped register row comes from the seed (the
Q&A of May 2019) or the CBS reference data, or is empty or `onbekend`.

The audited facts and their seed quotes are in `tests/seed_audit.py`. A register value that the
audit does not list fails here; so does a quote that is not in the seed, and a value that is not in
its quote without a `why`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from tests import seed_audit as audit

REPO = Path(__file__).resolve().parent.parent
REGISTER = REPO / "data" / "register"
REFERENCE = REPO / "data" / "reference"
SEED_DIR = REPO.parent / "shared" / "seed"  # the project's shared folder, beside the checkout
UNKNOWN = "onbekend"
QUESTIONS = range(1, 11)  # the Q&A answers ten questions


def _norm(text: str) -> str:
    """Spacing, case, quote marks and Dutch number notation aside (90.000 = 90000, 0,5 = 0.5)."""
    text = text.replace("’", "'").replace("‘", "'").casefold()
    text = re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", text)
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    text = re.sub(r"(?<=\w)-\s+(?=\w)", "-", text)  # a word broken over two lines: Oost-/Nederland
    return re.sub(r"\s+", " ", text).strip()


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", _norm(text)))


@pytest.fixture(scope="module")
def seed() -> str:
    files = sorted(SEED_DIR.glob("*.txt"))
    if not files:
        if os.environ.get("CI") == "true":
            pytest.fail(f"de seed (Q&A mei 2019) ontbreekt in {SEED_DIR}")
        pytest.skip(f"de seed (Q&A mei 2019) staat niet in {SEED_DIR}")
    return _norm("\n".join(path.read_text(encoding="utf-8") for path in files))


def read_registers(folder: Path = REGISTER) -> dict[str, pd.DataFrame]:
    return {
        name: pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)
        for name in audit.REGISTERS
    }


def _reference():
    municipalities = pd.read_csv(REFERENCE / "gemeenten_oost_nederland_2019.csv", dtype=str)
    districts = pd.read_csv(REFERENCE / "districten.csv", dtype=str)
    return municipalities, districts


def _row_name(register: str, row: pd.Series) -> str:
    if register == "relaties":
        return f"{row['van']} {row['relatie']} {row['naar']}"
    key = audit.ROW_KEY.get(register)
    return row[key] if key else ""


def _cells(register: str, row: pd.Series):
    """(column, value) pairs to audit; a work-programme activity's two years are one period."""
    for column, value in row.items():
        if register == "werkprogramma" and column in ("startjaar", "eindjaar"):
            continue
        items = value.split("; ") if column in audit.LIST_COLUMNS and value else [value]
        for item in items:
            yield column, item
    if register == "werkprogramma":
        yield "periode", f"{row['startjaar']}-{row['eindjaar']}"


def _reference_values() -> dict[str, set[str]]:
    municipalities, districts = _reference()
    return {
        "gemeente_code": set(municipalities["gemeente_code"]),
        "gemeente": set(municipalities["gemeente_naam"]),
        "district": set(districts["district_code"]),
        "peildatum_inwoners": set(municipalities["inwoners_peildatum"]),
        "pilot_locaties.gemeente": set(municipalities["gemeente_code"]),
    }


def problems(registers: dict[str, pd.DataFrame]) -> list[str]:
    """Every value of every row that the audit does not vouch for, as 'file row column: value'."""
    found, reference = [], _reference_values()
    for register, table in registers.items():
        rules = audit.REGISTERS[register]
        for number, row in table.iterrows():
            name = _row_name(register, row)
            place = f"{register}.csv rij {number + 2}"
            if register == "relaties" and name not in audit.RELATIONS:
                found.append(f"{place}: relatie '{name}' staat niet in de audit")
            for column, value in _cells(register, row):
                if not _vouched(register, column, value, rules, name, reference):
                    found.append(f"{place} kolom {column}: {value!r}")
    return found


def _vouched(register, column, value, rules, name, reference) -> bool:
    rule = rules[column]
    if value in ("", UNKNOWN) or rule in (audit.KEY, audit.FREE, audit.SOURCE):
        return True  # free text and sources have tests of their own below
    if rule == audit.EMPTY:
        return False
    if rule == audit.REFERENCE:
        return value in reference.get(f"{register}.{column}", reference[column])
    key = f"{name}: {value}" if (register, column) in audit.ROW_SCOPED else value
    return key in rule


def test_every_shipped_value_is_in_the_seed_empty_or_onbekend():
    assert problems(read_registers()) == []


def test_every_register_column_has_one_audit_rule():
    for register, table in read_registers().items():
        columns = set(table.columns)
        if register == "werkprogramma":
            columns = columns - {"startjaar", "eindjaar"} | {"periode"}
        assert columns == set(audit.REGISTERS[register]), register


def _all_facts():
    for register, rules in audit.REGISTERS.items():
        for column, rule in rules.items():
            if isinstance(rule, dict):
                for key, fact in rule.items():
                    yield f"{register}.{column}", key, fact
    for key, fact in audit.RELATIONS.items():
        yield "relaties", key, fact
    for key, fact in audit.SITE_FACTS.items():
        yield "pilot_locaties.rol", key, fact


def test_every_quote_is_in_the_seed(seed):
    missing = [(where, key) for where, key, fact in _all_facts() if _norm(fact.quote) not in seed]
    assert missing == []


def test_a_fact_without_why_has_its_value_in_its_quote():
    wrong = []
    for where, key, fact in _all_facts():
        value = key.split(": ", 1)[-1] if ": " in key else key
        if where == "relaties" or fact.why:
            continue  # a relation (and a derived value) says how in its `why` or its row's note
        literal = _norm(value.replace("-", " ")) in _norm(fact.quote)  # an id: words with dashes
        if not literal and not (value[:1].isdigit() and _numbers(value) <= _numbers(fact.quote)):
            wrong.append((where, key))
    assert wrong == []


def test_every_audited_fact_is_still_shipped():
    """A fact the registers no longer hold is removed from the audit, so the list stays true."""
    registers, used = read_registers(), set()
    for register, table in registers.items():
        for _, row in table.iterrows():
            name = _row_name(register, row)
            used |= {(register, "", name)}
            for column, value in _cells(register, row):
                scoped = (register, column) in audit.ROW_SCOPED
                used.add((register, column, f"{name}: {value}" if scoped else value))
    stale = []
    for where, key, _ in _all_facts():
        register, _, column = where.partition(".")
        if where == "relaties":
            column = ""
        if (register, column, key) not in used:
            stale.append((where, key))
    assert stale == []


def test_every_row_names_the_seed_with_its_date_and_no_unread_address():
    for register, table in read_registers().items():
        for number, source in table["bron"].items():
            assert source.startswith(audit.SEED_SOURCE), (register, number + 2)
            assert "http" not in source and "www." not in source, (register, number + 2)
            cited = re.findall(r"vraag ([\d, en]+)", source)
            numbers = {int(n) for group in cited for n in re.findall(r"\d+", group)}
            assert numbers <= set(QUESTIONS), (register, number + 2, numbers)


def test_free_text_holds_no_number_the_seed_lacks(seed):
    """Free text paraphrases the seed; an invented date, amount or count shows as a number."""
    known = _numbers(seed) | {str(n) for n in QUESTIONS}
    stray = []
    for register, table in read_registers().items():
        for column, rule in audit.REGISTERS[register].items():
            if rule != audit.FREE:
                continue
            for number, text in table[column].items():
                extra = _numbers(text) - known
                if extra:
                    stray.append((register, number + 2, column, sorted(extra)))
    assert stray == []


def test_street_triage_goes_from_deventer_to_the_municipalities_of_twente():
    municipalities, districts = _reference()
    twente_name = districts.set_index("district_code").loc["VR05", "district_naam"]
    twente = set(municipalities.loc[municipalities["district"] == twente_name, "gemeente_code"])
    deventer = municipalities.set_index("gemeente_naam").loc["Deventer", "gemeente_code"]
    sites = read_registers()["pilot_locaties"]
    assert set(sites["rol"]) <= set(audit.SITE_FACTS)
    assert list(sites.loc[sites["rol"] == "herkomst", "gemeente"]) == [deventer]
    assert set(sites.loc[sites["rol"] == "overnemer", "gemeente"]) == twente
    assert len(twente) == 14


def test_municipality_codes_and_names_belong_together():
    municipalities, _ = _reference()
    names = dict(zip(municipalities["gemeente_code"], municipalities["gemeente_naam"], strict=True))
    contributions = read_registers()["bijdragen"]
    assert (contributions["gemeente_code"].map(names) == contributions["gemeente"]).all()


@pytest.mark.parametrize(
    ("register", "match", "column", "invented"),
    [
        ("overleggen", ("id", "rvo"), "mandaattype", "besluitvormend"),
        ("overleggen", ("id", "bbg"), "status", "actief"),
        ("overleggen", ("id", "bbg"), "themas", "ondermijning; hennep"),
        ("overleggen", ("id", "rvo"), "leden", "burgemeester van Enschede"),
        ("werkprogramma", ("id", "hennepconvenant"), "status", "gepland"),
        ("werkprogramma", ("id", "hennepconvenant"), "eindjaar", "2020"),
        ("pilots", ("id", "street-triage"), "status", "geborgd"),
        ("pilot_locaties", ("gemeente", "GM0153"), "sinds", "2019-01-01"),
        ("bijdragen", ("gemeente_code", "GM0153"), "status", "betaald"),
    ],
)
def test_the_audit_catches_each_fact_the_issue_found_invented(register, match, column, invented):
    registers = read_registers()
    table = registers[register]
    key, value = match
    table.loc[table[key] == value, column] = invented
    assert problems(registers)


def test_the_audit_catches_a_reverse_relation_added_for_symmetry():
    registers = read_registers()
    relations = registers["relaties"]
    reverse = relations.iloc[[0]].assign(
        van="riec", naar="veiligheidsnetwerk", relatie="stemt af met"
    )
    registers["relaties"] = pd.concat([relations, reverse], ignore_index=True)
    assert problems(registers) == [
        f"relaties.csv rij {len(relations) + 2}: relatie 'riec stemt af met veiligheidsnetwerk' "
        "staat niet in de audit"
    ]


def test_the_audit_catches_a_result_row_from_an_unread_web_page():
    registers = read_registers()
    row = {"pilot": "street-triage", "indicator": "Meldingen", "waarde": "2200", "resultaat": "",
           "eenheid": "meldingen per jaar", "peildatum": "", "bron": audit.SEED_SOURCE}  # fmt: skip
    registers["pilot_resultaten"] = pd.DataFrame([row])
    assert len(problems(registers)) == 4  # pilot, indicator, waarde, eenheid
