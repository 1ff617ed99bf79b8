"""Allows `python -m jpf_desk`."""

from jpf_desk.cli import main

raise SystemExit(main())
