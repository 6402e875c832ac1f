import gzip
from datetime import UTC, datetime

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import ArchiveError, read_capture
from archive.warc import CaptureWarcWriter, headers_for_stored_body, parse_status_line

FETCHED_AT = datetime(2012, 11, 5, 9, 30, 1, tzinfo=UTC)
HOME = "https://www.paris.fr/international"
CGLU = "https://www.paris.fr/international/reseaux/cglu"
CGLU_BODY = "<html><p>Fondée à Paris en mai 2004, CGLU a son siège à Barcelone.</p></html>".encode()


def _write_two_captures(path):
    writer = CaptureWarcWriter(
        path, snapshot_id="20121105T093000Z", created_at=FETCHED_AT, info={"isPartOf": "20121105T093000Z"}
    )
    locations = {}
    for url, body in ((HOME, b"<html>Relations internationales</html>"), (CGLU, CGLU_BODY)):
        locations[url] = writer.write_capture(
            target_uri=url,
            fetched_at=FETCHED_AT,
            status_line="HTTP/1.1 200 OK",
            request_headers=[("Accept", "text/html")],
            response_headers=[("Content-Type", "text/html; charset=utf-8")],
            body=body,
        )
    writer.close()
    return locations


def _records(path):
    with path.open("rb") as handle:
        return [
            (record.rec_type, record.rec_headers, record.http_headers, record.content_stream().read())
            for record in ArchiveIterator(handle)
        ]


def test_records_read_back_with_warcio(tmp_path):
    path = tmp_path / "captures.warc.gz"
    _write_two_captures(path)
    records = _records(path)
    assert [r[0] for r in records] == ["warcinfo", "response", "request", "response", "request"]
    assert all(r[1].protocol == "WARC/1.1" for r in records)
    responses = [(r[1].get_header("WARC-Target-URI"), r[3]) for r in records if r[0] == "response"]
    assert responses == [(HOME, b"<html>Relations internationales</html>"), (CGLU, CGLU_BODY)]


def test_warcinfo_comes_first_and_describes_the_crawl(tmp_path):
    path = tmp_path / "captures.warc.gz"
    _write_two_captures(path)
    kind, headers, _, payload = _records(path)[0]
    assert kind == "warcinfo"
    assert headers.get_header("WARC-Filename") == "captures.warc.gz"
    assert b"isPartOf: 20121105T093000Z" in payload


def test_records_carry_dates_digests_and_link_request_to_response(tmp_path):
    path = tmp_path / "captures.warc.gz"
    _write_two_captures(path)
    _, response, http, _ = _records(path)[1]
    _, request, request_http, _ = _records(path)[2]
    assert response.get_header("WARC-Date") == "2012-11-05T09:30:01Z"
    assert response.get_header("WARC-Payload-Digest").startswith("sha1:")
    assert response.get_header("WARC-Block-Digest").startswith("sha1:")
    assert request.get_header("WARC-Concurrent-To") == response.get_header("WARC-Record-ID")
    assert request_http.protocol == "GET"
    assert request_http.statusline == "/international HTTP/1.1"
    assert http.get_statuscode() == "200"


def test_read_capture_at_the_returned_offset(tmp_path):
    path = tmp_path / "captures.warc.gz"
    locations = _write_two_captures(path)
    offset, length = locations[CGLU]
    headers, body = read_capture(path, offset)
    assert body == CGLU_BODY
    assert ("Content-Type", "text/html; charset=utf-8") in headers
    # The (offset, length) span is one complete gzip member: the record alone.
    member = path.read_bytes()[offset : offset + length]
    assert gzip.decompress(member).startswith(b"WARC/1.1\r\n")


def test_same_input_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    _write_two_captures(first / "captures.warc.gz")
    _write_two_captures(second / "captures.warc.gz")
    assert (first / "captures.warc.gz").read_bytes() == (second / "captures.warc.gz").read_bytes()


def test_read_capture_refuses_an_offset_that_is_not_a_response(tmp_path):
    path = tmp_path / "captures.warc.gz"
    _write_two_captures(path)
    with pytest.raises(ArchiveError, match="offset 0 of .* is a warcinfo, not a response"):
        read_capture(path, 0)


def test_read_capture_of_a_missing_file(tmp_path):
    with pytest.raises(ArchiveError, match="does not exist"):
        read_capture(tmp_path / "nowhere.warc.gz", 0)


def test_read_capture_of_a_truncated_file(tmp_path):
    path = tmp_path / "captures.warc.gz"
    offset, _ = _write_two_captures(path)[CGLU]
    path.write_bytes(path.read_bytes()[: offset + 40])
    with pytest.raises(ArchiveError, match="wrong offset or truncated file"):
        read_capture(path, offset)


def test_read_capture_inside_a_record(tmp_path):
    path = tmp_path / "captures.warc.gz"
    offset, _ = _write_two_captures(path)[CGLU]
    with pytest.raises(ArchiveError, match=f"offset {offset + 5} of .* is not the start of a WARC record"):
        read_capture(path, offset + 5)


def test_decoded_body_keeps_the_original_encoding_headers_under_another_name():
    headers = [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked"), ("Content-Length", "120")]
    assert headers_for_stored_body(headers, 300) == [
        ("X-Archive-Orig-Content-Encoding", "gzip"),
        ("X-Archive-Orig-Transfer-Encoding", "chunked"),
        ("X-Archive-Orig-Content-Length", "120"),
        ("Content-Length", "300"),
    ]


def test_correct_content_length_is_kept_as_it_is():
    assert headers_for_stored_body([("Content-Length", "300")], 300) == [("Content-Length", "300")]


@pytest.mark.parametrize("line", ["200 OK", "HTTP/1.1 OK", "", "HTTP/1.1 2000 OK"])
def test_malformed_status_lines_are_refused(line):
    with pytest.raises(ArchiveError, match="not an HTTP status line"):
        parse_status_line(line)


def test_status_line_without_reason():
    assert parse_status_line("HTTP/2 404") == ("HTTP/2", 404, "")


def test_headers_must_be_text(tmp_path):
    writer = CaptureWarcWriter(tmp_path / "w.warc.gz", snapshot_id="s", created_at=FETCHED_AT, info={})
    with pytest.raises(ArchiveError, match="pairs of str"):
        writer.write_capture(
            target_uri=HOME,
            fetched_at=FETCHED_AT,
            status_line="HTTP/1.1 200 OK",
            request_headers=[],
            response_headers=[(b"Content-Type", b"text/html")],
            body=b"",
        )
    writer.close()
