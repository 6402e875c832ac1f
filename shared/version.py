"""The version written into every manifest, so a snapshot says which code produced it."""

import json
import subprocess
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

try:
    _DISTRIBUTION = distribution("paris-archive")
    PACKAGE_VERSION = _DISTRIBUTION.version
except PackageNotFoundError:
    _DISTRIBUTION = None
    PACKAGE_VERSION = "0+unknown"


def code_version() -> str:
    """The package version plus the commit it was built from (`0.1.0+g1a2b3c4`).

    An installed copy (`make install`) knows its commit from its own metadata: pip records it in
    `direct_url.json` when it installs from git, so no repository is needed, or readable, at run time. Only a
    developer's editable checkout asks git, the checkout being the code that runs.
    """
    origin = _install_origin()
    commit = (origin.get("vcs_info") or {}).get("commit_id")
    if commit:
        return f"{PACKAGE_VERSION}+g{commit[:7]}"
    if (origin.get("dir_info") or {}).get("editable") or _DISTRIBUTION is None:
        return _checkout_version()
    return PACKAGE_VERSION


def _install_origin() -> dict:
    """What pip recorded about where the package came from (PEP 610), or {}."""
    if _DISTRIBUTION is None:
        return {}
    try:
        return json.loads(_DISTRIBUTION.read_text("direct_url.json") or "{}")
    except ValueError:
        return {}


def _checkout_version() -> str:
    checkout = Path(__file__).resolve().parent.parent
    try:
        commit = subprocess.run(
            # safe.directory: the checkout may belong to another user than the one running it.
            ["git", "-c", f"safe.directory={checkout}", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return PACKAGE_VERSION
    return f"{PACKAGE_VERSION}+g{commit}" if commit else PACKAGE_VERSION
