"""The sync section: sync now with progress and cancel, last-sync time, conflicts."""
