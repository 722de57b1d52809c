"""Improvement between convenings: PDSA cycles, shared measures and run charts, the driver diagram."""
