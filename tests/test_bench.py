"""The pure parts of `make bench` (tools/bench/): the report's Dutch figures, ratios and
verdicts, the machine's load, the replayed messages, the synthetic registers and the plan.
No timing is asserted anywhere: the figures come from fixed inputs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tools.bench import etl, load, report, serve
from tools.bench.__main__ import Plan
from tools.bench.report import Block, Goal, Row


def test_the_load_average_is_read_in_dutch_notation(tmp_path: Path):
    loadavg = tmp_path / "loadavg"
    loadavg.write_text("3.49 14.90 1234.5 9/322 2391\n", encoding="ascii")
    assert report.load_average(loadavg) == "3,49 / 14,90 / 1.234,50"
    assert report.load_average(tmp_path / "missing") == "onbekend"
    loadavg.write_text("garbage\n", encoding="ascii")
    assert report.load_average(loadavg) == "onbekend"


def test_ratio_and_percentiles():
    assert report.ratio(4.77, 3.61) == pytest.approx(1.3213, abs=1e-4)
    assert report.ratio(None, 3.0) is None and report.ratio(1.0, 0.0) is None
    assert report.percentile([], 0.5) is None
    assert report.percentile([5, 1, 3], 0.5) == 3
    assert report.percentile(range(1, 21), 0.95) == pytest.approx(19.05)
    assert report.median([2.0, 1.0, 10.0, 3.0]) == 2.5


def test_goals_compare_the_way_issue_13_states_them():
    assert Goal(2, " s").met(2.0) and not Goal(2, " s", strict=True).met(2.0)
    assert Goal(15, "/s", 0, at_least=True).met(15) and not Goal(15, at_least=True).met(14.9)
    assert Goal(1.5, " MB").text() == "≤ 1,5 MB"
    assert Goal(2, " s", 0, strict=True).text() == "< 2 s"
    assert Goal(15, "/s", 0, at_least=True).text() == "≥ 15/s"


def test_a_row_judges_its_ratio_or_its_figure_in_dutch():
    start = Row("start", 4.77, " s", 2, 3.61, Goal(1, "", 2), ratio_goal=True)
    assert start.cells() == ["start", "4,77 s", "3,61 s", "1,32", "≤ 1,00", "gemist"]
    quick = Row("rerun", 1234.4, " ms", 0, goal=Goal(100, " ms", 0))
    assert quick.cells() == ["rerun", "1.234 ms", "—", "—", "≤ 100 ms", "gemist"]
    assert Row("rerun", 99.0, " ms", goal=Goal(100)).verdict() == "gehaald"
    assert Row("x", None, goal=Goal(1)).cells()[1:] == ["niet gemeten", "—", "—", "≤ 1,0",
                                                         "niet gemeten"]  # fmt: skip
    assert Row("geen doel", 3.0).verdict() == "—"


def test_the_report_heads_each_block_with_its_load_and_lists_the_misses():
    blocks = [
        Block("ETL", "1,00 / 2,00 / 3,00", [Row("100×", 3.2, " s", 2, goal=Goal(2, " s"))]),
        Block("Server", "0,50 / 0,50 / 0,50", [Row("a | b", 50.0, " ms", 0, goal=Goal(100))]),
    ]
    text = report.markdown(blocks, ["# kop"], ["browser: Chromium ontbreekt"])
    lines = text.splitlines()
    assert lines[0] == "# kop"
    etl_at, server_at = lines.index("## ETL"), lines.index("## Server")
    assert lines[etl_at + 2] == "Belasting (loadavg 1/5/15 min): 1,00 / 2,00 / 3,00"
    assert lines[server_at + 2] == "Belasting (loadavg 1/5/15 min): 0,50 / 0,50 / 0,50"
    assert "| 100× | 3,20 s | — | — | ≤ 2,0 s | gemist |" in lines
    assert "| a \\| b | 50 ms | — | — | ≤ 100,0 | gehaald |" in lines
    assert "- ETL: 100×" in lines and "- Server: a | b" not in lines
    assert lines[-1] == "- browser: Chromium ontbreekt"
    calm = report.markdown(blocks[1:], [], [])
    assert "Geen: elk gemeten doel is gehaald." in calm and "Mislukte" not in calm


def test_the_replayed_rerun_names_the_page_as_the_frontend_does():
    message = BackMsg()
    message.ParseFromString(load.rerun_message("kaart", "abc123", "district=VR05"))
    assert message.WhichOneof("type") == "rerun_script"
    state = message.rerun_script
    assert (state.page_name, state.page_script_hash, state.query_string) == (
        "kaart", "abc123", "district=VR05")  # fmt: skip
    assert not state.HasField("widget_states")


def test_the_stream_url_is_loopback_only():
    assert load.stream_url("http://127.0.0.1:8080") == "ws://127.0.0.1:8080/_stcore/stream"
    assert load.stream_url("http://localhost:1/") == "ws://localhost:1/_stcore/stream"
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        load.stream_url("http://10.0.0.5:8080")


def _component(name: str, args: str) -> ForwardMsg:
    message = ForwardMsg()
    instance = message.delta.new_element.component_instance
    instance.component_name, instance.json_args = name, args
    return message


def test_forward_messages_give_the_page_hashes_the_map_payload_and_errors():
    navigation = ForwardMsg()
    page = navigation.navigation.app_pages.add()
    page.url_pathname, page.page_script_hash = "kaart", "h1"
    assert load.page_hashes(navigation) == {"kaart": "h1"}
    assert load.page_hashes(ForwardMsg()) == {}
    folium = _component("streamlit_folium.st_folium", '{"kaart": "é"}')
    assert load.map_payload_bytes(folium) == len('{"kaart": "é"}'.encode())
    assert load.map_payload_bytes(_component("other", "{}")) == 0
    error = ForwardMsg()
    error.delta.new_element.exception.message = "kapot"
    assert load.shows_error(error) and not load.shows_error(folium)


def test_a_load_result_counts_good_runs_per_second_and_quantiles_per_page():
    result = load.LoadResult(2, 2.0, [
        load.PageRun("kaart", 0.1), load.PageRun("kaart", 0.3),
        load.PageRun("", 0.2), load.PageRun("", 9.0, error="TimeoutError"),
    ])  # fmt: skip
    assert result.errors == 1 and result.per_second == 1.5
    assert result.quantile("kaart", 0.5) == pytest.approx(0.2)
    assert result.quantile("", 0.95) == 0.2  # the failed run is not timed


def test_synthetic_registers_multiply_ids_and_their_references_only():
    pilots = pd.DataFrame({"id": ["a", "b"], "naam": ["A", "B"]})
    sites = pd.DataFrame({"pilot": ["a", ""], "gemeente": ["GM1", "GM2"]})
    budget = pd.DataFrame({"jaar": ["2020"], "bedrag_eur": ["1"]})
    tripled = etl.multiplied(pilots, "pilots.csv", 3)
    assert list(tripled["id"]) == ["a", "b", "a-b1", "b-b1", "a-b2", "b-b2"]
    assert list(etl.multiplied(sites, "pilot_locaties.csv", 2)["pilot"]) == ["a", "", "a-b1", ""]
    assert etl.multiplied(budget, "begroting.csv", 10).equals(budget)


def test_replica_memory_is_read_from_proc(tmp_path: Path):
    (tmp_path / "41").mkdir()
    (tmp_path / "41" / "environ").write_bytes(b"PATH=/bin\0VNON_REPLICA=2\0")
    (tmp_path / "41" / "status").write_text("Name:\tpython\nVmRSS:\t  204800 kB\n")
    assert serve.replica_of(41, tmp_path) == "2" and serve.rss_mib(41, tmp_path) == 200
    assert serve.replica_of(42, tmp_path) is None and serve.rss_mib(42, tmp_path) is None
    assert serve.affinity_cookie(0).startswith("vnon_affinity=")
    assert len(serve.affinity_cookie(0).split("=")[1]) == 32


def test_the_quick_plan_is_smaller_than_the_full_one(monkeypatch):
    monkeypatch.setenv("BENCH_QUICK", "1")
    quick = Plan.from_env()
    monkeypatch.delenv("BENCH_QUICK")
    full = Plan.from_env()
    assert full.scales == (1, 10, 100, 1000) and full.clients == (1, 5, 10, 25)
    assert full.pairs == 5 and quick.pairs < full.pairs
    assert quick.proxy_sessions == full.proxy_sessions == 25
    assert set(quick.clients) < set(full.clients) and set(quick.scales) < set(full.scales)


def test_a_websockets_wire_bytes_are_read_from_the_proxys_line_for_its_key(tmp_path: Path):
    log = tmp_path / "serve.log"
    log.write_text(
        '127.0.0.1 "GET /pilots HTTP/1.1" 200 4120 0.010 replica=127.0.0.1:1 ws=-\n'
        '127.0.0.1 "GET /_stcore/stream HTTP/1.1" 101 95895 9.2 replica=127.0.0.1:1 ws=a+b/c==\n'
        '127.0.0.1 "GET /_stcore/stream HTTP/1.1" 101 37096 4.0 replica=127.0.0.1:2 ws=other==\n',
        encoding="utf-8",
    )
    assert serve.socket_bytes(log, ["a+b/c=="]) == 95_895
    assert serve.socket_bytes(log, ["a+b/c==", "other=="]) == 95_895 + 37_096
    assert serve.socket_bytes(log, ["a+b/c==", "still-open=="]) is None
    assert serve.wire_counter(log)(["other=="]) == 37_096


def test_the_timed_choice_moves_the_sidebar_s_district_not_a_select_on_the_page(
    built_root, monkeypatch
):
    from streamlit.testing.v1 import AppTest

    from tools.bench import choices

    monkeypatch.setenv("VNON_DATA_DIR", str(built_root.root))
    app = AppTest.from_file(str(choices.REPO / "dashboard" / "navigation.py"), default_timeout=60)
    app.switch_page("../pages/kaart.py")
    app.run()
    assert app.selectbox[0].key != "place_district"  # Kaart's table sort comes first on the page
    times, chose = choices._timed_choices(app, 3)
    assert chose and len(times) == 3 and not app.exception
    assert app.sidebar.selectbox[0].value == "VR06"  # moved on three times from "alle"
