"""The command lines speak Dutch: help, headings and every error argparse can give."""

from __future__ import annotations

import pytest

from etl.__main__ import main
from etl.core.commandline import DutchArgumentParser, dutch_message

ENGLISH = ("usage", "options", "positional arguments", "show this help", "error:", "invalid",
           "required", "unrecognized", "expected", "choose from")  # fmt: skip


def _english(text: str) -> list[str]:
    return [word for word in ENGLISH if word in text.lower()]


def test_the_etl_help_is_dutch(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["--help"])
    shown = capsys.readouterr().out
    assert ended.value.code == 0
    assert shown.startswith("gebruik: python -m etl") and "opties:" in shown
    assert "deze hulp tonen en stoppen" in shown and not _english(shown)


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["bogus"], "ongeldige keuze: 'bogus' (kies uit 'build'"),
        (["import"], "dit ontbreekt nog: BESTAND"),
        (["demo", "--seed", "x"], "ongeldige waarde 'x' (verwacht: een geheel getal)"),
        (["build", "--extra"], "onbekende argumenten: --extra"),
    ],
)
def test_every_wrong_call_is_answered_in_dutch_with_exit_code_2(argv, dutch, capsys):
    with pytest.raises(SystemExit) as ended:
        main(argv)
    said = capsys.readouterr().err
    assert ended.value.code == 2
    assert dutch in said and "fout:" in said and not _english(said)


def test_a_message_argparse_may_give_is_translated_and_an_unknown_one_kept():
    assert dutch_message("expected one argument") == "hier hoort één waarde bij"
    assert dutch_message("argument --out: expected one argument") == (
        "argument --out: hier hoort één waarde bij"
    )
    assert dutch_message("iets anders") == "iets anders"


def test_subcommands_get_a_dutch_help_option():
    parser = DutchArgumentParser(prog="p")
    sub = parser.add_subparsers(dest="verb").add_parser("x", help="iets")
    assert "deze hulp tonen en stoppen" in sub.format_help()
    assert sub.format_usage().startswith("gebruik: ")
