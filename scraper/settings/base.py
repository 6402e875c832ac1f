"""Polite defaults for crawling the live section; every tunable can be overridden with -s or the environment."""

import os

from shared.sites import current_site
from shared.version import PACKAGE_VERSION

BOT_NAME = "paris_archive"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"

# Who we are and how site owners can reach us: the contact goes into every request's User-Agent (else the site
# profile's own contact, if it names one).
ARCHIVE_CONTACT = os.environ.get("PARIS_ARCHIVE_CONTACT", "") or current_site().contact
USER_AGENT = f"paris-archive/{PACKAGE_VERSION} (+{ARCHIVE_CONTACT or 'contact not set'})"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# The section lives on one host, so one request at a time overall is the same politeness. Measured on the
# loopback mirror: a global limit above the per-host one left the downloader idle ~75 ms between requests.
CONCURRENT_REQUESTS = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2

# Redirects are archived as responses of their own (so a moved page is visible), and the spider follows
# their Location itself; every status reaches the spider so that 404s and 500s are recorded too.
REDIRECT_ENABLED = False
METAREFRESH_ENABLED = False
HTTPERROR_ALLOW_ALL = True

# A page's body is cut off past this size (on the wire or after decompression) or past DOWNLOAD_TIMEOUT, and
# recorded with its status and the reason (scraper/limits.py): memory and time per page stay bounded.
ARCHIVE_MAX_PAGE_BYTES = 20_000_000
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "scraper.limits.BoundedResponses": 590,
}
SPIDER_MIDDLEWARES = {"scraper.limits.LimitReasons": 950}
# A page whose parsing takes longer is archived unparsed, with the reason in its row: the crawl goes on.
ARCHIVE_EXTRACTION_SECONDS = 30.0

# A runaway crawl (a calendar, a faceted search) stops here instead of filling the disk.
CLOSESPIDER_PAGECOUNT = int(os.environ.get("PARIS_ARCHIVE_MAX_PAGES", "5000"))

# Parse and archive pages in a child process, beside the crawl (False: in the crawl's own process).
ARCHIVE_PROCESS = True

ITEM_PIPELINES = {
    "pipelines.archive.ArchivePipeline": 800,
}

# Where snapshots go and what they say about their origin (see pipelines/archive.py).
ARCHIVE_DIR = os.environ.get("PARIS_ARCHIVE_DIR", "data/archive")
ARCHIVE_SOURCE = "live"
ARCHIVE_CODE_VERSION = PACKAGE_VERSION
# {served origin: live origin}: a crawl of the mirror stores the live URLs it stands for.
ARCHIVE_ORIGIN_MAP: dict[str, str] = {}
ARCHIVE_EXTRA: dict[str, object] = {}

# `scrapy crawl` exits 75 when the archive is busy and 1 when the snapshot was not written (scraper/commands/).
COMMANDS_MODULE = "scraper.commands"

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("PARIS_ARCHIVE_LOG_LEVEL", "INFO")
