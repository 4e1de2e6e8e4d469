"""Reports for the supervisor (issue 13): gap lists (lists.py), and the dashboard's figures
and the day report from one set of aggregate queries (figures.py)."""
