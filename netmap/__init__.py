"""netmap: maps local integration networks as a property graph."""

__version__ = "0.1.0"
