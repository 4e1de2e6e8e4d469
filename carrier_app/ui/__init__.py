"""The PySide6 user interface. Talks to the database only through services."""
