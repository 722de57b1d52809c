"""Protocols: the shipped library and the convening's own copies."""
