"""The course catalogue, classes, enrolments and payments."""
