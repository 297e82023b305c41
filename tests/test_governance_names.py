"""Names of bodies and themes by id, in register order."""

from __future__ import annotations

from dashboard.governance import names

from . import body_samples


def test_body_and_theme_names_by_id_in_register_order():
    bodies = names.body_names(body_samples.bodies())
    assert list(bodies)[:2] == ["rvo", "bbg"] and bodies["coord"] == "Coördinator"
    assert names.theme_names(body_samples.themes()) == {
        "ondermijning": "Ondermijning",
        "cyber": "Cybercrime",
    }
