"""Place names from the reference tables: one lookup for the ETL and the dashboard."""

import pandas as pd

from etl.reference.names import district_codes_by_name, district_names, municipality_names


def test_codes_map_to_names_in_the_order_of_the_table():
    districts = pd.DataFrame({"district_code": ["VR05", "VR04"], "name": ["Twente", "IJsselland"]})
    assert list(district_names(districts).items()) == [("VR05", "Twente"), ("VR04", "IJsselland")]
    municipalities = pd.DataFrame({"municipality_code": ["GM0200"], "name": ["Apeldoorn"]})
    assert municipality_names(municipalities) == {"GM0200": "Apeldoorn"}
    assert district_codes_by_name(districts) == {"Twente": "VR05", "IJsselland": "VR04"}
