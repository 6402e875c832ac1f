"""The extraction layer: pure functions from a captured page to page columns, facts and news.

The entry point is `scraper.parsers.extract.extract_page`. The package itself only names the extractor's version,
so that the crawl's process can record it without loading the parsers, which run in a process of their own.
"""

# Bump whenever the rows extracted from the same page may change.
EXTRACTOR_VERSION = "2.0.0"
