"""From a raw capture to the rows of a snapshot: run the parsers over it and store its WARC records and rows.

Shared by the crawl's archive process, the backfill and re-extraction; no Scrapy here.
"""
