"""A network's year: the next convening built from the last, and one view across a folder of convening files."""
