"""Pickup: merchants, pickup requests and receiving at the origin depot (issue 5)."""
