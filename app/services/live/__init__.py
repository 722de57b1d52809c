"""The live run: the one timing engine over stored timer events, and projected start times."""
