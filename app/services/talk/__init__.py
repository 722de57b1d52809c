"""Talk-time balance: lenses, conversations, turns, goals, and what the room may see."""
