"""The exception a backfill raises when an archive cannot be asked or does not answer usefully."""


class BackfillError(Exception):
    """A one-line message for the user: a CDX server or replay that failed, after the retries it was given."""
