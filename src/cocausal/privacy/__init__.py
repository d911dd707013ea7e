"""Differential privacy (placeholder during development)."""
