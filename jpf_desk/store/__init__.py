"""The local store: SQLAlchemy models, engine and Alembic migrations."""
