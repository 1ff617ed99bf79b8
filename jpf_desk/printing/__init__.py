"""PDF documents made with reportlab (no Qt): consent receipts and blank paper forms."""
