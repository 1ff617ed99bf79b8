"""Head-office sync over PostgreSQL: push the outbox, pull changes, keep conflicts."""
