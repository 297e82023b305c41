"""The Pilots explorer: pure builders from the pilot marts to figures, tables, maps and Markdown."""
