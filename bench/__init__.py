"""Benchmarks: each prints its figures and their ratio to a named baseline."""
