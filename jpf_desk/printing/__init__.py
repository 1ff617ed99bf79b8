"""PDF documents made with reportlab (no Qt), each drawn from its own input dataclass.

They import only domain/ and printing/: services build the inputs and hand the bytes to
the window and the command line.
"""
