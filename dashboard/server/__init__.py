"""What the server adds in front of Streamlit: Dutch documents from the first byte."""
