"""Toegankelijkheid: the accessibility statement, what meets WCAG 2.1 AA and what not yet."""

from dashboard.ui import statement

statement.accessibility_statement()
