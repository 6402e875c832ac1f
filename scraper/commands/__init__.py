"""The project's own `scrapy` commands (COMMANDS_MODULE): `crawl`, whose exit code says what became of the archive."""
