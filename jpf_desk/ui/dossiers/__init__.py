"""Study-in-France dossiers: the board, the dossier dialog, sending to partners."""
