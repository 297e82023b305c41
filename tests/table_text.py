"""What a table on a page reads: the display text Streamlit sends beside the values."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pyarrow as pa


def shown(element) -> pd.DataFrame:
    """The cells of an AppTest dataframe as the grid draws them: the Styler's display text, or
    for a table of text only (`tables.for_grid`) the cells themselves."""
    arrow = element.proto.arrow_data
    with pa.ipc.open_stream(arrow.styler.display_values or arrow.data) as reader:
        cells = reader.read_pandas().reset_index(drop=True)
    if not arrow.styler.display_values:
        # Only a frame of text goes to the grid as it is (`tables.for_grid`); numbers never do.
        assert all(isinstance(cell, str) for cell in cells.to_numpy().ravel()), "not text"
    return cells


class _TableParser(HTMLParser):
    """Collects the header and body cells of the <table>s in one piece of HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self._row: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"header": [], "rows": [], "figures": set()})
        elif tag == "tr":
            self._row = []
        elif tag in ("th", "td"):
            self._cell = []
            if tag == "td" and ("class", "figure") in attrs:
                self.tables[-1]["figures"].add(len(self._row))

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        table = self.tables[-1] if self.tables else None
        if tag in ("th", "td"):
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and not table["header"]:
            table["header"] = self._row
        elif tag == "tr":
            table["rows"].append(self._row)


def map_table_sort(app):
    """The select above the table beside the map (`frame.show_map_table`)."""
    from dashboard.texts import frame as texts

    (select,) = [select for select in app.selectbox if select.label == texts.TABLE_SORT]
    return select


def html_tables(app) -> list[pd.DataFrame]:
    """Every HTML table the page sent (`st.html`, the tables beside a map) as text cells under
    its header row; `attrs["figures"]` names the right-aligned columns."""
    frames = []
    for element in app.get("html"):
        parser = _TableParser()
        parser.feed(element.proto.body)
        for table in parser.tables:
            frame = pd.DataFrame(table["rows"], columns=table["header"])
            frame.attrs["figures"] = [table["header"][i] for i in sorted(table["figures"])]
            frames.append(frame)
    return frames
