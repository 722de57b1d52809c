"""The console's own: the demo convening, the first-frame peek at a file, Help > About."""
