"""Co-facilitation's rules, with no I/O: what a device may send (its actions and cues), their limits, and
the device page's words in English and Spanish."""
