"""What the accessibility browser tests read off a page: axe-core's violations, the document's
language and the English a user would see. A plain module without tests, used by
`tests/test_browser_accessibility.py`.

axe-core comes from the npm registry, its version locked in package-lock.json, and is injected
into the main document and into every iframe (the maps) of the page as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Frame

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA, and axe's best practices (heading order, landmarks, one h1) on top.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")
# An iframe is a widget inside the page, not a page: it has no main landmark or h1 of its own,
# and its controls are inside the page's landmark. Every other rule runs there too.
PAGE_LEVEL_RULES = ("landmark-one-main", "page-has-heading-one", "region")
# English that Streamlit, Leaflet and argparse would show: none of it may reach a user.
ENGLISH = (
    "Download as CSV",
    "Search",
    "Page not found",
    "Skip to main content",
    "Zoom in",
    "Zoom out",
    "Fullscreen",
    "App pages",
    "per file",
    "Choose an option",
    "Choose options",
    "Browse files",
    "Drag and drop",
    "Help for",
    "Clear",
    "No results",
    "Show password",
    "Running...",
    "Main menu",
    "Collapse sidebar",
    "Expand sidebar",
    "View less",
    "Press Enter",
    "Made with Streamlit",
    "usage:",
    "options:",
)
ENGLISH_PATTERN = re.compile(
    "|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in ENGLISH), re.IGNORECASE
)
# Text nodes, aria-label, title and placeholder of every element the user can see.
VISIBLE_TEXTS = """() => {
  const texts = [];
  for (const element of document.querySelectorAll('body *')) {
    if (!element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) texts.push(`${element.tagName.toLowerCase()}[${name}]: ${value}`);
    }
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.nodeValue.trim())
        texts.push(`${element.tagName.toLowerCase()}: ${node.nodeValue.trim()}`);
    }
  }
  return texts;
}"""
RUN_AXE = """async ([tags, disabled]) => {
  const rules = Object.fromEntries(disabled.map(rule => [rule, {enabled: false}]));
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, rules});
  return result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '')),
  }));
}"""


@dataclass(frozen=True)
class Violation:
    """One axe rule broken in one document, with up to five of the elements that break it."""

    document: str
    rule: str
    impact: str
    help: str
    nodes: tuple[str, ...]

    def __str__(self) -> str:
        where = "\n    ".join(self.nodes)
        return f"{self.document}: {self.rule} ({self.impact}) {self.help}\n    {where}"


@cache
def axe_source() -> str:
    """axe-core's script, installed by `make` from the npm registry."""
    if not AXE.is_file():
        raise FileNotFoundError(f"axe-core ontbreekt ({AXE}): voer `make setup` uit")
    return AXE.read_text(encoding="utf-8")


def axe_violations(frame: Frame, is_page: bool) -> list[Violation]:
    """axe-core's WCAG 2.1 A/AA and best-practice violations in one document of the page."""
    if not frame.evaluate("() => typeof window.axe === 'object'"):
        frame.evaluate(axe_source())
    disabled = [] if is_page else list(PAGE_LEVEL_RULES)
    found = frame.evaluate(RUN_AXE, [list(AXE_TAGS), disabled])
    return [
        Violation(frame.url, item["rule"], item["impact"], item["help"], tuple(item["nodes"]))
        for item in found
    ]


def document_language(frame: Frame) -> str:
    """The `lang` of the document's root element."""
    return frame.evaluate("() => document.documentElement.lang")


def english_on_screen(frame: Frame) -> list[str]:
    """Visible texts and labels of one document that hold a word of ENGLISH."""
    return [text for text in frame.evaluate(VISIBLE_TEXTS) if ENGLISH_PATTERN.search(text)]


def has_english(text: str) -> bool:
    """Whether a text holds a word of ENGLISH (for command-line output too)."""
    return ENGLISH_PATTERN.search(text) is not None
