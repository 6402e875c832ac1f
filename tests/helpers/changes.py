"""Synthetic snapshots for the change-detection and report tests: written with the real SnapshotWriter."""

import hashlib
import os
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from pathlib import Path

from archive import Archive, SnapshotWriter
from changes import SnapshotDiff, compute_diff
from shared.clock import SteppingClock

SITE = "https://www.paris.fr/international"
NETWORKS = f"{SITE}/reseaux-de-villes-4021"
AIMF = f"{SITE}/association-internationale-des-maires-francophones-4023"
EUROCITIES = f"{SITE}/eurocities-4024"
NEWS_LIST = f"{SITE}/actualites-4040"
ICORN_NEWS = f"{SITE}/actualites/icorn-10-ans-3567"
TWINNING = f"{SITE}/jumelage-et-pactes-d-amitie-4030"
PARTNERS = f"{SITE}/villes-partenaires-et-jumelage-5310"
UCUE = f"{SITE}/union-des-capitales-de-l-union-europeenne-4025"
COOPERATION = f"{SITE}/cooperation-4035"
BANNER = "<div class='cookies'>Ce site utilise des cookies.</div>"
T0 = datetime(2024, 6, 3, 6, 15, tzinfo=UTC)



def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page(url: str, text: str = "", *, status: int = 200, layout: str | None = "redesign2016",
         title: str | None = None, final_url: str | None = None, chrome: str = "", **columns) -> dict:
    """A page whose main text is `text`; `chrome` is what surrounds it (a cookie banner, a share bar)."""
    html = status == 200
    body = f"<html><body>{chrome}<main>{text}</main></body></html>".encode() if html else b""
    row = {
        "url": url,
        "final_url": final_url or url,
        "status": status,
        "fetched_at": T0,
        "content_type": "text/html; charset=utf-8",
        "title": title if title is not None else (url.rsplit("/", 1)[-1] if html else None),
        "lang": "fr" if html else None,
        "text_sha256": sha256(text) if html else None,
        "layout": layout if html else None,
        **columns,
    }
    return {"row": row, "body": body}


def fact(fact_id: str, network_id: str, attribute: str, value: str, source_url: str, *,
         qualifier: str = "exact", **columns) -> dict:
    number = float(value) if value.replace(".", "", 1).isdigit() else None
    return {"fact_id": fact_id, "network_id": network_id, "network_name": network_id.upper(),
            "attribute": attribute, "value": value, "value_num": number, "qualifier": qualifier,
            "evidence": f"{network_id} {attribute} {value}.", "source_url": source_url, "lang": "fr", **columns}


def news(news_id: str, title: str, published: str, url: str, *, source_url: str | None = None, **columns) -> dict:
    return {"news_id": news_id, "title": title, "url": url, "published": published, "date_precision": "day",
            "summary": f"{title}.", "networks": [], "source_url": source_url or url, "lang": "fr", **columns}


def write_snapshot(root: Path, moment: datetime, pages: list[dict], facts: list[dict] = (),
                   news_items: list[dict] = (), *, warnings: list[dict] | None = None) -> str:
    """Commit one complete snapshot; a page's n_facts and n_news default to the rows that cite it."""
    writer = SnapshotWriter(root, source="mirror", start_urls=[f"{SITE}/"], code_version="test",
                            extractor_version="test", clock=SteppingClock(moment), pid=os.getpid(),
                            extra={"mirror_epoch": "synthetic", "mirror_captured": moment.date().isoformat()})
    writer.open()
    for spec in pages:
        row = dict(spec["row"])
        if row["status"] == 200:
            row.setdefault("n_facts", sum(item["source_url"] == row["url"] for item in facts))
            row.setdefault("n_news", sum(item["source_url"] == row["url"] for item in news_items))
        status = row["status"]
        writer.add_capture(row, body=spec["body"], status_line=f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
                           request_headers=[("Accept", "text/html")],
                           response_headers=[("Content-Type", row["content_type"])], warc_target_uri=row["url"])
    writer.add_facts(list(facts))
    writer.add_news(list(news_items))
    return writer.commit({}, warnings)["snapshot_id"]


def write_week(root: Path) -> tuple[str, str]:
    """Two snapshots a week apart, with one change of every kind: (old id, new id)."""
    old = write_snapshot(root, T0, [
        page(NETWORKS, "Paris est membre de sept réseaux."),
        page(AIMF, "L'AIMF compte plus de 156 villes, présidée par le Maire de Paris."),
        page(EUROCITIES, "Eurocities rassemble plus de 113 villes."),
        page(UCUE, "L'UCUE rassemble 27 capitales."),
        page(TWINNING, "Paris est jumelée avec Rome."),
        page(COOPERATION, "Coopération décentralisée."),
        page(NEWS_LIST, "Actualités."),
        page(ICORN_NEWS, "ICORN a 10 ans."),
    ], [
        fact("f-aimf-members", "aimf", "member_cities", "156", AIMF, qualifier="more_than"),
        fact("f-aimf-president", "aimf", "president", "le Maire de Paris", AIMF),
        fact("f-euro-members", "eurocities", "member_cities", "113", EUROCITIES, qualifier="more_than"),
        fact("f-ucue-members", "ucue", "member_cities", "27", UCUE),
    ], [
        news("n-rio", "Rio+20", "2012-04-16", f"{SITE}/actualites/rio-20", source_url=NEWS_LIST),
        news("n-icorn", "ICORN a 10 ans", "2016-04-19", ICORN_NEWS),
    ])
    new = write_snapshot(root, T0 + timedelta(days=7), [
        page(NETWORKS, "Paris est membre de sept réseaux.", chrome=BANNER),  # only the chrome changed
        page(AIMF, "L'AIMF compte plus de 156 villes."),
        page(EUROCITIES, "Eurocities rassemble plus de 130 villes."),
        page(TWINNING, status=301, final_url=PARTNERS),
        page(PARTNERS, "Villes partenaires et jumelage."),
        page(COOPERATION, status=404),
        page(NEWS_LIST, "Actualités."),
        page(ICORN_NEWS, "Le réseau ICORN a fêté ses 10 ans."),
    ], [
        fact("f-aimf-members", "aimf", "member_cities", "156", AIMF, qualifier="more_than"),
        fact("f-euro-members", "eurocities", "member_cities", "130", EUROCITIES, qualifier="more_than"),
        fact("f-icorn-members", "icorn", "member_cities", "53", NETWORKS),
    ], [
        news("n-icorn", "Le réseau ICORN a fêté ses 10 ans", "2016-04-19", ICORN_NEWS),
        news("n-aimf", "L'AIMF fête ses 45 ans", "2024-05-28", f"{SITE}/actualites/aimf-45-ans",
             source_url=NEWS_LIST),
    ])
    return old, new


def diffed_week(root: Path) -> tuple[Archive, SnapshotDiff]:
    """The week of `write_week` in a new archive, and the diff between its two snapshots."""
    old, new = write_week(root)
    archive = Archive(root)
    return archive, compute_diff(archive, old, new)
