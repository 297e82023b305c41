"""The accessibility statement as sections of safe Markdown, in the order of the government's
model statement: status, about, method, what meets, what does not yet, contact, complaints.

Pure functions: the texts of `dashboard.texts.toegankelijkheid` in, headings and Markdown out.
The contact address comes from the environment (never from this code); without it, the
statement names the network's secretariat.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dashboard.display.markup import literal
from dashboard.texts import toegankelijkheid as texts
from etl.core import dutch


@dataclass(frozen=True)
class Section:
    heading: str
    markdown: str


def contact(environ: Mapping[str, str]) -> str:
    """Where reports go: the configured address (escaped), else the network's secretariat."""
    configured = environ.get(texts.CONTACT_ENV, "").strip()
    return literal(configured) if configured else texts.CONTACT_FALLBACK


def statuses_markdown() -> str:
    """The five statuses of the Besluit digitale toegankelijkheid overheid, one a line."""
    return "\n".join(
        texts.STATUS_LINE.format(code=code, name=name, meaning=meaning)
        for code, name, meaning in texts.STATUSES
    )


def shortcomings_markdown() -> str:
    """Every known shortcoming as a list item, with its WCAG criteria and what to do instead."""
    items = []
    for what, criteria, instead in texts.SHORTCOMINGS:
        notes = [texts.SHORTCOMING_CRITERIA.format(criteria=criteria)] if criteria else []
        notes += [texts.SHORTCOMING_INSTEAD.format(instead=instead)] if instead else []
        items.append("\n".join([f"- {what}", *(f"  {note}  " for note in notes)]))
    return "\n".join([texts.SHORTCOMINGS_INTRO, "", *items, "", texts.PLAN])


def sections(environ: Mapping[str, str]) -> list[Section]:
    """The statement, section by section; the dates in Dutch, the contact from `environ`."""
    names = {"organisation": texts.ORGANISATION, "app": texts.APP_NAME}
    about = [
        line.format(
            **names, drawn_up=dutch.date(texts.DRAWN_UP), reviewed=dutch.date(texts.REVIEWED)
        )
        for line in texts.ABOUT_LINES
    ]
    return [
        Section("", texts.INTRO.format(**names)),
        Section(texts.STATUS_HEADING, texts.STATUS_TEXT.format(code=texts.STATUS_CODE)),
        Section(texts.ABOUT_HEADING, "  \n".join(about)),
        Section(
            texts.METHOD_HEADING,
            "\n".join(
                [texts.METHOD_INTRO, "", *(f"- {m}" for m in texts.METHODS), "", texts.METHOD_NOTE]
            ),
        ),
        Section(texts.MEETS_HEADING, "\n".join(f"- {m}" for m in texts.MEETS)),
        Section(texts.SHORTCOMINGS_HEADING, shortcomings_markdown()),
        Section(
            texts.CONTACT_HEADING,
            texts.CONTACT_TEXT.format(contact=contact(environ), **names),
        ),
        Section(texts.COMPLAINT_HEADING, texts.COMPLAINT_TEXT),
    ]
