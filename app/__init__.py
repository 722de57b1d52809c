"""Convene: an offline facilitation console for school improvement convenings."""

__version__ = "0.3.0"
