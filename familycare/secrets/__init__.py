"""secrets layer (see HOUSE_STYLE.md)."""
