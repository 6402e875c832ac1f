"""The extraction layer: pure functions from a captured page to page columns, facts and news.

The entry point is `scraper.parsers.extract.extract_page`. The package itself only names the extractor's version
and the layout every unknown page gets, so that the crawl's process and the health checks can use them without
loading the parsers. How to add a layout or a city: README.md beside this file.
"""

# Bump whenever the rows extracted from the same page may change.
EXTRACTOR_VERSION = "2.17.0"
# The layout that reads any page no specific layout claims (the last of the registry).
FALLBACK_LAYOUT = "generic"
