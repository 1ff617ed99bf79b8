"""The classes section: course catalogue, classes and who sits in them."""
