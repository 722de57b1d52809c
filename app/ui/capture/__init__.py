"""Room capture in the console: the bridge to the GUI thread, the Wall tab's capture panel."""
