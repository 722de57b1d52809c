"""Participants and teams: records, edits with undo, and roster imports from CSV."""
