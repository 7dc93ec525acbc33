"""Alembic environment: run on the connection :func:`soket.store.db.upgrade` hands over.

There is no alembic.ini at run time; ``alembic`` on the command line works too with
``-x url=...`` (see ``docs/store.md``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from soket.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line: alembic -x url=sqlite:///soket.db upgrade head
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database: alembic -x url=... upgrade head")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
