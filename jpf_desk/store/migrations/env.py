"""Alembic environment: always runs on a connection handed in by store.migrate."""

from alembic import context

from jpf_desk.store import models  # noqa: F401 - registers every table
from jpf_desk.store.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through jpf_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
