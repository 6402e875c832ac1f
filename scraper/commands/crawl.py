"""`scrapy crawl` as Scrapy runs it, with an exit code that says what became of the snapshot, as
`paris-archive crawl`'s does: 75 when another crawl holds the archive (nothing was started), 1 when the
snapshot was not written. Scrapy's own exits 0 whenever the spider ran at all."""

from scrapy.commands import crawl
from scrapy.crawler import Crawler
from scrapy.spiders import Spider

# sysexits.h EX_TEMPFAIL, as archive.lock.ArchiveBusy.
EXIT_BUSY = 75
EXIT_FAILED = 1


class Command(crawl.Command):
    _crawler: Crawler | None = None

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        self._crawler = super()._create_crawler(spidercls)
        return self._crawler

    def run(self, args, opts) -> None:
        super().run(args, opts)
        if self.exitcode or self._crawler is None:
            return
        status = self._crawler.stats.get_value("archive/status")
        if status == "busy":
            self.exitcode = EXIT_BUSY
        elif status == "failed":
            self.exitcode = EXIT_FAILED
