"""The Protocols tab: the library and this convening's own protocols, and their editor."""
