"""What several test modules share: synthetic snapshots, captures, and a pywb server (not fixtures: plain code)."""
