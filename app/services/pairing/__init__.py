"""Buddy-school pairing and participant tables: criteria, rules, rounds."""
