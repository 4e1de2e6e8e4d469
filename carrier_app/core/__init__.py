"""Pure domain rules: no Qt, no SQLAlchemy, no reportlab (import-linter enforces it)."""
