"""Running Alembic migrations on a convening file, from the app.

Start-up never imports Alembic when the file is already at the head revision:
HEAD_REVISION and KNOWN_REVISIONS are constants that a test checks against the
migration scripts.
"""

from __future__ import annotations

from sqlalchemy import Connection

from app.locations import MIGRATIONS_DIR

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
                                   "0012", "0013", "0014", "0015", "0016", "0017")
HEAD_REVISION = KNOWN_REVISIONS[-1]
# The first Convene release that can open a file at HEAD_REVISION: written into every file it upgrades or
# creates (convene_meta.min_version, revision 0010), and named by an older Convene that cannot open it.
# Raise it to the coming release whenever a migration is added.
MIN_VERSION_FOR_HEAD = "0.3.0"


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


class ForeignKeyCheckError(RuntimeError):
    """An upgrade would leave rows pointing at rows that do not exist; it was rolled back."""


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the schema on `connection`, all of it in one transaction, committed here.

    `connection` must not be in a transaction yet: on SQLite, migrations/env.py
    turns foreign keys off before it begins (see there), checks them before the
    commit and turns them on again afterwards.
    """
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def stamp_version(connection: Connection) -> None:
    """Record in the file which Convene wrote it and which version it needs (convene_meta, revision 0010).

    Written only when a value differs, so opening a file with the same version changes nothing.
    The caller commits.
    """
    from sqlalchemy import text

    from app import __version__

    wanted = {"written_by": __version__, "min_version": MIN_VERSION_FOR_HEAD}
    have: dict[str, str] = dict(connection.execute(text("SELECT key, value FROM convene_meta")).all())
    for key, value in wanted.items():
        if have.get(key) != value:
            connection.execute(text("INSERT OR REPLACE INTO convene_meta (key, value) VALUES (:k, :v)"),
                               {"k": key, "v": value})
