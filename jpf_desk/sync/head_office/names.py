"""Names of head office's schema and roles, shared by its steps and the sync itself."""

from __future__ import annotations

SCHEMA = "ho"
CENTRE_GROUP = "jpf_centre"  # NOLOGIN role every centre's login role belongs to
HEAD_OFFICE_GROUP = "jpf_head_office"  # NOLOGIN role of head office's own accounts
