"""Streamlit's own static files (its JavaScript, styles and fonts), for nginx to send from disk.

Streamlit sends these uncompressed; nginx compressing them on every request could afford only a
fast level. Here they are compressed once per Streamlit version at the highest levels: beside
each file that shrinks, a `.br` (brotli 11) and a `.gz` (gzip 9), which nginx's brotli_static and
gzip_static send as they are. The compressed tree is made once in the virtual environment and
linked into each run directory (a container image copies it as files).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.metadata
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import brotli

from dashboard.server import icon_font

# Types that compress; woff2 and png are compressed already.
COMPRESSIBLE = frozenset({".js", ".css", ".svg", ".json", ".txt", ".html", ".ttf", ".wasm"})
MIN_BYTES = 1024  # below this the headers outweigh what compression saves
STAMP = ".tree-key"
FOLDER = "static"  # the URL path Streamlit gives these files: /static/js/…, /static/css/…
# Read without importing streamlit: the supervisor never runs it itself.
VERSION = importlib.metadata.version("streamlit")
CACHE_ROOT = Path(sys.prefix) / "share" / "vnon-static"  # beside the package, one per venv


def frontend() -> Path:
    """Streamlit's frontend build: index.html and the `static` folder under it."""
    return Path(importlib.util.find_spec("streamlit").origin).parent / "static"


def tree_key() -> str:
    """What the tree depends on: Streamlit's version and the icons this app names (the icon
    font is cut to them, icon_font.py)."""
    names = "\n".join(sorted(icon_font.mentioned([], icon_font.app_sources())))
    return f"{VERSION}-{hashlib.sha256(names.encode()).hexdigest()[:12]}"


def cache_dir(key: str) -> Path:
    """Where the compressed tree of this key is kept, beside Streamlit's package."""
    return CACHE_ROOT / key


def compress(path: Path) -> None:
    """Write `path.br` and `path.gz` beside a file, each only when it is smaller than the file."""
    raw = path.read_bytes()
    for suffix, packed in (
        (".br", brotli.compress(raw, quality=11)),
        (".gz", gzip.compress(raw, compresslevel=9, mtime=0)),
    ):
        if len(packed) < len(raw):
            path.with_name(path.name + suffix).write_bytes(packed)


def _build(source: Path, staging: Path, version: str) -> None:
    """A copy of `source` in `staging/static`, the icon font cut to the icons named, every
    compressible file compressed beside it."""
    shutil.copytree(source / FOLDER, staging / FOLDER)
    fonts = [p for p in (staging / FOLDER / "media").glob("*") if icon_font.FONT_NAME.match(p.name)]
    if fonts:
        scripts = sorted((staging / FOLDER).rglob("*.js"))
        sources = [*icon_font.app_sources(), *icon_font.streamlit_sources()]
        named = icon_font.mentioned(scripts, sources)
        for font in fonts:
            icon_font.cut(font, named)
    for path in sorted((staging / FOLDER).rglob("*")):
        if path.suffix in COMPRESSIBLE and path.is_file() and path.stat().st_size >= MIN_BYTES:
            compress(path)
    (staging / STAMP).write_text(version, encoding="utf-8")


def _current(folder: Path, version: str) -> bool:
    try:
        return (folder / STAMP).read_text(encoding="utf-8") == version
    except OSError:
        return False


def _install(staging: Path, target: Path) -> None:
    """Put a complete staging folder in the target's place: nginx never sees half a tree."""
    if target.exists():
        old = target.with_name(f".{target.name}.old.{os.getpid()}")
        target.replace(old)
        staging.replace(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.replace(target)


def cached(version: str | None = None, source: Path | None = None) -> Path:
    """The compressed tree of this key (tree_key()), made when missing (about a minute)."""
    version = version or tree_key()
    target = cache_dir(version)
    if _current(target, version):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.new.{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    _build(source or frontend(), staging, version)
    try:
        staging.replace(target)
    except OSError:  # another process finished first: its tree is the same
        shutil.rmtree(staging, ignore_errors=True)
    # Older trees go (about 40 MB each); a run directory keeps its own links to the files.
    for old in target.parent.iterdir():
        if old != target and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return target


def link_into(run_dir: Path, version: str | None = None) -> Path:
    """`run_dir/static-root` holding `static/…` for nginx's root, linked from the cache (copied
    where links cannot go); left as it is when it already has this key."""
    version = version or tree_key()
    target = run_dir / "static-root"
    if _current(target, version):
        return target
    tree = cached(version)
    staging = run_dir / f".static-root.new.{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        shutil.copytree(tree, staging, copy_function=os.link)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(tree, staging)
    _install(staging, target)
    return target
