"""File > Export handout…: choose what the handout covers, build it in the background, open it."""
