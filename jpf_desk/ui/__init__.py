"""Everything Qt: windows, views, dialogs. Views call services, never the store."""
