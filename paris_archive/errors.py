"""The one exception type the command line turns into a one-line error instead of a traceback."""


class UserError(Exception):
    """A mistake in what the user asked for: shown as `paris-archive: error: <message>`, exit code 2."""
