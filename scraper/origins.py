"""Map the origin a page was fetched from to the origin it stands for (a mirror on loopback -> the live host)."""

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class OriginMap:
    served_to_live: dict[str, str]

    def to_live(self, url: str | None) -> str | None:
        if url is None:
            return None
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        live = self.served_to_live.get(origin)
        return live + url[len(origin):] if live else url
