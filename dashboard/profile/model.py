"""What a profile holds: the answers to a mayor's four questions about one place, as plain
values (already in Dutch notation where they are shown), for the page and the factsheet alike.

Built by `dashboard.profile.build.profile(marts, place)` from real data only when asked for a
factsheet; every figure carries its source and reference date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.profile.place import Place


@dataclass(frozen=True)
class Source:
    """Where a figure comes from: 'Inwoners' — 'CBS …' — '1 januari 2019'."""

    what: str
    source: str
    reference_date: str


@dataclass(frozen=True)
class FundingYear:
    """One year of the place's contribution, in cents, beside the network's budget."""

    year: int
    asked_cents: int
    committed_cents: int
    paid_cents: int
    budget_cents: int  # the network's budget of that year
    n_municipalities: int
    includes_demo: bool = False  # a demo row stands in for a real one (demo data switched on)

    @property
    def share(self) -> float | None:
        """The place's asked contribution as a share of the budget (None without a budget)."""
        return self.asked_cents / self.budget_cents if self.budget_cents else None


@dataclass(frozen=True)
class PilotLine:
    """A pilot that runs in the place; `regional` when it covers the place as part of a wider
    area (every municipality of the district or the region) rather than locally."""

    pilot_id: str
    name: str
    status: str
    role: str  # herkomst / overnemer / deelnemer, or 'regionaal'
    regional: bool
    results: tuple[str, ...] = ()
    source: str = ""
    coverage: str = ""  # where in the place: 'heel Twente', 'Enschede, Hengelo' or '5 gemeenten'
    is_demo: bool = False


@dataclass(frozen=True)
class BodyLine:
    """A body that decides or prepares for the place; `regional` for bodies whose territory is
    the whole region (BBG, RVO, Platform Ondermijning, expert teams)."""

    body_id: str
    name: str
    body_type: str
    regional: bool
    representative: str = ""  # who represents the district there, where the register knows it
    mandate_type: str = ""
    source: str = ""
    district_code: str = ""  # the district a district body belongs to; empty for regional ones


@dataclass(frozen=True)
class ActivityLine:
    """A work-programme activity that concerns the place (the programme is regional)."""

    activity_id: str
    title: str
    period: str
    status: str
    theme: str


@dataclass(frozen=True)
class Profile:
    place: Place
    inhabitants: int
    inhabitants_date: str
    municipalities: tuple[str, ...]  # names, for a district or the region; the place itself else
    funding: tuple[FundingYear, ...]
    pilots: tuple[PilotLine, ...]
    bodies: tuple[BodyLine, ...]
    activities: tuple[ActivityLine, ...]
    sources: tuple[Source, ...]
    built_at: str  # when the marts were built, in Dutch notation
    notes: tuple[str, ...] = field(default=())  # what the registers do not know, said plainly
