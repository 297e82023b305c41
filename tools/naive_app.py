"""The naive reference of `make bench`: plain Streamlit and folium drawing the same 76
municipalities and 5 district outlines from the built marts, nothing cached, no project code.

`make bench` starts it beside the dashboard, from a folder of its own that holds a copy of the
vendored Leaflet under static/ (Chromium runs offline, as on an intranet), with
`--server.enableStaticServing true` and VNON_DATA_DIR pointing at the built data root.
"""

import os
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

PROCESSED = Path(os.environ["VNON_DATA_DIR"]) / "processed"
LEAFLET = "/app/static/vendor/leaflet"

st.set_page_config(page_title="Naïeve kaart")
st.title("Naïeve kaart van Oost-Nederland")
shapes = gpd.read_parquet(PROCESSED / "municipality_shapes.parquet")
outlines = gpd.read_parquet(PROCESSED / "district_shapes.parquet")
municipalities = pd.read_parquet(PROCESSED / "municipalities.parquet")
codes = sorted(outlines["district_code"])
chosen = st.sidebar.selectbox("District", codes)
shapes = shapes.merge(municipalities, on="municipality_code")

fmap = folium.Map(location=[52.3, 6.3], zoom_start=9, tiles=None)
fmap.default_js = [("leaflet", f"{LEAFLET}/leaflet.js")]
fmap.default_css = [("leaflet_css", f"{LEAFLET}/leaflet.css")]
folium.GeoJson(
    shapes[["municipality_code", "district_code", "geometry"]].to_json(),
    style_function=lambda f: {
        "fillColor": "steelblue" if f["properties"]["district_code"] == chosen else "lightgray",
        "color": "white",
        "weight": 1,
        "fillOpacity": 0.7,
    },
    tooltip=folium.GeoJsonTooltip(fields=["municipality_code"]),
).add_to(fmap)
folium.GeoJson(
    outlines[["district_code", "geometry"]].to_json(),
    style_function=lambda _f: {"fill": False, "color": "black", "weight": 2},
).add_to(fmap)
# st_folium with its defaults on purpose: the reference is what a first try looks like, every pan
# and zoom sent back to the server included.
st_folium(fmap, height=600, use_container_width=True)
