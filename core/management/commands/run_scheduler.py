"""The desk's scheduling worker: publishes stories whose go-live time (or embargo) has passed and
unpublishes those whose expiry has passed, by running Wagtail's ``publish_scheduled`` on a loop.

One process per installation is enough (``make run`` starts it beside the web server); running two
is harmless, as each publish happens in a transaction and a published revision is not due again.
"""

import logging
import os
import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages as they fall due, every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=float(os.environ.get("SCHEDULER_INTERVAL", "15")),
            help="Seconds between runs (default: $SCHEDULER_INTERVAL or 15).",
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
            try:
                call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            except DatabaseError:
                # The database may be restarting: try again on the next tick, never die.
                logger.exception("Scheduled publishing failed; retrying in %s s", interval)
            if once:
                break
            time.sleep(interval)
            # Between ticks, as between requests: drop a broken or expired connection.
            close_old_connections()

    def exit(self):
        raise SystemExit(0)
