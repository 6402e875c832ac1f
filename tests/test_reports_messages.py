"""What `report --email` says when the SMTP server cannot do what the settings ask: one sentence, one period."""

import shutil

from conftest import run_cli
from test_reports_email import SmtpServer


def test_a_server_without_starttls_is_named_in_one_sentence(history, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(history[0], archive)  # the report writes into its archive; the history is shared
    server = SmtpServer()  # aiosmtpd without a certificate: it offers no STARTTLS
    server.start()
    try:
        result = run_cli("report", "--email", archive=archive,
                         env={**server.environment, "PARIS_ARCHIVE_SMTP_SECURITY": "starttls"})
    finally:
        server.stop()
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"paris-archive: error: the report could not be sent: cannot send through "
                           f"127.0.0.1:{server.port} (starttls): STARTTLS extension not supported by server. "
                           f"1 message(s) wait in ")
    assert ".." not in line


def test_check_refuses_a_login_sent_unencrypted_to_another_machine(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    settings = ["--setting", "smtp.security=none", "--setting", "smtp.user=archivist"]
    password = {"PARIS_ARCHIVE_SMTP_PASSWORD": "secret"}
    remote = run_cli("check", *settings, "--setting", "smtp.host=mail.corp.lan", archive=archive, env=password)
    assert remote.returncode == 1
    assert ("  smtp.security: none, with a login: the password would cross the network to mail.corp.lan unencrypted "
            "(none is for a server on this machine: use starttls or ssl)") in remote.stdout.splitlines()
    local = run_cli("check", *settings, "--setting", "smtp.host=127.0.0.1", archive=archive, env=password)
    assert "smtp.security:" not in local.stdout
