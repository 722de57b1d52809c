"""Persistence: SQLAlchemy models, engine setup, migrations, backups, file lock."""
