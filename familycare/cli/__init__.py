"""cli layer (see HOUSE_STYLE.md)."""
