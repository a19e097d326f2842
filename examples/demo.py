"""Placeholder replaced by the quickstart runner."""
