"""Email settings, the report as a multipart message, and sending it over SMTP with the standard library."""

import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from typing import Self

PREFIX = "PARIS_ARCHIVE_SMTP_"
HOST, PORT, SECURITY, USER, SENDER, RECIPIENTS = (f"{PREFIX}{name}" for name in
                                                  ("HOST", "PORT", "SECURITY", "USER", "FROM", "TO"))
# The password is read from the environment only, never from a settings file: see `from_mapping`.
PASSWORD = f"{PREFIX}PASSWORD"
REPORT_EMPTY = "PARIS_ARCHIVE_REPORT_EMPTY"
EMPTY_CHOICES = ("send", "skip")
SECURITY_MODES = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
DEFAULT_SECURITY = "starttls"
TIMEOUT_SECONDS = 30.0


class MailSettingsError(ValueError):
    """Email settings that are missing or wrong; the message names each setting at fault."""


class DeliveryError(Exception):
    """The SMTP server could not be reached, or refused the message."""


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str  # none, starttls or ssl
    sender: str
    recipients: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    send_empty: bool = True  # send a short "no changes" message for a period without changes

    @classmethod
    def from_mapping(cls, values: Mapping[str, str], password: str | None = None) -> Self:
        """Settings from `PARIS_ARCHIVE_SMTP_*` names (the environment, or a config file read into a mapping).

        `password` is passed apart, from the `PARIS_ARCHIVE_SMTP_PASSWORD` environment variable,
        so that a password written into a settings file is never used. Every problem is reported
        at once, each by the name of its setting.
        """
        problems: list[str] = []

        def text(name: str) -> str | None:
            value = (values.get(name) or "").strip()
            return value or None

        host = text(HOST)
        if host is None:
            problems.append(f"{HOST} is not set (the SMTP server's host name)")
        security = (text(SECURITY) or DEFAULT_SECURITY).lower()
        if security not in SECURITY_MODES:
            problems.append(f"{SECURITY} must be one of {', '.join(SECURITY_MODES)}, not {values.get(SECURITY)!r}")
            security = DEFAULT_SECURITY
        port = _port(text(PORT), security, problems)
        sender = text(SENDER)
        if sender is None:
            problems.append(f"{SENDER} is not set (the sender's address)")
        elif not _is_address(sender):
            problems.append(f"{SENDER} is not an email address: {sender!r}")
        recipients = tuple(part.strip() for part in (text(RECIPIENTS) or "").split(",") if part.strip())
        if not recipients:
            problems.append(f"{RECIPIENTS} is not set (comma-separated recipient addresses)")
        problems += [f"{RECIPIENTS} holds something that is not an email address: {recipient!r}"
                     for recipient in recipients if not _is_address(recipient)]
        user = text(USER)
        if user and not password:
            problems.append(f"{USER} is set but {PASSWORD} is not (the password comes from the environment only)")
        empty = (text(REPORT_EMPTY) or "send").lower()
        if empty not in EMPTY_CHOICES:
            problems.append(f"{REPORT_EMPTY} must be send or skip, not {values.get(REPORT_EMPTY)!r}")
        if problems:
            raise MailSettingsError("email settings: " + "; ".join(problems))
        return cls(host, port, security, sender, recipients, user, password if user else None, empty == "send")

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port} ({self.security})"


def _port(value: str | None, security: str, problems: list[str]) -> int:
    if value is None:
        return DEFAULT_PORTS[security]
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        problems.append(f"{PORT} must be a port number from 1 to 65535, not {value!r}")
        return DEFAULT_PORTS[security]
    return int(value)


def _is_address(text: str) -> bool:
    name, address = parseaddr(text)
    local, at, domain = address.rpartition("@")
    return bool(at and local and "." in domain and not any(char.isspace() for char in address))


def build_message(*, subject: str, text: str, html: str, settings: MailSettings, message_key: str,
                  date: datetime) -> EmailMessage:
    """One multipart/alternative message (plain text, then HTML). `message_key` makes the Message-ID,
    so a message queued twice by mistake is recognisable as the same one by any mail system."""
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = subject
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    message["Date"] = format_datetime(date)
    domain = parseaddr(settings.sender)[1].rpartition("@")[2]
    message["Message-ID"] = f"<{message_key}.paris-archive@{domain}>"
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message


def envelope(raw: bytes) -> tuple[str, list[str]]:
    """Sender and recipients of a stored message, from its own headers: a queued message goes where it
    said it would, even if the settings change before it is sent."""
    message = message_from_bytes(raw, policy=policy.SMTP)
    sender = parseaddr(str(message["From"]))[1]
    recipients = [address for _, address in getaddresses([str(value) for value in message.get_all("To", [])])]
    return sender, recipients


def deliver(raw: bytes, settings: MailSettings) -> dict[str, tuple[int, bytes]]:
    """Send a stored message; returns the recipients the server refused (when it accepted at least one)."""
    sender, recipients = envelope(raw)
    context = ssl.create_default_context()
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.user:
                client.login(settings.user, settings.password or "")
            return client.sendmail(sender, recipients, raw)
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryError(f"{settings.server} refused every recipient: {_refusals(exc.recipients)}") from None
    except smtplib.SMTPResponseException as exc:
        reason = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        raise DeliveryError(f"{settings.server} answered {exc.smtp_code} {_clause(reason)}") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"cannot send through {settings.server}: {_clause(str(exc) or type(exc).__name__)}") \
            from None


def _clause(text: str) -> str:
    """A server's or a library's sentence without its final period: the messages quoting it end their own
    ("STARTTLS extension not supported by server." read "...by server.." at the end of one)."""
    return text.strip().rstrip(".")


def _refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{address} ({code} {reason.decode('utf-8', 'replace')})"
                     for address, (code, reason) in refused.items())
