"""The one entry point of the profile: `profile(marts, place)`, pure, for the page and the
factsheet alike (the factsheet passes the marts with demo rows removed)."""

from __future__ import annotations

from dashboard.display.cells import sort_key
from dashboard.profile.activities import activity_lines
from dashboard.profile.area import area
from dashboard.profile.bodies import body_lines
from dashboard.profile.funding import funding_notes, funding_years
from dashboard.profile.model import Profile
from dashboard.profile.pilots import pilot_lines
from dashboard.profile.place import Place
from dashboard.profile.sources import boundary_source, dates_text, figure_sources
from dashboard.texts import frame as frame_texts
from dashboard.texts import profiel as texts
from etl.core import dutch
from etl.reference.names import municipality_names


def profile(marts, place: Place) -> Profile:
    """What the place pays, which pilots run there, which bodies decide for it, the work
    programme, and where every figure comes from. `marts`: a `dashboard.data.Marts`."""
    covered = area(marts.municipalities, place)
    towns = marts.municipalities[marts.municipalities["municipality_code"].isin(covered.codes)]
    district_towns = marts.municipalities.loc[
        marts.municipalities["municipality_code"].isin(covered.district_codes), "name"
    ]
    names = municipality_names(marts.municipalities)
    pilots = pilot_lines(
        marts.pilots, marts.pilot_sites, marts.pilot_results, names, place, covered
    )
    bodies, notes = body_lines(marts.bodies, marts.body_relations, place, list(district_towns))
    funding = funding_years(marts.contributions, marts.budget_lines, covered.codes)
    statuses = marts.contribution_statuses
    statuses = statuses[statuses["municipality_code"].isin(covered.codes)]
    shown_pilots = marts.pilots[marts.pilots["pilot_id"].isin({p.pilot_id for p in pilots})]
    shown_bodies = marts.bodies[marts.bodies["body_id"].isin({b.body_id for b in bodies})]
    # A register that names nothing for the place is still the source of that answer.
    registers = {
        texts.SOURCE_PILOTS: marts.pilots if shown_pilots.empty else shown_pilots,
        texts.SOURCE_BODIES: marts.bodies if shown_bodies.empty else shown_bodies,
        texts.SOURCE_WORKPLAN: marts.workplan,
    }
    return Profile(
        place=place,
        inhabitants=int(towns["inhabitants"].sum()),
        inhabitants_date=dates_text(towns["inhabitants_date"]),
        municipalities=tuple(sorted(towns["name"], key=sort_key)),
        funding=funding,
        pilots=pilots,
        bodies=bodies,
        activities=activity_lines(marts.workplan, marts.themes),
        sources=figure_sources(
            towns,
            statuses,
            marts.contribution_rates,
            marts.budget_lines,
            registers,
            boundary_source(marts.manifest, marts.districts),
        ),
        built_at=built_at(marts.manifest),
        notes=(*funding_notes(funding, place.name), *notes),
    )


def built_at(manifest: dict) -> str:
    """The build moment of the marts in Dutch notation, or 'onbekend' without one."""
    stamp = (manifest or {}).get("built_at")
    return dutch.moment(stamp) if stamp else frame_texts.UNKNOWN
