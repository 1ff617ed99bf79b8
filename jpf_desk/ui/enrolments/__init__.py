"""Enrolling customers in classes, status changes and payments."""
