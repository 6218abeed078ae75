"""The desk's scheduling worker: publishes stories whose go-live time (or embargo) has passed and
unpublishes those whose expiry has passed, by running Wagtail's ``publish_scheduled`` on a loop.

It looks for new schedules every ``--interval`` seconds and, in between, wakes at the moment the
next known go-live or expiry falls due, so a story goes live at its time, not up to an interval
later. One process per installation is enough (``make run`` starts it beside the web server);
running two is harmless, as each run happens in a transaction and a published revision is not
due again.
"""

import logging
import os
import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections, transaction
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)

# Wagtail publishes what is due strictly before "now": wake a moment after the due time.
PAST_DUE = 0.05


def seconds_until_next_due():
    """Seconds until the next scheduled go-live or expiry, or None if nothing is scheduled."""
    now = timezone.now()
    go_live = Revision.objects.filter(approved_go_live_at__gt=now).aggregate(
        at=Min("approved_go_live_at")
    )["at"]
    expiry = Page.objects.filter(live=True, expire_at__gt=now).aggregate(at=Min("expire_at"))["at"]
    due = [at for at in (go_live, expiry) if at is not None]
    return (min(due) - now).total_seconds() + PAST_DUE if due else None


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages as they fall due, every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=float(os.environ.get("SCHEDULER_INTERVAL", "15")),
            help="Seconds between looks for new schedules (default: $SCHEDULER_INTERVAL or 15).",
        )
        parser.add_argument("--once", action="store_true", help="Run once and exit.")

    def handle(self, *args, interval, once, **options):
        if not once:
            # A worker stops at once on SIGTERM; a publish cut short rolls back in its
            # transaction. (Not for --once: that may run inside another process, which keeps
            # its own handling of signals.)
            signal.signal(signal.SIGTERM, lambda *_: self.exit())
            self.stdout.write(f"Scheduler: publishing what falls due every {interval:g} s.")
        while True:
            wake = time.monotonic() + interval  # ticks keep their cadence however long a run takes
            try:
                # One transaction: Wagtail clears a revision's schedule before it saves the
                # page, so a publish that fails half-way (a locked or restarting database)
                # would otherwise lose the schedule instead of trying again.
                with transaction.atomic():
                    call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
                due = seconds_until_next_due()
                if due is not None:
                    wake = min(wake, time.monotonic() + due)
            except DatabaseError:
                # The database may be restarting: try again on the next tick, never die.
                logger.exception("Scheduled publishing failed; retrying in %s s", interval)
            if once:
                break
            time.sleep(max(0.0, wake - time.monotonic()))
            # Between ticks, as between requests: drop a broken or expired connection.
            close_old_connections()

    def exit(self):
        raise SystemExit(0)
