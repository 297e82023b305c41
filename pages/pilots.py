"""Pilots: where pilots run, what they cost and achieved, and how they spread between places."""

from dashboard.ui import frame
from dashboard.ui import pilots as sections
from dashboard.ui import place as place_ui

marts = frame.marts_or_stop()
view = sections.chosen_view(marts)
sections.key_figures(view)
place_ui.district_note(frame.place(marts))
sections.map_section(marts, view)
sections.diffusion_section(marts, view)
sections.timeline_section(marts, view)
sections.results_section(marts, view)
sections.card_section(marts)
sections.table_section(marts, view)
