"""The paper sizes a handout prints on (a module of its own, light enough to load at start-up)."""

A4 = "A4"
LETTER = "Letter"
PAPER_SIZES = (A4, LETTER)
