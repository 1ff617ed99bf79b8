"""The data-subject request queue: filing, deadlines, decisions, erasure, reports."""
