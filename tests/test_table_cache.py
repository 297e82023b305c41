"""Tables drawn once per content: a rerun with the same table replays the recorded element
(no formatting, styling or serialising again); another cell, format or setting draws anew."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.display import tables

FRAME = pd.DataFrame({"Gemeente": ["Aalten", None], "Inwoners": [27_121, 1_654]})


def _script():
    import pandas as pd
    import streamlit as st

    from dashboard.display import tables
    from dashboard.ui import frame

    table = pd.DataFrame({"Gemeente": ["Aalten", None], "Inwoners": [27_121, 1_654]})
    table.loc[1, "Inwoners"] = st.session_state.get("inwoners", 1_654)
    with st.container():  # replayed into whatever container the page draws it in
        frame.show_table(table, {"Inwoners": tables.NUMBER})
    frame.show_table(table, {"Inwoners": tables.TWO_DECIMALS}, height=200)


class Styled:
    """Counts the tables styled (each drawn table is styled once)."""

    def __init__(self, monkeypatch):
        self.count = 0
        style = tables.for_grid

        def counted(*args, **kwargs):
            self.count += 1
            return style(*args, **kwargs)

        monkeypatch.setattr(tables, "for_grid", counted)
        st.cache_data.clear()


def _shown(app: AppTest) -> list[tuple[list, list]]:
    """Each table's values and the Dutch text of its cells, as sent."""
    return [
        (element.value.to_numpy().tolist(), list(element.proto.arrow_data.styler.display_values))
        for element in app.dataframe
    ]


def test_a_rerun_replays_the_same_tables_without_drawing_them_again(monkeypatch):
    styled = Styled(monkeypatch)
    app = AppTest.from_function(_script, default_timeout=30)
    app.run()
    assert not app.exception and len(app.dataframe) == 2 and styled.count == 2
    first = _shown(app)
    assert first[0] != first[1]  # one frame, two formats: two tables
    app.run()
    assert styled.count == 2 and _shown(app) == first
    app.session_state["inwoners"] = 2_000  # one cell changed: both tables drawn anew
    app.run()
    assert styled.count == 4 and _shown(app) != first
    assert app.dataframe[1].value["Inwoners"].tolist() == [27_121, 2_000]


def test_frame_key_tells_every_cell_header_type_and_index_apart():
    key = tables.frame_key(FRAME)
    assert tables.frame_key(FRAME.copy()) == key
    assert tables.frame_key(FRAME.assign(Inwoners=[27_121, 1_655])) != key
    assert tables.frame_key(FRAME.rename(columns={"Inwoners": "Aantal"})) != key
    assert tables.frame_key(FRAME.astype({"Inwoners": "float64"})) != key
    assert tables.frame_key(FRAME.set_axis([5, 6])) != key
    members = FRAME.assign(Leden=[["a"], ["b"]])  # lists pandas cannot hash
    assert tables.frame_key(members) != tables.frame_key(FRAME.assign(Leden=[["a"], ["c"]]))


def test_formats_key_tells_formats_apart_that_share_a_name():
    assert tables.formats_key({"n": tables.NUMBER}) == tables.formats_key({"n": tables.NUMBER})
    assert tables.formats_key({"n": tables.NUMBER}) != tables.formats_key({"n": tables.DECIMAL})
    assert tables.formats_key({"n": tables.NUMBER}) != tables.formats_key({"m": tables.NUMBER})
