"""Streamlit's static files compressed once for nginx (dashboard/server/static_files.py): the
.br and .gz beside a file hold the same bytes, the tree is made once per version and linked into
a run directory, and the rendered configuration loads brotli only where it can."""

from __future__ import annotations

import gzip
import random
import subprocess
from pathlib import Path

import brotli
import pytest

from dashboard.server import nginx, static_files
from tests import serving

SCRIPT = b"function drawMap(){return 'gemeente';}\n" * 400  # compresses well, > MIN_BYTES


@pytest.fixture
def frontend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small Streamlit-like frontend, and a cache root of the test's own."""
    monkeypatch.setattr(static_files, "CACHE_ROOT", tmp_path / "cache")
    source = tmp_path / "frontend"
    (source / "static" / "js").mkdir(parents=True)
    (source / "static" / "media").mkdir()
    (source / "static" / "js" / "index.abc123.js").write_bytes(SCRIPT)
    (source / "static" / "js" / "tiny.js").write_bytes(b"x=1")
    (source / "static" / "media" / "font.woff2").write_bytes(bytes(range(256)) * 8)
    (source / "index.html").write_text("<html></html>")  # Streamlit answers the page itself
    monkeypatch.setattr(static_files, "frontend", lambda: source)
    return source


def test_a_script_gets_a_brotli_and_a_gzip_copy_with_the_same_bytes(tmp_path):
    path = tmp_path / "chunk.js"
    path.write_bytes(SCRIPT)
    static_files.compress(path)
    packed_br = (tmp_path / "chunk.js.br").read_bytes()
    packed_gz = (tmp_path / "chunk.js.gz").read_bytes()
    assert brotli.decompress(packed_br) == SCRIPT and gzip.decompress(packed_gz) == SCRIPT
    assert len(packed_br) < len(packed_gz) < len(SCRIPT) // 10


def test_what_does_not_shrink_gets_no_copy(tmp_path):
    path = tmp_path / "noise.js"
    path.write_bytes(random.Random(13).randbytes(4096))  # nothing to find
    static_files.compress(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noise.js"]


def test_the_tree_is_made_once_per_version_and_only_compressible_files_are_compressed(frontend):
    tree = static_files.cached("9.9.9")
    js = tree / "static" / "js"
    assert sorted(p.name for p in js.iterdir()) == [
        "index.abc123.js", "index.abc123.js.br", "index.abc123.js.gz", "tiny.js",
    ]  # fmt: skip
    assert sorted(p.name for p in (tree / "static" / "media").iterdir()) == ["font.woff2"]
    assert not (tree / "index.html").exists()
    (js / "index.abc123.js.br").write_bytes(b"kept")
    assert (
        static_files.cached("9.9.9") == tree and (js / "index.abc123.js.br").read_bytes() == b"kept"
    )
    other = static_files.cached("9.9.10")
    assert other != tree and brotli.decompress(
        (other / "static/js/index.abc123.js.br").read_bytes()
    )
    assert not tree.exists()  # the older tree made room


def test_a_run_directory_gets_the_tree_linked_and_a_new_version_replaces_it(frontend, tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    root = static_files.link_into(run_dir, "9.9.9")
    linked = root / "static" / "js" / "index.abc123.js.br"
    cached = static_files.cache_dir("9.9.9") / "static" / "js" / "index.abc123.js.br"
    assert root == run_dir / "static-root" and linked.samefile(cached)
    (frontend / "static" / "js" / "index.abc123.js").write_bytes(SCRIPT * 2)
    static_files.link_into(run_dir, "9.9.10")
    assert len(brotli.decompress(linked.read_bytes())) == 2 * len(SCRIPT)
    assert not static_files.cache_dir("9.9.9").exists()  # gone from the cache, not the run
    assert sorted(p.name for p in run_dir.iterdir()) == ["static-root"]  # no staging left


@pytest.mark.parametrize("brotli_on", [True, False])
def test_nginx_loads_brotli_only_when_asked_and_accepts_either(frontend, tmp_path, brotli_on):
    run_dir = tmp_path / "run"
    config = nginx.configuration(run_dir, "127.0.0.1", 8080, [8501], 5, brotli=brotli_on)
    assert ("load_module" in config) == brotli_on and ("brotli_static on;" in config) == brotli_on
    assert "gzip_static on;" in config and f"root {run_dir}/static-root;" in config
    path = nginx.prepare(run_dir, config)
    if brotli_on and not nginx.has_brotli():
        pytest.skip("Debian's brotli modules for nginx ontbreken (make nginx)")
    command = [serving.nginx_path(), "-e", "stderr", "-p", str(run_dir), "-c", str(path)]
    result = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_brotli_is_there_when_both_modules_are(tmp_path):
    assert not nginx.has_brotli(tmp_path)
    (tmp_path / nginx.BROTLI_MODULES[0]).touch()
    assert not nginx.has_brotli(tmp_path)
    (tmp_path / nginx.BROTLI_MODULES[1]).touch()
    assert nginx.has_brotli(tmp_path)
