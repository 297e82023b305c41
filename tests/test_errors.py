"""The Dutch report of rejected input: counted in Dutch, never 'fout(en)'."""

from etl.core.errors import InvalidInputError, Problem


def test_the_report_counts_one_error_and_several_errors_in_dutch():
    one = InvalidInputError([Problem("a.csv", "onbekende code")]).report()
    assert one.startswith("De invoer is afgekeurd: 1 fout. Er is niets gewijzigd.")
    two = InvalidInputError([Problem("a.csv", "x"), Problem("b.csv", "y")]).report()
    assert two.startswith("De invoer is afgekeurd: 2 fouten.") and "(en)" not in two
