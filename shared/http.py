"""What HTTP says, as the crawl, the mirror and their tests read it."""

# The statuses whose Location header names where the page moved.
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
