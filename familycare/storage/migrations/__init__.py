"""Alembic migration scripts, configured in code (no alembic.ini)."""
