"""The factsheet BBG as PDF: per district, per municipality and for the region (Typst)."""
