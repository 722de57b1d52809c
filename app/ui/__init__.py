"""Qt lives only here: the console window, the projector window and its scenes."""
