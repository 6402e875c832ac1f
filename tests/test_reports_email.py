"""Emailed reports against a real SMTP server on loopback (aiosmtpd): sent once, never lost."""

import json
import socket
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from conftest import run_cli
from helpers.changes import NETWORKS, T0, fact, page, write_snapshot, write_week

from paris_archive.cli import main
from reports.delivery import ReportMailroom
from reports.job import ReportRequest, run_report
from reports.ledger import SENT, report_id
from reports.mail import DeliveryError, MailSettings
from shared.clock import SteppingClock


class Mailbox:
    """What the server received: one (envelope sender, recipients, parsed message) per message."""

    def __init__(self) -> None:
        self.messages: list = []
        self.refusal: str | None = None

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.refusal:
            return self.refusal
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              message_from_bytes(envelope.original_content, policy=policy.SMTP)))
        return "250 Message accepted for delivery"


class SmtpServer:
    """A real SMTP server on 127.0.0.1 that can be stopped and started again on the same port."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.mailbox = Mailbox()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def environment(self) -> dict[str, str]:
        return {
            "PARIS_ARCHIVE_SMTP_HOST": "127.0.0.1",
            "PARIS_ARCHIVE_SMTP_PORT": str(self.port),
            "PARIS_ARCHIVE_SMTP_SECURITY": "none",
            "PARIS_ARCHIVE_SMTP_FROM": "Paris archive <archive@example.org>",
            "PARIS_ARCHIVE_SMTP_TO": "archivist@example.org, maintainer@example.org",
            "PARIS_ARCHIVE_SMTP_USER": "",
            "PARIS_ARCHIVE_REPORT_EMPTY": "send",
        }

    @property
    def settings(self) -> MailSettings:
        return MailSettings.from_mapping(self.environment)


@pytest.fixture
def smtp():
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


def report(archive, smtp, *args):
    """The real command line in a child process, as cron runs it."""
    return run_cli("report", "--email", *args, archive=archive, env=smtp.environment)


def report_here(archive, environment, monkeypatch, capsys, *args):
    """The same command line in this process (faster): (exit code, stdout, stderr)."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    code = main(["report", *args, "--archive", str(archive)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ledger(archive) -> list[dict]:
    path = archive / "reports" / "ledger.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def outbox(archive) -> list[str]:
    folder = archive / "reports" / "outbox"
    return sorted(path.name for path in folder.glob("*.eml")) if folder.exists() else []


def test_a_report_is_sent_kept_while_the_server_is_down_and_delivered_exactly_once(tmp_path, smtp):
    archive = tmp_path / "archive"
    first, second = write_week(archive)

    sent = report(archive, smtp)
    assert sent.returncode == 0, sent.stderr
    ((sender, recipients, message),) = smtp.mailbox.messages
    assert (sender, recipients) == ("archive@example.org", ["archivist@example.org", "maintainer@example.org"])
    assert message["Subject"] == ("paris-archive : Eurocities 113+ \u2192 130+ villes, ICORN 53 villes (nouveau) "
                                  "et 10 autre(s) changement(s) (3-10 juin 2024)")
    assert message["Message-ID"] == f"<{first}_{second}.paris-archive@example.org>"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert ("Point de départ : le site au 3 juin 2024, le premier état de l'archive (aucun rapport n'a encore été "
            "envoyé).") in text
    assert "Eurocities, villes membres : plus de 113 \u2192 plus de 130" in text
    assert "Eurocities, villes membres : plus de 113 \u2192 plus de 130" in html
    assert f'<a href="{NETWORKS}"' in html and "copie archivée</a>" in html
    assert (archive / "reports" / f"{first}_{second}" / "report.html").read_text() == html.replace("\r\n", "\n")

    third = write_snapshot(archive, T0 + timedelta(days=14), [page(NETWORKS, "Paris est membre de huit réseaux.")],
                           [fact("f-c40-members", "c40", "member_cities", "100", NETWORKS, qualifier="about")])
    smtp.stop()
    down = report(archive, smtp)
    assert down.returncode == 1
    assert "the report could not be sent" in down.stderr and "1 message(s) wait in" in down.stderr
    assert "Traceback" not in down.stderr
    assert outbox(archive) == [f"{second}_{third}.eml"]
    assert len(smtp.mailbox.messages) == 1

    smtp.start()
    again = report(archive, smtp)
    assert again.returncode == 0, again.stderr
    assert f"No new snapshot since the last report, which ended at {third}" in again.stdout
    assert f"Sent report {second}_{third}" in again.stdout
    assert outbox(archive) == []
    assert len(smtp.mailbox.messages) == 2
    late = smtp.mailbox.messages[1][2]
    assert late["Subject"].startswith("paris-archive : C40 ~100 villes (nouveau)")
    assert late["Subject"].endswith("(10-17 juin 2024)")
    assert "C40, villes membres : environ 100 (nouveau)" in late.get_body(("plain",)).get_content()

    quiet = report(archive, smtp)
    assert quiet.returncode == 0
    assert len(smtp.mailbox.messages) == 2  # nothing sent twice
    statuses = [(entry["report_id"], entry["status"]) for entry in ledger(archive)]
    assert statuses == [(f"{first}_{second}", "queued"), (f"{first}_{second}", "sent"),
                        (f"{second}_{third}", "queued"), (f"{second}_{third}", "attempt_failed"),
                        (f"{second}_{third}", "sent")]


def test_a_refused_message_stays_in_the_outbox(tmp_path, smtp, monkeypatch, capsys):
    archive = tmp_path / "archive"
    write_week(archive)
    smtp.mailbox.refusal = "554 5.7.1 Message rejected"
    code, _, err = report_here(archive, smtp.environment, monkeypatch, capsys, "--email")
    assert code == 1
    assert "answered 554 5.7.1 Message rejected" in err
    assert len(outbox(archive)) == 1
    smtp.mailbox.refusal = None
    assert report_here(archive, smtp.environment, monkeypatch, capsys, "--email")[0] == 0
    assert len(smtp.mailbox.messages) == 1 and outbox(archive) == []


def test_the_same_range_is_not_sent_twice(tmp_path, smtp, monkeypatch, capsys):
    archive = tmp_path / "archive"
    first, second = write_week(archive)
    span = ("--email", "--from", first, "--to", second)
    assert report_here(archive, smtp.environment, monkeypatch, capsys, *span)[0] == 0
    code, out, _ = report_here(archive, smtp.environment, monkeypatch, capsys, *span)
    assert code == 0
    assert "Not emailed: this report was already sent" in out
    assert len(smtp.mailbox.messages) == 1


def test_a_week_without_changes_sends_a_short_message_or_nothing(tmp_path, smtp, monkeypatch, capsys):
    archive = tmp_path / "archive"
    pages = [page(NETWORKS, "Paris est membre de sept réseaux.")]
    write_snapshot(archive, T0, pages)
    write_snapshot(archive, T0 + timedelta(days=7), pages)
    skip = smtp.environment | {"PARIS_ARCHIVE_REPORT_EMPTY": "skip"}
    code, out, _ = report_here(archive, skip, monkeypatch, capsys, "--email")
    assert code == 0 and "Not emailed: no changes" in out
    assert smtp.mailbox.messages == []
    assert ledger(archive)[-1]["status"] == "skipped"

    write_snapshot(archive, T0 + timedelta(days=14), pages)
    assert report_here(archive, smtp.environment, monkeypatch, capsys, "--email")[0] == 0
    ((_, _, message),) = smtp.mailbox.messages
    assert message["Subject"] == "paris-archive : aucun changement (10-17 juin 2024)"
    assert "Aucun changement : les chiffres, actualités et pages sont les mêmes" in message.get_body(
        ("plain",)).get_content()


def test_report_without_email_saves_and_prints_but_records_nothing(tmp_path, monkeypatch, capsys):
    archive = tmp_path / "archive"
    first, second = write_week(archive)
    code, out, _ = report_here(archive, {}, monkeypatch, capsys)
    assert code == 0
    assert out.startswith("Changements des pages relations internationales de la Ville de Paris\n")
    assert f"Saved: {archive / 'reports' / f'{first}_{second}' / 'report.txt'}" in out
    assert ledger(archive) == [] and outbox(archive) == []


def test_missing_mail_settings_are_named(tmp_path):
    archive = tmp_path / "archive"
    write_week(archive)
    unset = {"PARIS_ARCHIVE_SMTP_HOST": "", "PARIS_ARCHIVE_SMTP_TO": "", "PARIS_ARCHIVE_SMTP_FROM": ""}
    result = run_cli("report", "--email", archive=archive, env=unset)
    assert result.returncode == 2
    assert "PARIS_ARCHIVE_SMTP_HOST is not set" in result.stderr and "Traceback" not in result.stderr
    assert ledger(archive) == []


def test_bad_period_options(tmp_path, monkeypatch, capsys):
    archive = tmp_path / "archive"
    write_week(archive)
    code, _, err = report_here(archive, {}, monkeypatch, capsys, "--since", "a week")
    assert code == 2 and "not a duration like 7d" in err
    with pytest.raises(SystemExit):
        main(["report", "--since", "7d", "--from", "x", "--archive", str(archive)])
    assert "not allowed with argument" in capsys.readouterr().err
    first, second = sorted(path.name for path in (archive / "snapshots").iterdir())
    code, _, err = report_here(archive, {}, monkeypatch, capsys, "--from", second, "--to", first)
    assert code == 2 and "is newer than --to" in err


# -- the same machinery in-process, with the clock injected -------------------------------------------


def week_archive(tmp_path):
    archive = tmp_path / "archive"
    pages = [page(NETWORKS, "Réseaux.")]
    ids = [write_snapshot(archive, T0 + timedelta(days=7 * week), pages,
                          [fact("f", "c40", "member_cities", str(80 + week), NETWORKS)]) for week in range(3)]
    return archive, ids


def test_since_starts_at_the_newest_snapshot_old_enough(tmp_path):
    archive, ids = week_archive(tmp_path)
    clock = SteppingClock(T0 + timedelta(days=14, hours=1))
    outcome = run_report(ReportRequest(archive, clock, since=timedelta(days=7)))
    assert (outcome.period.old_id, outcome.period.new_id) == (ids[1], ids[2])
    assert outcome.period.baseline == f"Baseline: snapshot {ids[1]}, the newest taken before 2024-06-10T07:15:00Z."
    assert outcome.view.baseline == ("Point de départ : le site au 10 juin 2024, le plus récent état capturé avant "
                                     "2024-06-10T07:15:00Z.")
    early = run_report(ReportRequest(archive, clock, since=timedelta(days=30)))
    assert early.period.old_id == ids[0] and "none was taken before" in early.period.baseline


def test_the_next_report_starts_where_the_last_one_ended(tmp_path):
    archive, ids = week_archive(tmp_path)
    sent: list[bytes] = []

    def send(raw, settings):
        sent.append(raw)
        return {}

    settings = SmtpServer().settings
    first = run_report(ReportRequest(archive, SteppingClock(T0), new_id=ids[1]), settings, send)
    assert (first.period.old_id, first.period.new_id, len(sent)) == (ids[0], ids[1], 1)
    second = run_report(ReportRequest(archive, SteppingClock(T0)), settings, send)
    assert (second.period.old_id, second.period.new_id, len(sent)) == (ids[1], ids[2], 2)
    assert second.period.baseline.startswith(f"Baseline: snapshot {ids[1]}, where the last report ended (sent ")
    assert second.view.baseline.startswith("Point de départ : le site au 10 juin 2024, où s'arrêtait le dernier "
                                           "rapport (envoyé 2024-06-03T06:15:")


def test_a_message_sent_just_before_a_crash_is_not_sent_again(tmp_path):
    mailroom = ReportMailroom(tmp_path / "reports", SteppingClock(T0))
    mailroom.queue("A_B", b"From: a@example.org\r\nTo: b@example.org\r\n\r\nbody\r\n", {"from": "A", "to": "B"})
    mailroom.ledger.record({"report_id": "A_B", "status": SENT, "at": "2024-06-03T06:15:01Z"})  # then the crash

    def send(raw, settings):
        raise AssertionError("must not be sent again")

    outcome = mailroom.flush(SmtpServer().settings, send)
    assert outcome.sent == [] and outcome.waiting == [] and mailroom.outbox.pending() == []


def test_messages_wait_in_order_and_the_first_failure_stops_the_round(tmp_path):
    mailroom = ReportMailroom(tmp_path / "reports", SteppingClock(T0))
    for name in ("A_B", "B_C"):
        mailroom.queue(name, b"From: a@example.org\r\nTo: b@example.org\r\n\r\nbody\r\n", {"from": "x", "to": "y"})
    attempts: list[bytes] = []

    def down(raw, settings):
        attempts.append(raw)
        raise DeliveryError("cannot send through 127.0.0.1:1 (none): connection refused")

    outcome = mailroom.flush(SmtpServer().settings, down)
    assert len(attempts) == 1 and outcome.waiting == ["A_B", "B_C"]
    assert outcome.failure.endswith("connection refused")
    assert report_id("A", "B") == "A_B"
