"""Running the day live: the console's Live tab, the tick driver and chimes."""
