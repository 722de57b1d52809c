"""Pure rules of Convene: no I/O, no Qt, no SQLAlchemy, nothing else of ours."""
