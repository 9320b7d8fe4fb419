"""Pure functions behind the Streamlit page: view, filters, figures, map, comparison."""
