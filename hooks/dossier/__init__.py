"""Turn a folder of raw news articles into a cross-linked dossier (MkDocs-free core)."""
