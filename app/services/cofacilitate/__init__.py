"""Co-facilitation: a second facilitator's devices on the room's server (issue 24)."""
