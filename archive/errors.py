"""The exceptions the archive raises for problems a user can fix (a wrong path, an unknown id, a bad row)."""


class ArchiveError(Exception):
    """A one-line, user-facing message: show it as it is, without a traceback."""


class RowError(ArchiveError):
    """A row does not fit its table: an unknown column, a missing id or a value of the wrong type."""
