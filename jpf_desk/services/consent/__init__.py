"""Consent capture, its proof (receipts, hash chain) and the data policy versions."""
