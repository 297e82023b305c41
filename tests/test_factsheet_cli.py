"""`python -m dashboard.factsheet`: Dutch help and errors, exit code 2 and no file for a bad
call, one factsheet per call, and all 82 with --alle."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.factsheet import cli, run
from tests import factsheet_pdf
from tests.conftest import REPO

ENGLISH = (
    "usage:",
    "error:",
    "argument -",
    "arguments",
    "expected",
    "unrecognized",
    "Traceback",
    "options:",
)


def _call(args: list[str], root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "VNON_DATA_DIR": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "dashboard.factsheet", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=300,
    )


def test_one_district_from_the_command_line(built_root, tmp_path) -> None:
    out = tmp_path / "twente.pdf"
    result = _call(["--district", "VR05", "--out", str(out)], built_root.root)
    assert result.returncode == 0, result.stderr
    assert "Factsheet geschreven" in result.stdout
    sheet = factsheet_pdf.read(out.read_bytes())
    assert sheet.pages <= 2 and "€ 44.049,88" in sheet.text


def test_a_factsheet_with_a_what_if_from_the_command_line(built_root, tmp_path) -> None:
    out = tmp_path / "twente.pdf"
    args = ["--district", "VR05", "--out", str(out), "--wat-als", "2021", "--tarief", "0,08"]
    code, _, err = _run_in_process([*args, "--groei", "-2"], built_root.root)
    assert code == 0, err
    text = factsheet_pdf.read(out.read_bytes()).text
    assert "REKENVOORBEELD — GEEN REGISTERCIJFERS" in text and "Wat als? Twente, 2021" in text
    assert "€ 0,08 per inwoner en −2,0% inwoners" in text
    assert "€ 44.049,88" in text  # the register's figure stays on the sheet


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["--district", "VR99", "--out", "{tmp}/x.pdf"], "onbekend district 'VR99'"),
        (["--gemeente", "GM9999", "--out", "{tmp}/x.pdf"], "onbekende gemeente 'GM9999'"),
        (["--district", "VR05", "--out", "{tmp}/geen/map/x.pdf"], "de map bestaat niet"),
        (["--district", "VR05", "--out", "{tmp}"], "dat is een map"),
        (["--district", "VR05"], "geef met --out aan"),
        (["--district", "VR05", "--regio", "--out", "{tmp}/x.pdf"], "kies precies één"),
        (["--alle", "{tmp}", "--out", "{tmp}/x.pdf"], "--out hoort niet bij --alle"),
        (["--district"], "optie --district verwacht een waarde"),
        (["--wat", "--out", "{tmp}/x.pdf"], "onbekende argumenten: --wat"),
        ([], "kies precies één"),
        (["--district", "VR05", "--out", "{tmp}/x.pdf", "--tarief", "0,08"], "horen bij --wat-als"),
        (["--alle", "{tmp}", "--wat-als", "2021"], "--wat-als hoort bij één factsheet"),
        (["--regio", "--out", "{tmp}/x.pdf", "--wat-als", "2031"], "geen bijdragen voor jaar"),
        (["--regio", "--out", "{tmp}/x.pdf", "--wat-als", "2021", "--tarief", "0,0825"],
         "tarief '0,0825' kan niet: geef een bedrag in euro van 0,03 tot en met 0,15"),
        (["--regio", "--out", "{tmp}/x.pdf", "--wat-als", "2021", "--tarief", "acht"],
         "tarief 'acht' kan niet"),
        (["--regio", "--out", "{tmp}/x.pdf", "--wat-als", "2021", "--groei", "20"],
         "groei '20' kan niet: geef een percentage van -5 tot en met 10"),
        (["--regio", "--out", "{tmp}/x.pdf", "--wat-als", "2021", "--groei", "1,55"],
         "groei '1,55' kan niet"),
    ],
)  # fmt: skip
def test_a_bad_call_is_said_in_dutch_with_exit_code_2(built_root, tmp_path, args, dutch) -> None:
    result = _run_in_process([arg.format(tmp=tmp_path) for arg in args], built_root.root)
    assert result == (2, "", result[2])
    assert dutch in result[2]
    assert result[2].startswith("fout: ")
    assert not any(word in result[2] for word in ENGLISH)
    assert list(tmp_path.iterdir()) == []  # nothing written, no folder made


def _run_in_process(args: list[str], root: Path) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    old = os.environ.get("VNON_DATA_DIR")
    os.environ["VNON_DATA_DIR"] = str(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run.main(args)
    finally:
        if old is None:
            os.environ.pop("VNON_DATA_DIR")
        else:
            os.environ["VNON_DATA_DIR"] = old
    return code, out.getvalue(), err.getvalue()


def test_a_bad_code_from_the_shell_exits_2_without_a_traceback(built_root, tmp_path) -> None:
    result = _call(["--gemeente", "GM9999", "--out", str(tmp_path / "x.pdf")], built_root.root)
    assert result.returncode == 2
    assert "onbekende gemeente 'GM9999'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_help_is_dutch() -> None:
    text = cli.help_text()
    assert text.startswith("gebruik: python -m dashboard.factsheet")
    for flag in ("--district CODE", "--gemeente CODE", "--regio", "--alle MAP", "--out BESTAND"):
        assert flag in text
    assert not any(word in text for word in ENGLISH)
    code, out, err = _run_in_process(["--help"], Path("/nonexistent"))  # needs no data
    assert (code, err) == (0, "") and out.strip() == text


def test_no_data_is_said_in_dutch(tmp_path) -> None:
    code, _, err = _run_in_process(["--regio", "--out", str(tmp_path / "x.pdf")], tmp_path)
    assert code == 1
    assert "Er zijn nog geen gegevens gebouwd" in err
    assert not (tmp_path / "x.pdf").exists()


def test_all_factsheets(built_root, tmp_path) -> None:
    """The slow one: the region, five districts and 76 municipalities, readable names."""
    folder = tmp_path / "factsheets"
    code, out, err = _run_in_process(["--alle", str(folder)], built_root.root)
    assert (code, err) == (0, ""), err
    assert "82 factsheets geschreven" in out
    files = sorted(path.name for path in folder.iterdir())
    assert len(files) == 82
    assert {"oost-nederland.pdf", "twente.pdf", "apeldoorn.pdf", "gelderland-zuid.pdf"} <= set(
        files
    )
    apeldoorn = factsheet_pdf.read((folder / "apeldoorn.pdf").read_bytes())
    assert "€ 11.371,15" in apeldoorn.text and apeldoorn.pages <= 2
    assert all(factsheet_pdf.read((folder / name).read_bytes()).pages <= 2 for name in files)


def test_a_refused_write_is_said_in_dutch(built_root, tmp_path, monkeypatch) -> None:
    def refuse(path, content):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(run.atomic, "write_bytes", refuse)
    out = tmp_path / "x.pdf"
    code, _, err = _run_in_process(["--district", "VR05", "--out", str(out)], built_root.root)
    assert code == 2
    assert f"kan '{out}' niet schrijven: geen schrijfrechten" in err
    assert "Permission" not in err and not out.exists()
    assert run.reason(OSError(errno.EIO, "I/O error")) == f"systeemfout {errno.EIO}"
