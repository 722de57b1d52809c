"""The Talk tab: who has the floor, live figures per person and per group."""
