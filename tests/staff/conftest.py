"""Head-office fixtures for test_access_log_sync.py (PostgreSQL started on demand)."""

from tests.sync.conftest import (  # noqa: F401 - fixtures
    empty_store,
    head_office,
    make_desk,
    pg_server,
)
