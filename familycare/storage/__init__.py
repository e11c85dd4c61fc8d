"""storage layer (see HOUSE_STYLE.md)."""
