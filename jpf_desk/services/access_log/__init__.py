"""The access log: recording, verifying and reading who saw or took customers' data."""
