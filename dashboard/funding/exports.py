"""Downloads of the contributions: the "bijdrageoverzicht" workbook and a CSV per year (pure).

Both carry the real registers only (DESIGN §2: exports never hold demo data). The workbook has
one row per municipality (district, inhabitants, reference date, rate, expected amount and
status per year), a total per district and for Oost-Nederland, Dutch number formats, and no
formulas: totals are computed here in cents and written as numbers, and text that a
spreadsheet would run (starting with =, +, -, @) is neutralised as in `etl.core.spreadsheet`.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
from babel.numbers import format_decimal

from dashboard.display import exports
from dashboard.texts import financiering as texts
from etl.core import dutch, spreadsheet
from etl.funding.amounts import cents, decimal
from etl.funding.marts import real_rows
from etl.reference.names import district_names

MONEY_FORMAT = '"€" #,##0.00'
RATE_FORMAT = '"€" #,##0.00##'
INTEGER_FORMAT = exports.INTEGER_FORMAT
DATE_FORMAT = exports.DATE_FORMAT


def _text(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return spreadsheet.cell_text(str(value))


# --- CSV ----------------------------------------------------------------------------------


def _csv_money(amount_cents) -> str | None:
    """12371.17 euro → '12371,17' (no thousands separator: a spreadsheet reads it as a number)."""
    if pd.isna(amount_cents):
        return None
    amount = int(amount_cents)
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount) // 100},{abs(amount) % 100:02d}"


def contributions_frame(contributions: pd.DataFrame, districts: pd.DataFrame, year: int):
    """The real contributions of `year`, one row per municipality, with Dutch headers."""
    rows = real_rows(contributions)
    rows = rows[rows["year"] == year].sort_values("name", key=lambda s: s.str.casefold())
    names = district_names(districts)
    columns = texts.FUNDING_CSV_COLUMNS
    return pd.DataFrame(
        {
            columns["name"]: rows["name"],
            columns["municipality_code"]: rows["municipality_code"],
            columns["district"]: rows["district_code"].map(names),
            columns["inhabitants"]: rows["inhabitants"].astype("int64"),
            columns["inhabitants_date"]: rows["inhabitants_date"],
            columns["rate_eur"]: rows["rate_eur"].map(
                lambda rate: format_decimal(decimal(rate), format="0.00##", locale=dutch.LOCALE)
            ),
            columns["expected_eur"]: cents(rows["expected_eur"]).map(_csv_money),
            columns["status"]: rows["status"],
            columns["paid_eur"]: cents(rows["paid_eur"]).map(_csv_money),
            columns["paid_on"]: rows["paid_on"],
            columns["note"]: rows["note"],
            columns["source"]: rows["source"],
        }
    ).reset_index(drop=True)


def contributions_csv(contributions: pd.DataFrame, districts: pd.DataFrame, year: int) -> bytes:
    """CSV in Dutch convention: ';', decimal comma, dates dd-mm-jjjj, UTF-8 with BOM."""
    return exports.csv_bytes(contributions_frame(contributions, districts, year))


# --- Excel --------------------------------------------------------------------------------


def overview_workbook(
    contributions: pd.DataFrame,
    districts: pd.DataFrame,
    budget_lines: pd.DataFrame,
    rates: pd.DataFrame,
    made_on: dt.date,
) -> bytes:
    """The bijdrageoverzicht: per municipality, per district, and how it was computed."""
    from openpyxl import Workbook  # on a click only: page runs never import openpyxl

    rows = real_rows(contributions)
    workbook = Workbook()
    overview = workbook.active
    overview.title = texts.FUNDING_SHEET_OVERVIEW
    years = sorted(int(year) for year in rows["year"].unique())
    per_year_rate = rows.groupby("municipality_code")["rate_eur"].nunique().max() > 1
    _overview_sheet(overview, rows, districts, years, bool(per_year_rate))
    _district_sheet(workbook.create_sheet(texts.FUNDING_SHEET_DISTRICTS), rows, districts, years)
    _notes_sheet(
        workbook.create_sheet(texts.FUNDING_SHEET_NOTES), rows, budget_lines, rates, made_on
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _wide(rows: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """One row per municipality; expected cents, status and rate per year as columns."""
    base = rows.drop_duplicates("municipality_code").set_index("municipality_code")
    wide = base[["name", "district_code", "inhabitants", "inhabitants_date"]].copy()
    for year in years:
        of_year = rows[rows["year"] == year].set_index("municipality_code")
        wide[("cents", year)] = cents(of_year["expected_eur"]).reindex(wide.index)
        wide[("status", year)] = of_year["status"].reindex(wide.index)
        wide[("rate", year)] = of_year["rate_eur"].reindex(wide.index)
    notes = rows.dropna(subset=["note"]).groupby("municipality_code")["note"]
    wide["note"] = notes.agg(lambda values: "; ".join(dict.fromkeys(values))).reindex(wide.index)
    return wide


def _overview_headers(years: list[int], rate_years: list[int], per_year_rate: bool) -> list:
    rate_headers = [
        texts.FUNDING_XLSX_RATE_YEAR.format(year=year) if per_year_rate else texts.FUNDING_XLSX_RATE
        for year in rate_years
    ]
    return [
        *texts.FUNDING_XLSX_LEADING,
        *rate_headers,
        *(texts.FUNDING_XLSX_EXPECTED.format(year=year) for year in years),
        *(texts.FUNDING_XLSX_STATUS.format(year=year) for year in years),
        texts.FUNDING_XLSX_NOTE,
    ]


def _municipality_values(code: str, row, district: str, years, rate_years) -> list:
    """One municipality's cells with their number formats, in the order of the headers."""
    return [
        (_text(row["name"]), None),
        (_text(code), None),
        (_text(district), None),
        (int(row["inhabitants"]), INTEGER_FORMAT),
        (row["inhabitants_date"].date(), DATE_FORMAT),
        *((_number(row[("rate", year)]), RATE_FORMAT) for year in rate_years),
        *((_euros(row[("cents", year)]), MONEY_FORMAT) for year in years),
        *((_text(row[("status", year)]), None) for year in years),
        (_text(row["note"]), None),
    ]


def _overview_sheet(sheet, rows, districts, years: list[int], per_year_rate: bool) -> None:
    """A row per municipality, grouped by district with a total each, and a grand total."""
    wide = _wide(rows, years)
    rate_years = years if per_year_rate else years[:1]
    headers = _overview_headers(years, rate_years, per_year_rate)
    sheet.append([_text(header) for header in headers])
    names = district_names(districts)
    grand = {"inhabitants": 0, **{year: 0 for year in years}}
    for code in sorted(wide["district_code"].unique()):
        members = wide[wide["district_code"] == code].sort_values(
            "name", key=lambda s: s.str.casefold()
        )
        district = names.get(code, code)
        for municipality_code, row in members.iterrows():
            _append(
                sheet, _municipality_values(municipality_code, row, district, years, rate_years)
            )
        subtotal = {year: int(members[("cents", year)].fillna(0).sum()) for year in years}
        inhabitants = int(members["inhabitants"].sum())
        label = texts.FUNDING_XLSX_DISTRICT_TOTAL.format(district=district)
        _append_total(sheet, label, inhabitants, subtotal, years, len(rate_years))
        grand["inhabitants"] += inhabitants
        for year in years:
            grand[year] += subtotal[year]
    grand_cents = {year: grand[year] for year in years}
    _append_total(
        sheet, texts.FUNDING_XLSX_TOTAL, grand["inhabitants"], grand_cents, years, len(rate_years)
    )
    _finish(sheet, widths={1: 24, 2: 10, 3: 26, 4: 12, 5: 12}, default=16, last=45)


def _append(sheet, values: list[tuple[object, str | None]], bold: bool = False) -> None:
    sheet.append([value for value, _ in values])
    for column, (_, number_format) in enumerate(values, start=1):
        cell = sheet.cell(row=sheet.max_row, column=column)
        if number_format:
            cell.number_format = number_format
        if bold:
            cell.font = _bold()


def _append_total(sheet, label: str, inhabitants: int, amounts, years, n_rates: int) -> None:
    values = [
        (_text(label), None),
        (None, None),
        (None, None),
        (inhabitants, INTEGER_FORMAT),
        (None, None),
        *((None, None) for _ in range(n_rates)),
        *((amounts[year] / 100, MONEY_FORMAT) for year in years),
    ]
    _append(sheet, values, bold=True)


def _district_sheet(sheet, rows: pd.DataFrame, districts: pd.DataFrame, years: list[int]) -> None:
    headers = [
        texts.FUNDING_COL_DISTRICT,
        texts.FUNDING_COL_MUNICIPALITIES,
        texts.FUNDING_COL_INHABITANTS,
        *(texts.FUNDING_XLSX_EXPECTED.format(year=year) for year in years),
    ]
    sheet.append([_text(header) for header in headers])
    names = district_names(districts)
    first = rows[rows["year"] == years[0]] if years else rows
    totals = [0, 0, *([0] * len(years))]
    for code in sorted(names):
        members = first[first["district_code"] == code]
        amounts = [_district_cents(rows, code, year) for year in years]
        counts = [len(members), int(members["inhabitants"].sum())]
        totals = [a + b for a, b in zip(totals, [*counts, *amounts], strict=True)]
        _append(sheet, _district_values(names[code], counts, amounts))
    _append(sheet, _district_values(texts.FUNDING_XLSX_TOTAL, totals[:2], totals[2:]), bold=True)
    _finish(sheet, widths={1: 30}, default=16, last=16)


def _district_cents(rows: pd.DataFrame, code: str, year: int) -> int:
    chosen = rows[(rows["year"] == year) & (rows["district_code"] == code)]
    return int(cents(chosen["expected_eur"]).sum())


def _district_values(label: str, counts: list[int], amounts: list[int]):
    return [
        (_text(label), None),
        (counts[0], INTEGER_FORMAT),
        (counts[1], INTEGER_FORMAT),
        *((amount / 100, MONEY_FORMAT) for amount in amounts),
    ]


def _notes_sheet(sheet, rows, budget_lines, rates, made_on: dt.date) -> None:
    sheet.append([_text(texts.FUNDING_XLSX_NOTES_SUBJECT), _text(texts.FUNDING_XLSX_NOTES_VALUE)])
    lines = [(texts.FUNDING_XLSX_NOTE_MADE, dutch.date(made_on))]
    lines.append((texts.FUNDING_XLSX_NOTE_DEMO, texts.FUNDING_XLSX_NOTE_DEMO_TEXT))
    lines.append((texts.FUNDING_XLSX_NOTE_METHOD, texts.FUNDING_XLSX_NOTE_METHOD_TEXT))
    for rate in rates.sort_values("year").itertuples(index=False):
        budget = cents(budget_lines.loc[budget_lines["year"] == rate.year, "amount_eur"]).sum()
        value = texts.FUNDING_XLSX_NOTE_YEAR_TEXT.format(
            rate=dutch.rate(rate.rate_eur),
            date=dutch.date(rate.population_date),
            budget=dutch.euro_cents(int(budget)),
            source=rate.source,
        )
        lines.append((texts.FUNDING_XLSX_NOTE_YEAR.format(year=rate.year), value))
    sources = sorted(set(rows["source"]))
    lines += [(texts.FUNDING_XLSX_NOTE_SOURCE, source) for source in sources]
    for subject, value in lines:
        sheet.append([_text(subject), _text(value)])
    _finish(sheet, widths={1: 28, 2: 110}, default=20, last=110)


def _finish(sheet, widths: dict[int, int], default: int, last: int) -> None:
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:
        cell.font = _bold()
    for column in range(1, sheet.max_column + 1):
        width = widths.get(column, last if column == sheet.max_column else default)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B2"


def _bold():
    from openpyxl.styles import Font

    return Font(bold=True)


def _number(value) -> float | None:
    return None if pd.isna(value) else float(value)


def _euros(amount_cents) -> float | None:
    return None if pd.isna(amount_cents) else int(amount_cents) / 100
