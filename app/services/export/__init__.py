"""Handouts and CSV files: each capability's part gathered into one Handout, then written."""
