"""Reports (issue 13): the supervisor dashboard's figures and the day report, from one set of
aggregate queries (figures.py)."""
