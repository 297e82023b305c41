"""What a table on a page reads: the display text Streamlit sends beside the values."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa


def shown(element) -> pd.DataFrame:
    """The cells of an AppTest dataframe as the grid draws them (the Styler's display text)."""
    styler = element.proto.arrow_data.styler
    assert styler.display_values, "the table has no display text: not shown through show_table"
    with pa.ipc.open_stream(styler.display_values) as reader:
        return reader.read_pandas().reset_index(drop=True)
