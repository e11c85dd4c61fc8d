"""i18n layer (see HOUSE_STYLE.md)."""
