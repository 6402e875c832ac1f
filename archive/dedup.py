"""One row per news item: an item is listed on several pages but stored once per snapshot."""


def page_dates_by_url(pages: list[dict]) -> dict[str, str]:
    """The date each page of a snapshot that answered 200 gives for itself, by URL."""
    return {page["url"]: page["page_date"] for page in pages if page.get("status") == 200 and page.get("page_date")}


def unique_news(rows: list[dict], page_dates: dict[str, str] | None = None) -> list[dict]:
    """Keep one row per `news_id`, in order of first appearance.

    The row read from the item's own page (`source_url == url`) wins, since it is the most
    complete; otherwise the first row seen. A kept row that shows no date takes the one another
    row of the item shows: the item's own page's, else the first teaser's that has one, else the date
    the item's own page gives for itself (`page_dates`, by URL) when the snapshot holds that page but
    read no news row from it.
    """
    chosen: dict[str, dict] = {}
    dated: dict[str, dict] = {}  # per item, the row whose date a dateless kept row takes
    for row in rows:
        news_id = row["news_id"]
        if news_id not in chosen or (_from_own_page(row) and not _from_own_page(chosen[news_id])):
            chosen[news_id] = row
        if row.get("published") and (news_id not in dated or (_from_own_page(row)
                                                                and not _from_own_page(dated[news_id]))):
            dated[news_id] = row
    kept = [_with_date_of(row, dated.get(news_id)) for news_id, row in chosen.items()]
    return [_with_page_date(row, page_dates or {}) for row in kept]


def _with_date_of(row: dict, dated: dict | None) -> dict:
    if row.get("published") or dated is None:
        return row
    return {**row, "published": dated["published"], "date_precision": dated["date_precision"]}


def _with_page_date(row: dict, page_dates: dict[str, str]) -> dict:
    page_date = page_dates.get(row.get("url") or "", "")
    precision = _PRECISION_OF_ISO_LENGTH.get(len(page_date))
    if row.get("published") or precision is None:
        return row
    return {**row, "published": page_date, "date_precision": precision}


_PRECISION_OF_ISO_LENGTH = {4: "year", 7: "month", 10: "day"}


def _from_own_page(row: dict) -> bool:
    return row.get("url") is not None and row.get("source_url") == row.get("url")
