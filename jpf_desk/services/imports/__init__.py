"""Bringing customers in from the spreadsheets centres kept before JPF Desk."""
