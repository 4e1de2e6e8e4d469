"""Pricing (issue 14): rate cards, quotes, a waybill's price at creation and at receiving."""
