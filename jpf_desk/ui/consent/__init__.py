"""Consent at the desk: the consent dialog, withdrawal, the customer's consents tab, preview."""
