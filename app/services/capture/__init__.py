"""Room capture: participants' phones add notes over the venue's network."""
