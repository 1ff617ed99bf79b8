"""Head-office sync over PostgreSQL: push the outbox, pull changes, keep conflicts.

- head_office/: the server side, versioned SQL applied by a small migrator (a generic
  row store `ho.rows`, `ho.applied_batches`, one login role per centre, row-level
  security: a centre reads its own and shared rows, writes its own, deletes nothing).
- rows: any synced local table to/from JSON by table name (mapper registry).
- outbox / protocol.push_batch: a batch id is committed on the outbox rows before
  sending; head office applies rows and records the id in one transaction and answers
  a known id without applying it again; the desk then deletes those outbox rows.
- pull.fetch_page / inbox: changes after the cursor (ho_seq, handed out in commit
  order), one statement per page bounded in rows and bytes, applied without outbox rows; a row with an
  unacknowledged local change becomes a conflict (append-only tables never do).
- checks: what a desk verifies in each pulled row; order: parents-first table order;
  parking: rows set aside (parked until their parent comes, or quarantined), never
  dropped; restore: a desk put back from an older copy of itself.
- client.SyncRun: pull, push, pull again if rows were turned away.
"""
