"""The versions of the libraries a snapshot's rows depend on, recorded in its manifest.

The same captures can give other rows under another lxml (or the libxml2 it is built with), dateparser or
htmldate: with these in the manifest, a changed row can be told from a changed page, and an old snapshot can
be re-extracted with what made it (`requirements.lock` pins what the tests passed with).
"""

import platform
from functools import cache
from importlib.metadata import PackageNotFoundError, version

# The parsers' libraries (and those dateparser reads dates with), then those that write the files.
EXTRACTION_LIBRARIES = ("lxml", "dateparser", "htmldate", "text2num", "regex", "python-dateutil", "pytz", "tzlocal")
STORAGE_LIBRARIES = ("pyarrow", "warcio")


@cache
def library_versions() -> dict[str, str]:
    """`{"python": "3.11.7", "libxml2": "2.14.6", "lxml": "6.1.3", ...}`; a library not installed is left out."""
    versions = {"python": platform.python_version()}
    try:
        from lxml import etree  # the C libraries lxml runs on: they parse the HTML, not lxml's own code

        versions["libxml2"] = ".".join(map(str, etree.LIBXML_VERSION))
        versions["libxslt"] = ".".join(map(str, etree.LIBXSLT_VERSION))
    except ImportError:
        pass
    for name in (*EXTRACTION_LIBRARIES, *STORAGE_LIBRARIES):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            continue
    return versions
