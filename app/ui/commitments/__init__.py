"""The Commitments tab: what each team will do in the action period, how last time's went, bright spots."""
