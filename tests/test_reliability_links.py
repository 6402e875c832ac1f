"""Only http(s) links reach a reader: in the diff (HTML, Markdown, text), report.html and the emailed report."""

import re
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from conftest import run_cli
from helpers.changes import NETWORKS, NEWS_LIST, SITE, T0, news, page, write_snapshot

from reports.links import http_link

HOSTILE_LINKS = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "  jAvAsCrIpT:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "//evil.example.org/x",
    "/actualites/relative",
    "http:alert(1)",
    "https://",
    "http://[::1",
    "",
]


@pytest.mark.parametrize("url", HOSTILE_LINKS)
def test_anything_but_an_absolute_http_url_is_no_link(url):
    assert http_link(url) is None


def test_http_links_are_kept_whatever_their_case_and_made_safe_to_quote():
    assert http_link("https://www.paris.fr/actualites/a") == "https://www.paris.fr/actualites/a"
    assert http_link(" HTTPS://www.paris.fr/a?b=1&c=2#d ") == "HTTPS://www.paris.fr/a?b=1&c=2#d"
    # Nothing that could close an HTML attribute or a Markdown link survives as itself.
    assert http_link('http://x.org/a") onclick="b') == "http://x.org/a%22%29%20onclick=%22b"
    assert http_link("http://x.org/a)[y](javascript:z)") == "http://x.org/a%29[y]%28javascript:z%29"
    assert http_link("http://x.org/caf\u00e9") == "http://x.org/caf%C3%A9"


def hostile_archive(root):
    """Two snapshots; the second has news items whose links are scripts, in every disguise."""
    pages = [page(NETWORKS, "Réseaux."), page(NEWS_LIST, "Actualités.")]
    write_snapshot(root, T0, pages)
    items = [news(f"n-{number}", f"Item {number}", "2024-06-05", url, source_url=NEWS_LIST)
             for number, url in enumerate(HOSTILE_LINKS[:10])]
    items.append(news("n-ok", "Safe item", "2024-06-05", f"{SITE}/actualites/safe", source_url=NEWS_LIST))
    write_snapshot(root, T0 + timedelta(days=7), pages, news_items=items)


def assert_only_http_links(text: str, hrefs: list[str]) -> None:
    assert hrefs, "the output has links"
    for href in hrefs:
        assert re.match(r"(?i)(https?|file):", href), href
    lowered = text.lower()
    assert "javascript:" not in lowered and "vbscript:" not in lowered and "data:text" not in lowered


def test_no_script_link_reaches_the_diff_or_the_report(tmp_path):
    archive = tmp_path / "archive"
    hostile_archive(archive)
    html = run_cli("diff", "--format", "html", archive=archive)
    assert html.returncode == 0, html.stderr
    assert_only_http_links(html.stdout, re.findall(r'href="([^"]*)"', html.stdout))
    assert f'href="{SITE}/actualites/safe"' in html.stdout
    # An item whose own link is refused links to the page it was read from.
    assert html.stdout.count(f'href="{NEWS_LIST}"') >= 10
    markdown = run_cli("diff", "--format", "markdown", archive=archive)
    assert_only_http_links(markdown.stdout, re.findall(r"\]\(([^)]*)\)", markdown.stdout))
    text = run_cli("diff", archive=archive)
    assert_only_http_links(text.stdout, re.findall(r"page en ligne : (\S+)", text.stdout))
    report = run_cli("report", archive=archive)
    assert report.returncode == 0, report.stderr
    (saved,) = (archive / "reports").glob("*/report.html")
    saved_html = saved.read_text()
    assert_only_http_links(saved_html, re.findall(r'href="([^"]*)"', saved_html))


def test_the_emailed_report_has_no_script_link(tmp_path):
    from test_reports_email import SmtpServer

    archive = tmp_path / "archive"
    hostile_archive(archive)
    server = SmtpServer()
    server.start()
    try:
        result = run_cli("report", "--email", archive=archive, env=server.environment)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr
    ((_, _, message),) = server.mailbox.messages
    raw = message.as_bytes(policy=policy.SMTP)
    html = message_from_bytes(raw, policy=policy.default).get_body(("html",)).get_content()
    assert_only_http_links(html, re.findall(r'href="([^"]*)"', html))
    plain = message.get_body(("plain",)).get_content()
    assert "javascript:" not in plain.lower()


def test_an_archive_url_that_is_not_http_is_refused_in_one_line(tmp_path):
    archive = tmp_path / "archive"
    hostile_archive(archive)
    result = run_cli("diff", "--format", "html", "--archive-url", "javascript:alert(1)//", archive=archive)
    assert result.returncode == 2
    assert result.stderr == ("paris-archive: error: archive URL 'javascript:alert(1)//' is not an http(s) URL: "
                             "readers follow it from the report\n")
