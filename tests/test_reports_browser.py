"""The HTML report as a reader sees it: the mirror's history report laid out by headless Chromium (Debian's
`chromium`, which `make test` installs) in a phone's and a mail pane's width, nothing wider than the screen and
the summary on the first screen.

Chromium's windows are at least 500 px wide, so the report is laid out in an iframe of each width, served with
its measuring page from 127.0.0.1 (same origin, so the page can measure inside the frame).
"""

import html
import json
import re
import shutil
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import run_cli

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed and could not be: `make test` "
                                                         "installs Debian's chromium package, which needs root or sudo")
# No sandbox (containers lack its namespaces), no GPU, and nothing that talks to Google's servers; every host
# name but 127.0.0.1 resolves to nothing.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]

# Lays the report out in a frame of WIDTH x HEIGHT and writes what it measured into <pre id="measurements">:
# the frame's viewport, how wide its content is, the elements reaching past its right edge, and where the
# summary (the report's first list) ends.
MEASURING_PAGE = """<!DOCTYPE html>
<html><body style="margin:0">
<iframe id="report" src="report.html" style="border:0;width:{width}px;height:{height}px"></iframe>
<script>
window.addEventListener("load", function () {{
  const frame = document.getElementById("report"), page = frame.contentDocument, view = frame.contentWindow;
  const width = view.innerWidth, height = view.innerHeight;
  const wide = [];  // boxes, and runs of text (a long word overflows the box that holds it), past the right edge
  page.body.querySelectorAll("*").forEach(function (element) {{
    if (element.getBoundingClientRect().right > width + 0.5) {{
      wide.push(element.tagName + ": " + element.textContent.trim().slice(0, 80));
    }}
  }});
  const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT), range = page.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {{
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().right > width + 0.5) wide.push("text: " + node.textContent.trim().slice(0, 80));
  }}
  const summary = page.querySelector("ul");
  const out = document.createElement("pre");
  out.id = "measurements";
  out.textContent = JSON.stringify({{width: width, height: height, scrollWidth: page.documentElement.scrollWidth,
    wide: wide, summaryText: summary.textContent.trim(), summaryBottom: summary.getBoundingClientRect().bottom}});
  document.body.appendChild(out);
}});
</script>
</body></html>
"""
MEASUREMENTS = re.compile(r'<pre id="measurements">(.*?)</pre>', re.DOTALL)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served_report(history, tmp_path_factory):
    """The HTML report of the mirror's history (2012 -> 2024), served from 127.0.0.1: (folder, base URL)."""
    archive, by_epoch = history
    result = run_cli("diff", by_epoch["2012"], by_epoch["2024"], "--format", "html", archive=archive)
    assert result.returncode == 0, result.stderr
    folder = tmp_path_factory.mktemp("browser")
    (folder / "report.html").write_text(result.stdout, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def chromium(profile: Path, *arguments: str) -> str:
    result = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def laid_out(folder: Path, base_url: str, width: int, height: int, profile: Path) -> dict:
    page = f"measure-{width}.html"
    (folder / page).write_text(MEASURING_PAGE.format(width=width, height=height), encoding="utf-8")
    dom = chromium(profile, "--virtual-time-budget=10000", "--dump-dom", f"{base_url}/{page}")
    found = MEASUREMENTS.search(dom)
    assert found, f"the measuring page did not run: {dom[-500:]}"
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.parametrize("width, height", [(375, 667), (800, 600)], ids=["phone", "mail-pane"])
def test_the_report_fits_the_screen_with_its_summary_on_the_first_screen(served_report, tmp_path, width, height):
    folder, base_url = served_report
    layout = laid_out(folder, base_url, width, height, tmp_path / "profile")
    assert (layout["width"], layout["height"]) == (width, height)
    assert layout["wide"] == [], f"wider than {width} px: {layout['wide']}"
    assert layout["scrollWidth"] <= width
    assert "Chiffres des réseaux" in layout["summaryText"]
    assert layout["summaryBottom"] <= height, f"the summary ends {layout['summaryBottom']:.0f} px down"
