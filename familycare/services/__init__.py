"""services layer (see HOUSE_STYLE.md)."""
