"""ETL of the Veiligheidslandschap Oost-Nederland: reference data and registers → parquet marts."""
