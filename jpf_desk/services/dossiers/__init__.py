"""Study-abroad dossiers: stages, the document checklist and the file vault."""
