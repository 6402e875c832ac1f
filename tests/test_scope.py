import re

import pytest

from scraper.origins import OriginMap
from scraper.scope import CrawlScope, ScopeError

PORTAL = "http://127.0.0.1:8123/politiques/paris-a-l-international/rub_6587"
ENGLISH = "http://127.0.0.1:8123/english/international/rub_8118"


@pytest.mark.parametrize("url, allowed", [
    ("http://127.0.0.1:8123/politiques/paris-a-l-international/paris-ville-monde/page", True),
    ("http://127.0.0.1:8123/english/international/networks", True),
    ("http://127.0.0.1:8123/politiques/paris-a-l-international/", True),
    ("http://127.0.0.1:8123/loisirs/musees", False),
    ("http://127.0.0.1:8123/politiques/autre-rubrique/page", False),
    ("http://127.0.0.1:9999/politiques/paris-a-l-international/page", False),
    ("https://127.0.0.1:8123/politiques/paris-a-l-international/page", False),
    ("http://www.uclg.org/politiques/paris-a-l-international/page", False),
    ("mailto:someone@paris.fr", False),
])
def test_default_scope_is_the_start_urls_path_prefixes_on_their_hosts(url, allowed):
    assert CrawlScope.from_start_urls([PORTAL, ENGLISH]).allows(url) is allowed


def test_allow_pattern_replaces_the_prefixes_but_keeps_the_hosts():
    scope = CrawlScope.from_start_urls([PORTAL], allow=r"/loisirs/")
    assert scope.allows("http://127.0.0.1:8123/loisirs/musees")
    assert not scope.allows("http://127.0.0.1:8123/politiques/paris-a-l-international/page")
    assert not scope.allows("http://elsewhere.example/loisirs/musees")


@pytest.mark.parametrize("start_urls, allow, message", [
    ([], None, "no start URL"),
    (["www.paris.fr/international"], None, "not an absolute http(s) URL"),
    (["ftp://www.paris.fr/x"], None, "not an absolute http(s) URL"),
    ([PORTAL], "(unclosed", "not a valid regular expression"),
])
def test_bad_scope_is_a_clear_error(start_urls, allow, message):
    with pytest.raises(ScopeError, match=re.escape(message)):
        CrawlScope.from_start_urls(start_urls, allow)


def test_origin_map_swaps_only_the_mapped_origin():
    origins = OriginMap({"http://127.0.0.1:8123": "http://www.paris.fr"})
    assert origins.to_live("http://127.0.0.1:8123/a/b?c=1") == "http://www.paris.fr/a/b?c=1"
    assert origins.to_live("http://127.0.0.1:9999/a") == "http://127.0.0.1:9999/a"
    assert origins.to_live(None) is None
