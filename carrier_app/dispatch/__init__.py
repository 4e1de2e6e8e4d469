"""Dispatch at the branch: couriers and routes, assignment, run sheets and close-out."""
