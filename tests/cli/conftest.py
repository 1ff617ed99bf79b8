"""Fixtures for command-line tests: the head-office server for `head-office init`."""

from tests.sync.conftest import pg_server  # noqa: F401 - used by test_bad_input.py
