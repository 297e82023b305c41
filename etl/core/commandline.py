"""argparse in Dutch, for every command line of the project (`python -m etl`, the factsheet).

argparse writes its own words in English ("usage:", "options", "show this help message and
exit", its error messages). This parser writes the headings and the help option in Dutch and
says every error argparse can raise again in Dutch, with exit code 2 as argparse does.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

USAGE = "gebruik: "
POSITIONALS = "argumenten"
OPTIONALS = "opties"
HELP = "deze hulp tonen en stoppen"
ERROR = "{prog}: fout: {message}\n"

# argparse's English message (as a pattern) → the Dutch one, with the same groups.
MESSAGES = (
    (r"invalid choice: (.*) \(choose from (.*)\)", "ongeldige keuze: {0} (kies uit {1})"),
    (r"the following arguments are required: (.*)", "dit ontbreekt nog: {0}"),
    (r"unrecognized arguments: (.*)", "onbekende argumenten: {0}"),
    (r"expected one argument", "hier hoort één waarde bij"),
    (r"expected at least one argument", "hier hoort minstens één waarde bij"),
    (r"expected at most one argument", "hier hoort hoogstens één waarde bij"),
    (r"expected (\d+) arguments?", "hier horen {0} waarden bij"),
    (r"invalid (\w+) value: (.*)", "ongeldige waarde {1} (verwacht: {0})"),
    (r"not allowed with argument (.*)", "niet samen met {0}"),
    (r"one of the arguments (.*) is required", "kies een van {0}"),
    (r"ambiguous option: (\S+) could match (.*)", "{0} kan meer betekenen: {1}"),
    (r"argument (\S+): (.*)", "argument {0}: {1}"),
)


TYPE_NAMES = {"int": "een geheel getal", "float": "een getal"}


def dutch_message(message: str) -> str:
    """An argparse error message in Dutch; one it does not know stays as it is."""
    if message in TYPE_NAMES:
        return TYPE_NAMES[message]
    for pattern, dutch in MESSAGES:
        if match := re.fullmatch(pattern, message):
            return dutch.format(*(dutch_message(group) for group in match.groups()))
    return message


class DutchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Dutch; its subcommands are Dutch too."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:
        kwargs.setdefault("formatter_class", DutchFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = POSITIONALS
        self._optionals.title = OPTIONALS
        if add_help:
            self.add_argument("-h", "--help", action="help", help=HELP)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, ERROR.format(prog=self.prog, message=dutch_message(message)))
