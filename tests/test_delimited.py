"""CSV uploads: encodings and separators (etl.registers.delimited)."""

from __future__ import annotations

import pytest

from etl.registers.delimited import decode, separator
from etl.registers.reading import sniff


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("jaar;bedrag\n2020;café\n".encode(), "jaar;bedrag\n2020;café\n", "UTF-8"),
        ("\ufeffa;é\n".encode(), "a;é\n", "UTF-8"),
        ("a;é\n".encode("cp1252"), "a;é\n", "Windows-1252"),
        ("a\té\n".encode("utf-16"), "a\té\n", "UTF-16"),
    ],
)
def test_encodings(data, text, encoding):
    assert sniff("x.csv", data) == "csv"
    assert decode("x.csv", data) == (text, encoding)


def test_separator_from_excel_hint_or_header():
    assert separator("sep=,\na;b,c\n") == ("a;b,c\n", ",")
    assert separator("a\tb\tc\n1\t2\t3\n")[1] == "\t"
    assert separator("a;b;c\n")[1] == ";"
    assert separator("id\nx\n")[1] == ","
