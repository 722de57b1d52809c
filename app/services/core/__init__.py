"""Shared plumbing every capability uses: the workspace (the open file), the bus, the undo history, jobs, the error log."""
