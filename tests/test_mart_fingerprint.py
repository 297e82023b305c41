"""Marts checked once, in the build: the reader trusts a mart whose contract fingerprint and file
hash match the manifest, and checks every other one with pandera, with the same Dutch message."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from dashboard.marts import DataUnavailableError, read_marts
from etl.contract import stamp
from etl.contract.fingerprint import is_intact, mart_identity, schema_fingerprint
from etl.contract.governance import BodiesTable, ThemesTable
from etl.contract.registry import MART_SCHEMAS
from etl.core import store

from .conftest import REPO


@pytest.fixture
def folder(built_root, tmp_path):
    """A copy of a build's marts, free to tamper with."""
    copy = tmp_path / "processed"
    shutil.copytree(built_root.processed, copy)
    return copy


@pytest.fixture
def checked(monkeypatch):
    """The names of the marts the reader checks with pandera, in order."""
    names: list[str] = []
    for name, schema in MART_SCHEMAS.items():
        validate = schema.validate

        def counting(frame, *args, _name=name, _validate=validate, **kwargs):
            names.append(_name)
            return _validate(frame, *args, **kwargs)

        monkeypatch.setattr(schema, "validate", counting)
    return names


def _manifest(folder):
    return json.loads((folder / store.MANIFEST).read_text(encoding="utf-8"))


def _write_manifest(folder, manifest) -> None:
    (folder / store.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_the_build_records_every_marts_contract_and_file(folder):
    recorded = _manifest(folder)["marts"]
    assert list(recorded) == list(MART_SCHEMAS)
    for name, schema in MART_SCHEMAS.items():
        content = (folder / f"{name}.parquet").read_bytes()
        assert recorded[name] == mart_identity(schema, content)


def test_marts_of_this_build_are_read_unchecked_and_as_a_check_gives_them(folder, checked):
    marts = read_marts(folder)
    assert checked == []
    for name, schema in MART_SCHEMAS.items():
        frame = getattr(marts, name)
        pd.testing.assert_frame_equal(frame, schema.validate(frame.copy()), check_exact=True)
        assert type(frame) is type(schema.validate(frame.copy()))


def test_marts_of_an_older_build_without_fingerprints_are_all_checked(folder, checked):
    manifest = _manifest(folder)
    del manifest["marts"]
    _write_manifest(folder, manifest)
    read_marts(folder)
    assert checked == list(MART_SCHEMAS)


def test_a_changed_contract_checks_that_mart_again(folder, checked):
    manifest = _manifest(folder)
    manifest["contract"] = "de code van een ander contract"
    manifest["marts"]["themes"]["schema"] = schema_fingerprint(BodiesTable)
    _write_manifest(folder, manifest)
    read_marts(folder)
    assert checked == ["themes"]


def test_another_contract_code_falls_back_on_each_marts_fingerprint(folder, checked):
    manifest = _manifest(folder)
    manifest["contract"] = "de code van een ander contract"  # its schemas declared alike
    _write_manifest(folder, manifest)
    read_marts(folder)
    assert checked == []


def test_this_builds_marts_are_read_without_importing_pandera(folder):
    script = (
        "import sys; from pathlib import Path; from dashboard.marts import read_marts;"
        f"marts = read_marts(Path({str(folder)!r}));"
        "print(len(marts.bodies), 'pandera' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert run.stdout.split() == [str(len(read_marts(folder).bodies)), "False"]


def test_the_stamp_is_the_contracts_code_and_the_checking_libraries(tmp_path, monkeypatch):
    copy = tmp_path / "contract"
    shutil.copytree(stamp.CONTRACT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    stamps = []
    for change in (None, "vocabulary.py", "nieuw.py"):
        if change:
            with (copy / change).open("a", encoding="utf-8") as module:
                module.write("# een wijziging\n")
        monkeypatch.setattr(stamp, "CONTRACT", copy)
        stamp.contract_stamp.cache_clear()
        stamps.append(stamp.contract_stamp())
    monkeypatch.setattr(stamp, "version", lambda library: "0.0")
    stamp.contract_stamp.cache_clear()
    stamps.append(stamp.contract_stamp())
    monkeypatch.undo()
    stamp.contract_stamp.cache_clear()
    assert stamps[0] == stamp.contract_stamp()  # a copy of the same code: the same stamp
    assert len(set(stamps)) == 4


@pytest.mark.parametrize(
    "library", ["pandera", "pandas", "geopandas", "numpy", "pyarrow", "shapely"]
)
def test_another_version_of_any_library_that_decides_a_check_changes_the_stamp(
    monkeypatch, library
):
    own = stamp.contract_stamp()
    real = stamp.version
    monkeypatch.setattr(stamp, "version", lambda name: "99.0" if name == library else real(name))
    stamp.contract_stamp.cache_clear()
    try:
        assert stamp.contract_stamp() != own
    finally:
        monkeypatch.undo()
        stamp.contract_stamp.cache_clear()


def test_a_tampered_mart_is_still_refused_with_the_dutch_message(folder, checked):
    path = folder / "bodies.parquet"
    bodies = pd.read_parquet(path)
    bodies.loc[0, "body_type"] = "geheim genootschap"
    bodies.to_parquet(path, index=False)
    with pytest.raises(DataUnavailableError) as caught:
        read_marts(folder)
    assert str(caught.value) == (
        f"Tabel 'bodies' in {folder} voldoet niet aan het gegevenscontract (SchemaError). "
        "Bouw de gegevens opnieuw met `make data`."
    )
    assert checked == ["bodies"]


def test_same_size_other_bytes_is_not_trusted():
    content = store.parquet_bytes(pd.DataFrame({"theme_id": ["a"]}))
    recorded = mart_identity(ThemesTable, content)
    assert is_intact(recorded, ThemesTable, content)
    changed = content[:-9] + bytes([content[-9] ^ 1]) + content[-8:]
    assert len(changed) == len(content)
    assert not is_intact(recorded, ThemesTable, changed)
    assert not is_intact(recorded, BodiesTable, content)
    assert not is_intact(None, ThemesTable, content)


def test_fingerprints_differ_between_contracts_and_are_stable():
    prints = {schema_fingerprint(schema) for schema in MART_SCHEMAS.values()}
    assert len(prints) == len(MART_SCHEMAS)
    assert schema_fingerprint(ThemesTable) == schema_fingerprint(ThemesTable)


def test_fingerprints_are_made_without_parsing_the_contracts(monkeypatch):
    # inspect finds a class's source by parsing its whole module: ~0,1 s for the marts, on every
    # server start (issue 13). The module's text is hashed instead.
    import inspect

    parsed = []
    real_parse = inspect.ast.parse

    def parse(source, *args, **kwargs):
        parsed.append(len(source))
        return real_parse(source, *args, **kwargs)

    before = {name: schema_fingerprint(schema) for name, schema in MART_SCHEMAS.items()}
    schema_fingerprint.cache_clear()
    monkeypatch.setattr(inspect.ast, "parse", parse)
    try:
        again = {name: schema_fingerprint(schema) for name, schema in MART_SCHEMAS.items()}
    finally:
        monkeypatch.undo()
        schema_fingerprint.cache_clear()
    assert parsed == [] and again == before


def test_the_marts_read_are_the_contracts_marts_geo_ones_with_geopandas():
    from dashboard.marts import geo_mart_names, mart_names
    from etl.contract.registry import GEO_MARTS

    assert mart_names() == list(MART_SCHEMAS)
    assert geo_mart_names() == GEO_MARTS
