"""Email settings: from a mapping (the environment, later a config file), every mistake named."""

from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from reports.mail import MailSettings, MailSettingsError, build_message, envelope

GOOD = {
    "PARIS_ARCHIVE_SMTP_HOST": "smtp.example.org",
    "PARIS_ARCHIVE_SMTP_FROM": "Paris archive <archive@example.org>",
    "PARIS_ARCHIVE_SMTP_TO": "a@example.org, b@example.org",
}


def test_defaults_and_recipients():
    settings = MailSettings.from_mapping(GOOD)
    assert (settings.host, settings.port, settings.security) == ("smtp.example.org", 587, "starttls")
    assert settings.recipients == ("a@example.org", "b@example.org")
    assert settings.send_empty is True
    assert settings.user is None and settings.password is None


@pytest.mark.parametrize("security, port", [("none", 25), ("starttls", 587), ("ssl", 465), ("SSL", 465)])
def test_the_default_port_follows_the_security(security, port):
    assert MailSettings.from_mapping(GOOD | {"PARIS_ARCHIVE_SMTP_SECURITY": security}).port == port


def test_every_missing_setting_is_named_at_once():
    with pytest.raises(MailSettingsError) as error:
        MailSettings.from_mapping({})
    message = str(error.value)
    for name in ("PARIS_ARCHIVE_SMTP_HOST", "PARIS_ARCHIVE_SMTP_FROM", "PARIS_ARCHIVE_SMTP_TO"):
        assert f"{name} is not set" in message


@pytest.mark.parametrize("name, value, expected", [
    ("PARIS_ARCHIVE_SMTP_PORT", "smtp", "PARIS_ARCHIVE_SMTP_PORT must be a port number from 1 to 65535, not 'smtp'"),
    ("PARIS_ARCHIVE_SMTP_PORT", "70000", "PARIS_ARCHIVE_SMTP_PORT must be a port number"),
    ("PARIS_ARCHIVE_SMTP_SECURITY", "tls", "PARIS_ARCHIVE_SMTP_SECURITY must be one of none, starttls, ssl, not 'tls'"),
    ("PARIS_ARCHIVE_SMTP_FROM", "archive", "PARIS_ARCHIVE_SMTP_FROM is not an email address: 'archive'"),
    ("PARIS_ARCHIVE_SMTP_TO", "a@example.org, nobody", "PARIS_ARCHIVE_SMTP_TO holds something that is not an email"),
    ("PARIS_ARCHIVE_REPORT_EMPTY", "maybe", "PARIS_ARCHIVE_REPORT_EMPTY must be send or skip"),
    ("PARIS_ARCHIVE_SMTP_USER", "archive", "PARIS_ARCHIVE_SMTP_USER is set but PARIS_ARCHIVE_SMTP_PASSWORD is not"),
])
def test_a_wrong_setting_is_named(name, value, expected):
    with pytest.raises(MailSettingsError, match=expected.replace("(", r"\(")):
        MailSettings.from_mapping(GOOD | {name: value})


def test_the_password_never_comes_from_the_mapping():
    mapping = GOOD | {"PARIS_ARCHIVE_SMTP_USER": "archive", "PARIS_ARCHIVE_SMTP_PASSWORD": "from-a-file"}
    with pytest.raises(MailSettingsError, match="PARIS_ARCHIVE_SMTP_PASSWORD is not"):
        MailSettings.from_mapping(mapping)
    settings = MailSettings.from_mapping(mapping, password="from-the-environment")
    assert settings.password == "from-the-environment"
    assert "from-the-environment" not in repr(settings)


def test_empty_reports_can_be_skipped():
    assert MailSettings.from_mapping(GOOD | {"PARIS_ARCHIVE_REPORT_EMPTY": "skip"}).send_empty is False


def test_the_message_is_multipart_alternative_with_a_stable_id():
    settings = MailSettings.from_mapping(GOOD)
    date = datetime(2024, 6, 10, 7, 30, tzinfo=UTC)
    message = build_message(subject="paris-archive: 3 changes", text="Texte é", html="<p>HTML é</p>",
                            settings=settings, message_key="A_B", date=date)
    raw = message.as_bytes()
    parsed = message_from_bytes(raw, policy=policy.SMTP)
    assert parsed.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert parsed.get_body(("plain",)).get_content().strip() == "Texte é"
    assert parsed["Message-ID"] == "<A_B.paris-archive@example.org>"
    assert parsed["Date"] == "Mon, 10 Jun 2024 07:30:00 +0000"
    assert envelope(raw) == ("archive@example.org", ["a@example.org", "b@example.org"])
