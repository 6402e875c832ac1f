"""Where settings come from when the command line does not give them."""

import os
from pathlib import Path

DEFAULT_ARCHIVE_DIR = Path("data") / "archive"
# Where `make demo` writes the mirror's history (the Makefile's DEMO_ARCHIVE).
DEMO_ARCHIVE = "data/mirror-history"


def archive_dir(value: str | None) -> Path:
    """--archive, else PARIS_ARCHIVE_DIR, else the git-ignored data folder of the working directory."""
    return Path(value or os.environ.get("PARIS_ARCHIVE_DIR") or DEFAULT_ARCHIVE_DIR)
