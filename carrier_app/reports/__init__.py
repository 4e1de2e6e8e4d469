"""Reports for the supervisor: gap lists (lists.py) and the dashboard / day report figures."""
