"""One row per news item and snapshot: the item's own page wins, and a row that shows no date takes the date
another row of the same item shows."""

from archive.dedup import page_dates_by_url, unique_news

ITEM = "https://www.paris.fr/pages/l-aimf-fete-ses-45-ans-a-lausanne-8812"
LIST = "https://www.paris.fr/pages/paris-a-l-international-2433"
NEWS_LIST = "https://www.paris.fr/pages/actualites-internationales-4040"


def row(source_url: str, published: str | None, *, news_id: str = "a1", url: str | None = ITEM,
        summary: str = "") -> dict:
    return {"news_id": news_id, "title": "L’AIMF fête ses 45 ans", "url": url, "published": published,
            "date_precision": {None: None, 4: "year", 7: "month", 10: "day"}[len(published) if published else None],
            "summary": summary, "source_url": source_url}


def test_a_teaser_without_date_is_dated_by_the_item_own_page_in_the_same_snapshot():
    teaser = row(LIST, None, summary="Du 22 au 24 mai")
    own = row(ITEM, "2024-06-07", summary="Lausanne a accueilli le congrès.")
    for rows in ([teaser, own], [own, teaser]):
        (kept,) = unique_news(rows)
        assert (kept["source_url"], kept["published"], kept["date_precision"]) == (ITEM, "2024-06-07", "day")


def test_an_own_page_that_shows_no_date_takes_the_date_a_teaser_shows():
    (kept,) = unique_news([row(LIST, None), row(NEWS_LIST, "2024-05"), row(ITEM, None, summary="Texte.")])
    assert (kept["source_url"], kept["summary"], kept["published"], kept["date_precision"]) == (
        ITEM, "Texte.", "2024-05", "month")


def test_teasers_alone_keep_the_first_row_with_the_first_date_shown():
    (kept,) = unique_news([row(LIST, None, summary="premier"), row(NEWS_LIST, "2024-05-28"), row(LIST, "2024-05-29")])
    assert (kept["summary"], kept["published"]) == ("premier", "2024-05-28")


def test_a_date_the_kept_row_shows_is_never_replaced():
    (kept,) = unique_news([row(LIST, "2024-05-28"), row(ITEM, "2024-06-07")])
    assert (kept["source_url"], kept["published"]) == (ITEM, "2024-06-07")
    (kept,) = unique_news([row(LIST, "2024-05-28"), row(NEWS_LIST, "2024-06-01")])
    assert kept["published"] == "2024-05-28"


def test_items_keep_their_own_dates_and_order():
    rows = [row(LIST, None, news_id="b2", url=None), row(LIST, None), row(ITEM, "2024-06-07")]
    assert [(kept["news_id"], kept["published"]) for kept in unique_news(rows)] == [("b2", None), ("a1", "2024-06-07")]


def test_the_input_rows_are_not_changed():
    teaser = row(LIST, None)
    unique_news([row(ITEM, None), teaser, row(NEWS_LIST, "2024-05")])
    assert teaser["published"] is None


def test_a_teaser_without_date_takes_the_date_its_item_page_gives_for_itself_when_that_page_gave_no_news_row():
    pages = [{"url": ITEM, "status": 200, "page_date": "2024-06-07"}]
    (kept,) = unique_news([row(LIST, None)], page_dates_by_url(pages))
    assert (kept["published"], kept["date_precision"]) == ("2024-06-07", "day")


def test_a_page_date_never_replaces_a_date_an_item_row_shows():
    pages = [{"url": ITEM, "status": 200, "page_date": "2024-06-07"}]
    (kept,) = unique_news([row(LIST, "2024-05")], page_dates_by_url(pages))
    assert (kept["published"], kept["date_precision"]) == ("2024-05", "month")


def test_only_a_page_that_answered_dates_a_teaser():
    pages = [{"url": ITEM, "status": 200, "page_date": "2024-06"},
             {"url": NEWS_LIST, "status": 404, "page_date": "2020-01-01"}]
    dates = page_dates_by_url(pages)
    assert dates == {ITEM: "2024-06"}
    (kept,) = unique_news([row(LIST, None)], dates)
    assert (kept["published"], kept["date_precision"]) == ("2024-06", "month")
    (kept,) = unique_news([row(LIST, None, url=NEWS_LIST, news_id="b2")], dates)
    assert kept["published"] is None
