"""Issue 14, the truth audit: every value of every shipped register row comes from the seed (the
Q&A of May 2019), the CBS reference data or the public reference on the pilots (with the web
addresses and dates it gives), or is empty or `onbekend`.

The audited facts and their quotes are in `tests/seed_audit.py`. A register value that the audit
does not list fails here; so does a quote that is not in its source, a value that is not in its
quote without a `why`, and a `bron` that lacks an address of a public fact of its row (or names an
address that no public fact of its row comes from).
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
SHARED = REPO.parent / "shared"  # the project's shared folder, beside the checkout
SEED_DIR = SHARED / "seed"
PUBLIC_REFERENCE = SHARED / "reference" / "pilots_public_facts.md"
ADDRESS = re.compile(r"https?://[^\s;]+")
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


def _shared_text(files: list[Path], what: str, where: Path) -> str:
    if not files:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{what} ontbreekt in {where}")
        pytest.skip(f"{what} staat niet in {where}")
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


@pytest.fixture(scope="module")
def seed() -> str:
    files = sorted(SEED_DIR.glob("*.txt"))
    return _norm(_shared_text(files, "de seed (Q&A mei 2019)", SEED_DIR))


def public_sections(text: str) -> dict[str, tuple[str, ...]]:
    """The reference's sections ('## ...') as normalised text -> the citations of its sources:
    each address, with ' (jjjj-mm)' where the reference gives its month."""
    sections = {}
    for part in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        cited = re.findall(r"(https?://[^\s;]+)(\s*\(\d{4}-\d{2}\))?", part)
        sections[_norm(part)] = tuple(f"{url} {month.strip()}".strip() for url, month in cited)
    return sections


@pytest.fixture(scope="module")
def public() -> dict[str, tuple[str, ...]]:
    files = [PUBLIC_REFERENCE] if PUBLIC_REFERENCE.is_file() else []
    return public_sections(_shared_text(files, "de publieke referentie", PUBLIC_REFERENCE))


def citations(fact: audit.Fact, public: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """What a `bron` must cite for a public fact: the sources of the section holding its quote."""
    quote = _norm(fact.quote)
    return next((cited for section, cited in public.items() if quote in section), ())


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
    key = audit.ROW_KEY.get(register, ())
    return " ".join(row[column] for column in key)


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


def problems(registers: dict[str, pd.DataFrame], public: dict[str, tuple[str, ...]]) -> list[str]:
    """Every value of every row that the audit does not vouch for, as 'file row column: value',
    and every `bron` that does not cite exactly the public sources of its row's facts."""
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
            wanted = {c for fact in public_facts(register, row) for c in citations(fact, public)}
            found += [f"{place} kolom bron: {x}" for x in _source_problems(row["bron"], wanted)]
    return found


def _rule_key(register: str, column: str, value: str, name: str) -> str:
    return f"{name}: {value}" if (register, column) in audit.ROW_SCOPED else value


def public_facts(register: str, row: pd.Series) -> list[audit.Fact]:
    """The public facts a row holds: its audited public values and what its free text restates."""
    name, rules = _row_name(register, row), audit.REGISTERS[register]
    facts = list(audit.NOTES.get(register, {}).get(name, ()))
    for column, value in _cells(register, row):
        rule = rules[column]
        key = _rule_key(register, column, value, name)
        fact = rule.get(key) if isinstance(rule, dict) else None
        if fact is not None and fact.source == audit.PUBLIC:
            facts.append(fact)
    return facts


def _source_problems(source: str, wanted: set[str]) -> list[str]:
    """A `bron` cites each wanted source as the reference writes it, and no other address."""
    addresses = {citation.split(" ")[0] for citation in wanted}
    stray = [f"{a} (geen feit van deze rij komt daarvandaan)" for a in ADDRESS.findall(source)
             if a not in addresses]  # fmt: skip
    if re.search(r"(?<!//)www\.", source):
        stray.append("een adres zonder https://")
    return stray + [f"mist {citation}" for citation in sorted(wanted) if citation not in source]


def _vouched(register, column, value, rules, name, reference) -> bool:
    rule = rules[column]
    if value in ("", UNKNOWN) or rule in (audit.KEY, audit.FREE, audit.SOURCE):
        return True  # free text and sources have tests of their own below
    if rule == audit.EMPTY:
        return False
    if rule == audit.REFERENCE:
        return value in reference.get(f"{register}.{column}", reference[column])
    return _rule_key(register, column, value, name) in rule


def test_every_shipped_value_is_in_a_source_empty_or_onbekend(public):
    assert problems(read_registers(), public) == []


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


def _public_notes():
    for register, rows in audit.NOTES.items():
        for name, facts in rows.items():
            yield from ((f"{register}.toelichting", name, fact) for fact in facts)


def unquoted(seed: str, public: dict[str, tuple[str, ...]]) -> list[tuple[str, str, str]]:
    """Every audited fact whose quote is not in its source (the seed or the public reference)."""
    missing = []
    for where, key, fact in [*_all_facts(), *_public_notes()]:
        if fact.source == audit.PUBLIC:
            found = any(_norm(fact.quote) in section for section in public)
        else:
            found = fact.source == audit.SEED and _norm(fact.quote) in seed
        if not found:
            missing.append((where, key, fact.source))
    return missing


def test_every_quote_is_in_its_source(seed, public):
    assert unquoted(seed, public) == []


def test_a_public_quote_the_reference_lacks_is_caught(seed, public, monkeypatch):
    invented = audit.Fact("the pilot was made permanent in 2019", why="x", source=audit.PUBLIC)
    monkeypatch.setitem(audit.PILOTS, "status", {"geborgd": invented})
    assert unquoted(seed, public) == [("pilots.status", "geborgd", audit.PUBLIC)]


def test_a_public_fact_has_sources_and_a_quote_the_seed_lacks(seed, public):
    """The public reference cites its sources per section; a fact the seed holds quotes the seed."""
    facts = [fact for *_, fact in [*_all_facts(), *_public_notes()] if fact.source == audit.PUBLIC]
    assert facts
    assert all(citations(fact, public) for fact in facts)
    assert not [fact.quote for fact in facts if _norm(fact.quote) in seed]


def test_the_sources_of_the_public_reference_are_read_with_their_months():
    text = (
        "# T\n\n## A\n- What: x.\n- Sources: https://a.example/p ;\n  https://b.example/q.html "
        "(2018-12) ;\n  https://c.example/r/\n\n## B\n- Sources: https://d.example/ (2021-02)\n"
    )
    assert list(public_sections(text).values()) == [
        ("https://a.example/p", "https://b.example/q.html (2018-12)", "https://c.example/r/"),
        ("https://d.example/ (2021-02)",),
    ]


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


def test_every_row_with_restated_public_facts_is_shipped():
    registers = read_registers()
    for register, rows in audit.NOTES.items():
        shipped = {_row_name(register, row) for _, row in registers[register].iterrows()}
        assert set(rows) <= shipped, register


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


def test_every_row_names_the_seed_with_its_date():
    """Web addresses are checked in `problems`: only those of the row's public facts."""
    for register, table in read_registers().items():
        for number, source in table["bron"].items():
            assert source.startswith(audit.SEED_SOURCE), (register, number + 2)
            cited = re.findall(r"vraag ([\d, en]+)", source)
            numbers = {int(n) for group in cited for n in re.findall(r"\d+", group)}
            assert numbers <= set(QUESTIONS), (register, number + 2, numbers)


def test_free_text_holds_no_number_the_seed_lacks(seed):
    """Free text paraphrases the seed; an invented date, amount or count shows as a number."""
    known = _numbers(seed) | {str(n) for n in QUESTIONS}
    stray = []
    for register, table in read_registers().items():
        free = [column for column, rule in audit.REGISTERS[register].items() if rule == audit.FREE]
        for number, row in table.iterrows():
            quoted = {n for fact in public_facts(register, row) for n in _numbers(fact.quote)}
            for column in free:
                extra = _numbers(row[column]) - known - quoted
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
def test_the_audit_catches_each_fact_the_issue_found_invented(
    register, match, column, invented, public
):
    registers = read_registers()
    table = registers[register]
    key, value = match
    table.loc[table[key] == value, column] = invented
    assert problems(registers, public)


def test_the_audit_catches_a_reverse_relation_added_for_symmetry(public):
    registers = read_registers()
    relations = registers["relaties"]
    reverse = relations.iloc[[0]].assign(
        van="riec", naar="veiligheidsnetwerk", relatie="stemt af met"
    )
    registers["relaties"] = pd.concat([relations, reverse], ignore_index=True)
    assert problems(registers, public) == [
        f"relaties.csv rij {len(relations) + 2}: relatie 'riec stemt af met veiligheidsnetwerk' "
        "staat niet in de audit"
    ]


SKIPR = "https://www.skipr.nl/actueel/id36909-twentse-gemeenten-starten-streettriage-verwarde-personen.html"


def test_the_audit_catches_a_public_figure_whose_row_does_not_cite_the_reference(public):
    registers = read_registers()
    row = {"pilot": "street-triage", "indicator": "Meldingen", "waarde": "2200", "resultaat": "",
           "eenheid": "meldingen per jaar", "peildatum": "", "bron": audit.SEED_SOURCE}  # fmt: skip
    registers["pilot_resultaten"] = pd.DataFrame([row])
    found = problems(registers, public)
    assert found[0] == "pilot_resultaten.csv rij 2 kolom indicator: 'Meldingen'"
    assert f"pilot_resultaten.csv rij 2 kolom bron: mist {SKIPR} (2018-12)" in found
    assert len(found) == 4  # the indicator, and the three sources of Streettriage Twente


def test_the_audit_catches_a_public_source_without_its_month(public):
    registers = read_registers()
    pilots = registers["pilots"]
    pilots["bron"] = pilots["bron"].str.replace(f"{SKIPR} (2018-12)", SKIPR, regex=False)
    assert problems(registers, public) == [f"pilots.csv rij 2 kolom bron: mist {SKIPR} (2018-12)"]


def test_the_audit_catches_a_public_address_on_a_row_without_its_facts(public):
    registers = read_registers()
    bodies = registers["overleggen"]
    bodies.loc[bodies["id"] == "bbg", "bron"] += f"; {SKIPR} (2018-12)"
    row = bodies.index[bodies["id"] == "bbg"][0] + 2
    assert problems(registers, public) == [
        f"overleggen.csv rij {row} kolom bron: {SKIPR} (geen feit van deze rij komt daarvandaan)"
    ]


def test_the_audit_catches_a_public_fact_restated_on_a_row_the_notes_do_not_name(public):
    registers = read_registers()
    sites = registers["pilot_locaties"]
    origin = sites.index[sites["rol"] == "herkomst"][0]
    sites.loc[origin, "bron"] = sites.loc[sites["rol"] == "overnemer", "bron"].iloc[0]
    assert len(problems(registers, public)) == 3  # the Twente sources, on Deventer's row
