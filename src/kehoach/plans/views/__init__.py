"""Views of the plans area, one module per feature."""
