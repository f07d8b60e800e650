"""spaCy components of opstally, each a registered factory (`opstally_…`)."""
