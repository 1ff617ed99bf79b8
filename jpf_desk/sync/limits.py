"""The sizes head office accepts, in one place for both directions of a sync.

Head office refuses a pushed row whose JSON is longer than MAX_ROW_BYTES and a batch of
more than MAX_BATCH_ROWS rows (jpf_desk/sync/head_office/migrations.py enforces both);
a desk can hold a pulled row to the same bound. The biggest real row today (a consent
receipt with its policy snapshot) is a few kilobytes: 256 KiB leaves room for growth
and keeps one hostile row from filling every desk of a centre.

A pulled page is bounded in bytes too (sync/pull.py): head office stops a page once its
rows' JSON reaches MAX_PAGE_BYTES (the row crossing it included), and the desk refuses a
page that goes on past it.
"""

from __future__ import annotations

MAX_ROW_BYTES = 256 * 1024  # octets of a row's JSON text (`data::text` at head office)
MAX_BATCH_ROWS = 5000  # rows of one pushed batch (the desk sends at most 2,000)
# Octets of JSON text in one pulled page before its last row (so a page is under
# MAX_PAGE_BYTES + MAX_ROW_BYTES). A syncing desk's 2,000 rows (about 1 KiB each on
# average in the demo centre) stay under it; a joining desk's 10,000-row pages are cut to
# about 7,000. 4 MiB (about 3,700 rows) seemed to cost the 151,000-row join some CPU:
# more, smaller commits.
MAX_PAGE_BYTES = 8 * 1024 * 1024
