"""The offline mirror: every epoch served over real loopback HTTP and checked with urllib."""

import json
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from mirror.epochs import InvalidEpoch, UnknownEpoch, history_epochs, list_epochs, load_epoch
from mirror.server import MirrorServer, NotOnOrigin
from shared.http import REDIRECT_STATUSES

# The epochs whose section is its start URLs' path prefixes: the generic checks below crawl them by prefix. The
# 2026 epoch (paris.fr's /pages/ scheme, where a prefix is the whole site) has its own tests, test_crawl_sources.py.
ALL_EPOCHS = ["2012", "2014", "2016", "2016-restyled", "2024"]
PORTAL = "/politiques/paris-a-l-international"
PORTAL_NETWORKS = f"{PORTAL}/paris-ville-monde/la-participation-aux-reseaux-des-villes/rub_6587_stand_16469_port_14974"
PORTAL_ICORN = (f"{PORTAL}/paris-ville-monde/icorn-reseau-international-des-villes-refuges"
                "/rub_6587_stand_16475_port_14974")
PORTAL_MISSING = f"{PORTAL}/jumelage-et-pactes-d-amitie/les-villes-partenaires/rub_6587_stand_16481_port_14976"
REDESIGN_MISSING = "/international/cooperation-decentralisee-4035"
DELIBERATE_404 = {"2012": PORTAL_MISSING, "2014": PORTAL_MISSING, "2016": REDESIGN_MISSING,
                  "2016-restyled": REDESIGN_MISSING, "2024": REDESIGN_MISSING}
REPO = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------- fetching and crawling
@dataclass
class Answer:
    status: int
    headers: Message
    body: bytes


class _DoNotFollow(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# No proxy from the environment: these requests must stay on loopback.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _DoNotFollow)


def fetch(url: str, method: str = "GET", user_agent: str = "mirror-tests") -> Answer:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": user_agent})
    try:
        with OPENER.open(request, timeout=5) as response:
            return Answer(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        with error:
            return Answer(error.code, error.headers, error.read())


def is_html(answer: Answer) -> bool:
    return answer.headers.get_content_type() == "text/html"


def hrefs(body: bytes) -> list[str]:
    return [href.strip() for href in lxml.html.document_fromstring(body).xpath("//a/@href")]


def scope_prefixes(server: MirrorServer) -> list[str]:
    return [path[: path.rfind("/") + 1] for path in server.epoch.start_paths]


def in_scope(server: MirrorServer, url: str) -> bool:
    parts = urlsplit(url)
    return (f"{parts.scheme}://{parts.netloc}" == server.base_url
            and any(parts.path.startswith(prefix) for prefix in scope_prefixes(server)))


def disallowed_paths(server: MirrorServer) -> list[str]:
    robots = fetch(server.base_url + "/robots.txt").body.decode("utf-8")
    return [line.split(":", 1)[1].strip() for line in robots.splitlines() if line.startswith("Disallow:")]


def html_files(site_dir: Path) -> list[Path]:
    return [file for file in site_dir.rglob("*") if file.is_file() and file.suffix in ("", ".html")]


def served_path(site_dir: Path, file: Path) -> str:
    relative = file.relative_to(site_dir).as_posix()
    return "/" + (relative.removesuffix("index.html") if file.name == "index.html" else relative)


@dataclass
class Crawl:
    """What a polite crawler following in-scope links from the start URLs meets."""
    answers: dict[str, Answer] = field(default_factory=dict)  # by path (query included)
    links: dict[str, set[str]] = field(default_factory=dict)  # page path -> absolute link URLs
    skipped_by_robots: set[str] = field(default_factory=set)

    def pages(self, status: int = 200) -> dict[str, Answer]:
        return {path: a for path, a in self.answers.items() if a.status == status and is_html(a)}

    def all_links(self) -> set[str]:
        return set().union(*self.links.values())


def crawl(server: MirrorServer) -> Crawl:
    result = Crawl()
    disallowed = disallowed_paths(server)
    queue = deque(server.start_urls)
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        if key in result.answers or key in result.skipped_by_robots:
            continue
        if any(parts.path.startswith(rule) for rule in disallowed):
            result.skipped_by_robots.add(key)
            continue
        answer = result.answers[key] = fetch(url)
        if answer.status in REDIRECT_STATUSES:
            queue.append(answer.headers["Location"])
        elif answer.status == 200 and is_html(answer):
            links = {urljoin(url, href).split("#")[0] for href in hrefs(answer.body)}
            result.links[key] = links
            queue.extend(link for link in links if in_scope(server, link))
    return result


@pytest.fixture(scope="module", params=ALL_EPOCHS)
def served(request) -> MirrorServer:
    with MirrorServer(load_epoch(request.param)) as server:
        yield server


@pytest.fixture(scope="module")
def crawled(served: MirrorServer) -> Crawl:
    return crawl(served)


@pytest.fixture(scope="module")
def server_2014():
    with MirrorServer(load_epoch("2014")) as server:
        yield server


# ---------------------------------------------------------------------------------------------- epochs
def test_all_epochs_load_and_the_history_is_ordered():
    assert [epoch.name for epoch in list_epochs()] == [*ALL_EPOCHS, "2026"]
    assert [epoch.name for epoch in history_epochs()] == ["2012", "2014", "2016", "2024", "2026"]
    for epoch in list_epochs():
        assert epoch.site_dir.is_dir()
        assert epoch.origin in ("http://www.paris.fr", "https://www.paris.fr")
        assert all(url.startswith(epoch.origin + "/") for url in epoch.live_start_urls)


def test_unknown_epoch_names_the_available_ones():
    with pytest.raises(UnknownEpoch) as error:
        load_epoch("1999")
    message = str(error.value)
    assert "\n" not in message and "1999" in message
    assert all(name in message for name in ALL_EPOCHS)
    with pytest.raises(UnknownEpoch):
        load_epoch("../2012")


def test_a_broken_epoch_file_is_a_clear_error(tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "epoch.json").write_text(json.dumps({"name": "broken", "label": "x"}))
    with pytest.raises(InvalidEpoch, match="captured"):
        load_epoch("broken", tmp_path)


def test_every_epoch_has_at_least_15_html_pages(served):
    assert len(html_files(served.epoch.site_dir)) >= 15


def test_2016_restyled_mirrors_the_2016_urls_outside_the_history():
    original, restyled = load_epoch("2016"), load_epoch("2016-restyled")
    assert not restyled.in_history
    def paths(epoch):
        return sorted(served_path(epoch.site_dir, f) for f in epoch.site_dir.rglob("*") if f.is_file())

    assert paths(original) == paths(restyled)
    assert original.redirects == restyled.redirects


# ---------------------------------------------------------------------------------------------- crawling
def test_a_crawl_reaches_every_page_and_every_in_scope_link_resolves(served, crawled):
    expected_404 = DELIBERATE_404[served.epoch.name]
    for path, answer in crawled.answers.items():
        assert answer.status in {200} | REDIRECT_STATUSES or path == expected_404, (path, answer.status)
    assert crawled.answers[expected_404].status == 404
    reached = {path for path in crawled.answers if crawled.answers[path].status == 200}
    site_dir = served.epoch.site_dir
    unreached = {served_path(site_dir, f) for f in html_files(site_dir)} - reached
    assert all(any(path.startswith(rule) for rule in disallowed_paths(served)) for path in unreached), unreached
    assert len(crawled.pages()) >= 15


def test_robots_disallows_exactly_one_linked_in_scope_path(served, crawled):
    (rule,) = disallowed_paths(served)
    assert any(rule.startswith(prefix) for prefix in scope_prefixes(served))
    assert any(path.startswith(rule) for path in crawled.skipped_by_robots)


def test_pages_link_out_of_scope_on_the_site_and_to_other_hosts(served, crawled):
    links = crawled.all_links()
    own_site_out_of_scope = {link for link in links
                             if link.startswith(served.base_url) and not in_scope(served, link)}
    other_hosts = {urlsplit(link).hostname for link in links if link.startswith("http") and
                   not link.startswith(served.base_url)}
    assert any(urlsplit(link).path.startswith("/loisirs") for link in own_site_out_of_scope)
    assert {"www.facebook.com", "twitter.com"} & other_hosts
    assert len(other_hosts) >= 4


def test_the_redirect_answers_with_a_location_on_the_served_origin(served, crawled):
    for path, redirect in served.epoch.redirects.items():
        answer = fetch(served.base_url + path)
        assert answer.status == redirect.status
        assert answer.headers["Location"] == served.base_url + redirect.to
        assert fetch(answer.headers["Location"]).status == 200
    assert any(answer.status in REDIRECT_STATUSES for answer in crawled.answers.values())


def test_unknown_paths_answer_404_with_a_small_html_page(served):
    answer = fetch(served.base_url + "/international/no-such-page-1")
    assert answer.status == 404
    assert is_html(answer) and b"introuvable" in answer.body


def test_the_linked_pdf_is_a_valid_pdf(served, crawled):
    pdfs = {path: a for path, a in crawled.answers.items() if a.headers.get_content_type() == "application/pdf"}
    assert len(pdfs) == 1
    (answer,) = pdfs.values()
    body = answer.body
    assert body.startswith(b"%PDF-1.") and body.rstrip().endswith(b"%%EOF")
    xref_offset = int(re.search(rb"startxref\s+(\d+)", body).group(1))
    assert body[xref_offset:].startswith(b"xref")


def test_sitemap_lists_live_urls_of_served_pages(served):
    sitemap = fetch(served.base_url + "/sitemap.xml").body.decode("utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(locations) >= 15
    for location in locations:
        assert location.startswith(served.epoch.origin + "/")
        assert fetch(served.to_served(location)).status == 200, location


def test_head_has_the_get_headers_and_no_body(served):
    url = served.start_urls[0]
    get, head = fetch(url), fetch(url, method="HEAD")
    assert head.status == get.status == 200
    assert head.body == b""
    assert int(head.headers["Content-Length"]) == len(get.body)
    assert head.headers["Content-Type"] == get.headers["Content-Type"]
    last_modified = parsedate_to_datetime(head.headers["Last-Modified"])
    assert last_modified == datetime.fromisoformat(served.epoch.captured).replace(tzinfo=UTC)


@pytest.mark.parametrize("target", ["/../epoch.json", "/%2e%2e/epoch.json", "/international/../../epoch.json",
                                    "/english/%2E%2E/%2E%2E/epoch.json", "/%00", "/robots.txt/"])
def test_no_file_outside_the_site_is_served(served, target):
    answer = fetch(served.base_url + target)
    assert answer.status == 404
    assert b'"origin"' not in answer.body


# ---------------------------------------------------------------------------------------------- encodings
def test_portal_pages_are_windows_1252_declared_as_iso_8859_1():
    for name in ("2012", "2014"):
        epoch = load_epoch(name)
        with MirrorServer(epoch) as server:
            for file in html_files(epoch.site_dir / PORTAL.strip("/")):
                path = served_path(epoch.site_dir, file)
                if path == PORTAL_ICORN:
                    continue
                answer = fetch(server.base_url + path)
                assert answer.headers.get_content_charset() == "iso-8859-1", path
                assert "’" in answer.body.decode("windows-1252"), path
                with pytest.raises(UnicodeDecodeError):
                    answer.body.decode("utf-8")


def test_english_pages_are_served_as_utf_8(served, crawled):
    english = {path: a for path, a in crawled.pages().items() if path.startswith("/english/")}
    assert len(english) >= 3
    for answer in english.values():
        assert answer.headers.get_content_charset() == "utf-8"
        answer.body.decode("utf-8")


def test_the_2014_icorn_page_declares_the_wrong_charset(server_2014):
    answer = fetch(server_2014.base_url + PORTAL_ICORN)
    assert answer.status == 200
    assert answer.headers.get_content_charset() == "utf-8"
    with pytest.raises(UnicodeDecodeError):
        answer.body.decode("utf-8")
    text = answer.body.decode("windows-1252")
    assert "Plus de 40 villes" in text and "12 janvier 2011" in text and "’" in text


# ---------------------------------------------------------------------------------------------- content
def text_of(server: MirrorServer, path: str, xpath: str) -> str:
    answer = fetch(server.base_url + path)
    charset = answer.headers.get_content_charset()
    document = lxml.html.document_fromstring(answer.body.decode("windows-1252" if charset == "iso-8859-1" else charset))
    return " ".join(" ".join(node.text_content() for node in document.xpath(xpath)).split())


def test_the_2012_networks_page_is_the_seed_page_without_its_news_block():
    with MirrorServer(load_epoch("2012")) as server:
        body = fetch(server.base_url + PORTAL_NETWORKS).body.decode("windows-1252")
    for marker in ("«« retour", "Partager sur Twiter", "Crédits photo : Mairie de Paris", "[05/04/2012]",
                   "Plus de 1 000 villes", "112 associations nationales", "Créée en avril 1961"):
        assert marker in body
    assert body.count('alt="Puce municipalité"') == 4
    assert 'class="actualites"' not in body


def test_the_2014_networks_page_gains_the_news_block(server_2014):
    news = text_of(server_2014, PORTAL_NETWORKS, "//div[@class='actualites']")
    assert "le 1er décembre" in news and "Déclaration de Paris" in news
    assert "Du 21 au 24 mai dernier" in news and "Ljubljana" in news


def test_2024_removes_moves_and_renames_one_page_each():
    with MirrorServer(load_epoch("2016")) as before, MirrorServer(load_epoch("2024")) as after:
        ucue = "/international/union-des-capitales-de-l-union-europeenne-4025"
        assert fetch(before.base_url + ucue).status == 200
        assert fetch(after.base_url + ucue).status == 404

        moved = "/international/jumelage-et-pactes-d-amitie-4030"
        answer = fetch(after.base_url + moved)
        assert answer.status == 301
        assert fetch(answer.headers["Location"]).status == 200
        assert any(link == after.base_url + moved for link in crawl(after).all_links()), "no stale link remains"

        renamed = "/international/reseaux-de-villes-4021"
        title = "//h1[@class='article-title']"
        assert text_of(before, renamed, title) == "Les réseaux de villes"
        assert text_of(after, renamed, title) not in ("", "Les réseaux de villes")


def test_2016_restyled_changes_the_markup_not_the_words():
    with MirrorServer(load_epoch("2016")) as original, MirrorServer(load_epoch("2016-restyled")) as restyled:
        for file in html_files(original.epoch.site_dir / "international"):
            path = served_path(original.epoch.site_dir, file)
            restyled_body = fetch(restyled.base_url + path).body
            assert not re.search(rb"<(h1|h2|article|main)\b", restyled_body), path
            assert (text_of(original, path, "//div[@class='article-body']")
                    == text_of(restyled, path, "//div[@class='c-rich-text']")), path


@pytest.mark.parametrize("name", ["2016", "2024"])
def test_redesign_pages_carry_the_cookie_banner_inside_the_article(name):
    with MirrorServer(load_epoch(name)) as server:
        pages = {path: a for path, a in crawl(server).pages().items() if path.startswith("/international/")}
    assert len(pages) >= 12
    for path, answer in pages.items():
        document = lxml.html.document_fromstring(answer.body)
        assert document.xpath("//article//div[contains(@class, 'cookie-banner')]"), path


# ---------------------------------------------------------------------------------------------- server
@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "8.8.8.8", "example.org", "::"])
def test_a_non_loopback_host_is_refused(host):
    with pytest.raises(ValueError, match="loopback"):
        MirrorServer(load_epoch("2012"), host=host)


@pytest.mark.parametrize(("host", "base"), [("localhost", "http://127.0.0.1:"), ("127.0.0.1", "http://127.0.0.1:"),
                                          ("::1", "http://[::1]:")])
def test_loopback_hosts_are_served(host, base):
    server = MirrorServer(load_epoch("2012"), host=host)
    try:
        server.start()
    except OSError:
        pytest.skip(f"{host} is not available on this machine")
    try:
        assert server.base_url.startswith(base)
        assert fetch(server.start_urls[0]).status == 200
    finally:
        server.stop()


def test_urls_translate_between_the_served_and_the_live_origin(server_2014):
    served_url = server_2014.base_url + PORTAL_NETWORKS + "?page=2"
    live_url = "http://www.paris.fr" + PORTAL_NETWORKS + "?page=2"
    assert server_2014.to_live(served_url) == live_url
    assert server_2014.to_served(live_url) == served_url
    with pytest.raises(NotOnOrigin):
        server_2014.to_live("https://www.facebook.com/Paris")


def test_requests_are_recorded_quietly(server_2014, capfd):
    before = len(server_2014.requests)
    fetch(server_2014.start_urls[1], user_agent="paris-archive-test/1.0")
    fetch(server_2014.base_url + "/nowhere", method="HEAD", user_agent="paris-archive-test/1.0")
    assert server_2014.requests[before:] == [
        ("GET", "/english/international/rub_8118", 200, "paris-archive-test/1.0"),
        ("HEAD", "/nowhere", 404, "paris-archive-test/1.0"),
    ]
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_serve_forever_announces_itself_and_stops_cleanly_on_ctrl_c():
    # The child must take Ctrl-C even where this test runs with SIGINT ignored.
    program = ("import signal\n"
               "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
               "from mirror.epochs import load_epoch\n"
               "from mirror.server import serve_forever\n"
               "serve_forever(load_epoch('2012'), '127.0.0.1', 0, lambda line: print(line, flush=True))\n"
               "print('stopped', flush=True)\n")
    child = subprocess.Popen([sys.executable, "-c", program], cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        match = re.fullmatch(r"serving mirror epoch 2012 on (http://127\.0\.0\.1:\d+) "
                             r"\(live origin http://www\.paris\.fr\); Ctrl-C to stop", line)
        assert match, line
        assert fetch(match.group(1) + "/robots.txt").status == 200
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=10)
    finally:
        child.kill()
    assert (child.returncode, out, err) == (0, "stopped\n", "")
