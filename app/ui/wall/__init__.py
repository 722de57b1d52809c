"""The sticky-note wall on the console: the board view, its items and the Wall tab."""
