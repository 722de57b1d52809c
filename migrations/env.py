"""Alembic environment for convening files.

The app passes an open connection in ``config.attributes["connection"]``; the
command line (`alembic -x path=FILE ...`) falls back to sqlalchemy.url.
"""

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    path = context.get_x_argument(as_dictionary=True).get("path")
    if path:
        url = f"sqlite:///{path}"
    engine = engine_from_config({"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("Convene migrations run online only.")
run_migrations_online()
