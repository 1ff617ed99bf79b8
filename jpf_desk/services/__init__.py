"""Use cases. Each takes a Desk and plain values, owns its transaction and returns
plain dataclasses, so the window, the command line and the tests share them."""
