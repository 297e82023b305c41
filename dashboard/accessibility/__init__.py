"""The accessibility statement (Toegankelijkheidsverklaring) of the dashboard."""
