"""Partners, the scope agreed with each, and what was disclosed to them."""
