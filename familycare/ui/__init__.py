"""ui layer (see HOUSE_STYLE.md)."""
