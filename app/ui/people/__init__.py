"""People and Teams tabs of the console, their editors, and the roster CSV import dialog."""
