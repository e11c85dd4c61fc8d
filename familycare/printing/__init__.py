"""Printing: visit cards to PDF or a printer (Qt; the domain decides what goes on a card)."""
