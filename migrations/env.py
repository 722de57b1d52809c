"""Alembic environment for convening files.

The app passes an open connection in ``config.attributes["connection"]``; the
command line (`alembic -x path=FILE ...`) falls back to sqlalchemy.url.

On SQLite the whole upgrade is one transaction, run the way SQLite documents
for schema changes (https://www.sqlite.org/lang_altertable.html#otheralter):
foreign keys off *before* the transaction begins (the pragma is a no-op inside
one), so that a batch rebuild of a parent table (drop and recreate) does not
fire ON DELETE SET NULL/CASCADE in its children; `PRAGMA foreign_key_check`
before the commit (any dangling row rolls everything back); foreign keys on
again afterwards. From revision 0010 on, the same transaction writes which
Convene upgraded the file (convene_meta, app/store/migrate.py:stamp_version).
The DDL is inside the transaction because the connection is
put in driver autocommit and BEGIN is sent explicitly: pysqlite on its own
sends no BEGIN before DDL, so each ALTER would commit on its own.
"""

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.store.migrate import ForeignKeyCheckError, stamp_version
from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,
    )


def _run(connection) -> None:
    if connection.dialect.name != "sqlite":  # pragma: no cover - convening files are SQLite
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    if connection.in_transaction():
        raise RuntimeError(
            "Run SQLite migrations on a connection that is not in a transaction yet: "
            "PRAGMA foreign_keys=OFF does nothing inside one."
        )
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    saved_isolation = raw.isolation_level
    try:
        with connection.begin():  # engines set up like the app's send BEGIN here (their "begin" event)
            if not raw.in_transaction:  # a plain pysqlite engine does not: BEGIN ourselves
                raw.isolation_level = None
                raw.execute("BEGIN")
            _configure(connection)
            context.run_migrations()
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise ForeignKeyCheckError(
                    f"the upgrade would leave {len(dangling)} rows pointing at missing rows "
                    f"(first: table {dangling[0][0]}, row {dangling[0][1]}); nothing was changed."
                )
            if connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='convene_meta'"
            ).first():  # revision 0010 on: the file names this version, in the same transaction as the upgrade
                stamp_version(connection)
    finally:
        if raw.in_transaction:  # pragma: no cover - the block above commits or rolls back
            raw.rollback()
        raw.isolation_level = saved_isolation
        raw.execute("PRAGMA foreign_keys=ON")


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
