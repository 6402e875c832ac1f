"""Reading the config file with care: it decides what runs and where reports go, so it must be a regular file that
only its owners can change, and reading it must never hang (a FIFO, /dev/zero)."""

import os
import stat
from pathlib import Path

from paris_archive.errors import UserError

# Far beyond any real config: the example with every setting is a few kilobytes.
MAX_CONFIG_BYTES = 1_000_000


class ConfigFileError(UserError):
    """The config file cannot be used: it is named, with why."""


def read_config_text(path: Path) -> str:
    """The text of the config file at `path`; ConfigFileError, naming it, when it is not a small regular file in
    UTF-8 that others than its owner and group cannot write."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ConfigFileError(f"config file {path} does not exist") from None
    except IsADirectoryError:
        raise ConfigFileError(f"config file {path} is a folder") from None
    except OSError as exc:
        raise ConfigFileError(f"config file {path} cannot be read ({exc.strerror})") from None
    with os.fdopen(descriptor, "rb") as handle:
        details = os.fstat(descriptor)
        if stat.S_ISDIR(details.st_mode):
            raise ConfigFileError(f"config file {path} is a folder")
        if not stat.S_ISREG(details.st_mode):
            raise ConfigFileError(f"config file {path} is not a regular file")
        if details.st_mode & stat.S_IWOTH:
            raise ConfigFileError(f"config file {path} can be changed by anyone (mode {details.st_mode & 0o777:o}); "
                                  f"it decides what runs and where reports go: `chmod o-w {path}`")
        try:
            data = handle.read(MAX_CONFIG_BYTES + 1)
        except OSError as exc:
            raise ConfigFileError(f"config file {path} cannot be read ({exc.strerror})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigFileError(f"config file {path} is larger than {MAX_CONFIG_BYTES:,} bytes: not a config file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigFileError(f"config file {path} is not UTF-8 text") from None
