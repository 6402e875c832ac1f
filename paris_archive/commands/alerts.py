"""`alert`: an email when the newest crawl failed, shrank or left health warnings (what scheduled crawls run after)."""

import argparse
import os
import sys

from paris_archive.errors import UserError
from paris_archive.settings import archive_dir
from shared.clock import utc_now


def register(commands, command) -> None:
    alert = command("alert", "say (and with --email, send once) what is wrong with the newest crawl")
    alert.add_argument("--email", action="store_true",
                       help="send it, and anything waiting in the outbox, with the PARIS_ARCHIVE_SMTP_* settings")
    alert.set_defaults(handler=cmd_alert)


def cmd_alert(args: argparse.Namespace) -> int:
    from archive import Archive
    from reports.alerts import alert_for_newest_crawl, send_alerts
    from reports.mail import PASSWORD, MailSettings, MailSettingsError

    root = archive_dir(args.archive)
    if not args.email:
        alert = alert_for_newest_crawl(Archive(root))
        print("Nothing to alert: the newest crawl went well." if alert is None else alert.text(root), end="\n")
        return 0
    try:
        mail = MailSettings.from_mapping(os.environ, password=os.environ.get(PASSWORD))
    except MailSettingsError as exc:
        raise UserError(str(exc)) from None
    outcome = send_alerts(root, mail, utc_now)
    if outcome.alert is None:
        print("Nothing to alert: the newest crawl went well.")
    elif not outcome.queued:
        print(f"The alert about crawl {outcome.alert.run_id} was already queued; it is not sent twice.")
    for message in outcome.delivery.sent:
        print(f"Sent {message} to {', '.join(mail.recipients)} through {mail.server}.")
    if outcome.delivery.failure:
        print(f"paris-archive: error: the alert could not be sent: {outcome.delivery.failure}. "
              f"{len(outcome.delivery.waiting)} message(s) wait in {root / 'reports' / 'outbox'}; the next "
              f"`paris-archive alert --email` or `report --email` sends them.", file=sys.stderr)
        return 1
    return 0
