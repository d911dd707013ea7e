"""Alembic environment of the coordinator database (run by :func:`cocausal.service.db.upgrade`)."""

from alembic import context

from cocausal.service.db import Base, make_engine

config = context.config
engine = make_engine(config.get_main_option("sqlalchemy.url"))
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
