"""The version written into every manifest, so a snapshot says which code produced it."""

import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:
    PACKAGE_VERSION = version("paris-archive")
except PackageNotFoundError:
    PACKAGE_VERSION = "0+unknown"


def code_version() -> str:
    """The package version plus the git commit when running from a checkout (`0.1.0+g1a2b3c4`)."""
    checkout = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return PACKAGE_VERSION
    return f"{PACKAGE_VERSION}+g{commit}" if commit else PACKAGE_VERSION
