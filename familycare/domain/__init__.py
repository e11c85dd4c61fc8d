"""domain layer (see HOUSE_STYLE.md)."""
