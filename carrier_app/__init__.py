"""carrier_app: depot software for a courier / 3PL carrier."""

__version__ = "0.1.0"
