"""Improvement between convenings: PDSA cycles, shared measures, the driver diagram. Pure rules, no I/O."""
