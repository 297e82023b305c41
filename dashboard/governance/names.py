"""Names of governance records by their id: bodies and themes as the registers call them."""

from __future__ import annotations

import pandas as pd


def body_names(bodies: pd.DataFrame) -> dict[str, str]:
    """{'rvo': 'Regionaal Veiligheidsoverleg (RVO)', …} in register order."""
    return dict(zip(bodies["body_id"], bodies["name"], strict=True))


def theme_names(themes: pd.DataFrame) -> dict[str, str]:
    """{'ondermijning': 'Ondermijning', …} in register order."""
    return dict(zip(themes["theme_id"], themes["name"], strict=True))
