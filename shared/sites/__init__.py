"""The site the archive is of, chosen by the `site` setting: a profile shipped here (`paris`), or a Python file that
defines `PROFILE = SiteProfile(...)` (a copy of `shared/sites/paris.py` for another city).

The command line puts the chosen site in $PARIS_ARCHIVE_SITE, so that the crawl, the archive's process and every
command run from a schedule read the same one.
"""

import importlib
import importlib.util
import os
import pkgutil
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from shared.sites.profile import SiteProfile

SITE_ENV = "PARIS_ARCHIVE_SITE"
DEFAULT_SITE = "paris"
_BUILT_IN = re.compile(r"[a-z][a-z0-9_]*")
_NOT_PROFILES = {"profile"}

__all__ = ["DEFAULT_SITE", "SITE_ENV", "SiteProfile", "UnknownSite", "built_in_sites", "current_site", "load_site"]


class UnknownSite(ValueError):
    """A `site` that names no profile; the message says which ones exist."""


def built_in_sites() -> list[str]:
    return sorted(module.name for module in pkgutil.iter_modules(__path__) if module.name not in _NOT_PROFILES)


@cache
def load_site(site: str) -> SiteProfile:
    """The profile `site` names: a built-in one by its name, or a `.py` file by its path."""
    if site.endswith(".py"):
        return _profile_of(_module_from_file(Path(site)), site)
    if not _BUILT_IN.fullmatch(site) or site not in built_in_sites():
        raise UnknownSite(f"unknown site {site!r}: sites: {', '.join(built_in_sites())}, or the path of a .py "
                          f"file defining PROFILE (a copy of shared/sites/paris.py)")
    return _profile_of(importlib.import_module(f"{__name__}.{site}"), site)


def current_site(environ: Mapping[str, str] = os.environ) -> SiteProfile:
    """The profile of $PARIS_ARCHIVE_SITE, else Paris's."""
    return load_site(environ.get(SITE_ENV) or DEFAULT_SITE)


def _module_from_file(path: Path):
    if not path.is_file():
        raise UnknownSite(f"site {str(path)!r}: no such file")
    spec = importlib.util.spec_from_file_location(f"_site_profile_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a profile written by hand: say which file and what went wrong, in one line
        raise UnknownSite(f"site {str(path)!r} could not be loaded: {type(exc).__name__}: {exc}") from None
    return module


def _profile_of(module, site: str) -> SiteProfile:
    profile = getattr(module, "PROFILE", None)
    if not isinstance(profile, SiteProfile):
        raise UnknownSite(f"site {site!r} defines no PROFILE = SiteProfile(...)")
    return profile
