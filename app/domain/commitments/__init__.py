"""Commitments for the action period, and bright spots: pure rules, no I/O."""
