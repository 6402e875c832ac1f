"""What every layer may read: the code's version and the clock. Imports nothing of the project."""
