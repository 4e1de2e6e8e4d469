"""PDF (reportlab) and ZPL builders. Each returns bytes; none touches the database."""
