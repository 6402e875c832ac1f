"""Backfill: rebuild the section's history from a Wayback-compatible web archive, one snapshot per capture date."""
