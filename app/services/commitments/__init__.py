"""Commitments for the action period and bright spots."""
