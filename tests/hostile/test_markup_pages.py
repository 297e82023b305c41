"""Class 6: register text is text wherever it is shown. Every free-text field of every register
holds Markdown and HTML (a remote image, a link, bold, a tag, code); every page is rendered
(AppTest) and no element lets any of it through as markup."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from etl.build import build
from etl.contract.base import TEXT_LISTS_CHECK
from etl.core.errors import InvalidInputError
from etl.core.settings import DataRoot, Settings
from etl.reference.tables import load_reference
from etl.registers.catalogue import REGISTERS, load_registers
from etl.registers.spec import LIST, TEXT
from tests.conftest import MUNICIPALITY_BOUNDARIES, REPO

APP = str(REPO / "dashboard" / "navigation.py")
PAGES = sorted(path.name for path in (REPO / "pages").glob("*.py"))
PAYLOAD = "![b{n}](http://host.invalid/x.png) [l{n}](http://host.invalid/) **vet{n}** <b>h{n}</b>"
# What would show if any of it were read as markup (the escaped text never holds these).
LEAKS = ("](http://host.invalid", "**vet", "<b>h", "![b")


def _free_text_columns(spec) -> list[str]:
    """Columns of text a person types freely: no vocabulary, no code pattern."""
    columns = spec.schema.to_schema().columns
    return [
        spec.columns[name]
        for name, kind in spec.kinds.items()
        if kind in (TEXT, LIST) and _free(columns[name])
    ]


def _free(column) -> bool:
    free = ("str_length", TEXT_LISTS_CHECK)
    return all(str(check.name).startswith(free) for check in column.checks)


def _write_hostile(folder: Path, skip: set[tuple[str, str]]) -> None:
    seed = REPO / "data" / "register"
    for spec in REGISTERS.values():
        rows = list(csv.DictReader(io.StringIO((seed / spec.file).read_text(encoding="utf-8"))))
        for number, row in enumerate(rows):
            for header in _free_text_columns(spec):
                if (spec.file, header) not in skip:
                    row[header] = PAYLOAD.format(n=f"{number}{len(header)}")
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(spec.columns.values()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (folder / spec.file).write_text(out.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory) -> DataRoot:
    """Registers with the payload in every free-text cell the rules allow it in, built."""
    root = DataRoot(tmp_path_factory.mktemp("opmaak") / "data")
    shutil.copytree(REPO / "data" / "reference", root.reference)
    root.register.mkdir(parents=True)
    skip: set[tuple[str, str]] = set()
    for _ in range(5):  # a name the rules compare with the reference keeps its real value
        _write_hostile(root.register, skip)
        try:
            load_registers(root, load_reference(root.reference))
            break
        except InvalidInputError as err:
            skip |= {(p.file, p.column) for p in err.problems}
    build(Settings(root, MUNICIPALITY_BOUNDARIES, 2019, allow_download=False))
    return root


def _shown(app: AppTest) -> list[str]:
    texts = []
    for kind in ("markdown", "caption", "info", "warning", "success", "error", "title"):
        texts += [element.value for element in app.get(kind)]
    for kind in ("header", "subheader"):
        texts += [element.value for element in app.get(kind)]
    texts += [element.label for element in app.expander]
    texts += [f"{m.label} {m.value} {m.proto.help}" for m in app.metric]
    return texts


def _rendered(root: DataRoot, monkeypatch, page: str) -> list[str]:
    monkeypatch.setenv("VNON_DATA_DIR", str(root.root))
    app = AppTest.from_file(APP, default_timeout=90)
    app.switch_page(f"../pages/{page}")
    app.run()
    assert not app.exception
    return _shown(app)


@pytest.mark.parametrize("page", PAGES)
def test_no_register_text_reaches_a_page_as_markup(hostile_root, monkeypatch, page):
    for text in _rendered(hostile_root, monkeypatch, page):
        assert not any(leak in text for leak in LEAKS), (page, text)


@pytest.mark.parametrize("page", ["financiering.py", "profiel.py", "themas.py", "pilots.py"])
def test_the_payload_is_shown_as_text(hostile_root, monkeypatch, page):
    shown = " ".join(_rendered(hostile_root, monkeypatch, page))
    assert "&#42;&#42;vet" in shown  # on Financiering: bron, partner, toelichting; escaped
