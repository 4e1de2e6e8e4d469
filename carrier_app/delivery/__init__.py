"""Delivery: proof of delivery with signature, failed attempts, returns to sender."""
