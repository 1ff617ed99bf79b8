"""JPF Desk: front-desk program for JPF centres (intake, consent, dossiers, sync)."""

__version__ = "0.1.0"
