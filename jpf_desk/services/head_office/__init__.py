"""This desk and head office: connecting, syncing, conflicts, joining a centre."""
