"""The Streamlit dashboard of the Veiligheidslandschap Oost-Nederland."""
