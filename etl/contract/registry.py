"""Every mart table and its schema, collected from the domain contracts in one place.

The registers (the coordinator's files that become these marts) are declared beside their
domain rules and collected in `etl.registers.catalogue.REGISTERS`; each register names the mart
schema it is checked against, so a register and its mart share one contract.
"""

from __future__ import annotations

import pandera.pandas as pa

from etl.contract.funding import FUNDING_MARTS
from etl.contract.geo import GEO_MART_SCHEMAS
from etl.contract.governance import GOVERNANCE_MARTS
from etl.contract.pilots import PILOT_MARTS
from etl.contract.reference import REFERENCE_MARTS

# In the order the dashboard reads them; the geo marts are read with geopandas.
MART_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    **REFERENCE_MARTS,
    **GEO_MART_SCHEMAS,
    **GOVERNANCE_MARTS,
    **PILOT_MARTS,
    **FUNDING_MARTS,
}
GEO_MARTS = frozenset(GEO_MART_SCHEMAS)
