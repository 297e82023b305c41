"""Sizes shared by the pilot figures drawn on the server (dashboard/display/svg.py)."""

from __future__ import annotations

SMALL_PX = "12"  # labels of many rows, in pixels
ROW_HEIGHT = 30
FEW_ROWS = 10  # up to this many rows, what a pointer used to tell is written beside each
LABEL_WIDTH = 46
