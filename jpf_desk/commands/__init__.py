"""Subcommands of `jpf-desk` (see jpf_desk.cli)."""
