"""One row per news item: an item is listed on several pages but stored once per snapshot."""


def unique_news(rows: list[dict]) -> list[dict]:
    """Keep one row per `news_id`, in order of first appearance.

    The row read from the item's own page (`source_url == url`) wins, since it is the most
    complete; otherwise the first row seen.
    """
    chosen: dict[str, dict] = {}
    for row in rows:
        news_id = row["news_id"]
        if news_id not in chosen or (_from_own_page(row) and not _from_own_page(chosen[news_id])):
            chosen[news_id] = row
    return list(chosen.values())


def _from_own_page(row: dict) -> bool:
    return row.get("url") is not None and row.get("source_url") == row.get("url")
