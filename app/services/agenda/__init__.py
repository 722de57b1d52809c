"""The agenda: days of items, their computed times, edits with undo, re-planning."""
