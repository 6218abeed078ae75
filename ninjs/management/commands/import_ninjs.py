import sys
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ninjs.importer import FAILED, Importer, Outcome, Summary

PROGRESS_EVERY = 100


def expand(paths):
    """Files to read: each path, or the *.json files under a directory; "-" is standard input."""
    for path in paths:
        if path == "-":
            yield path
            continue
        path = Path(path)
        if path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*.json"))
        else:
            yield str(path)


class Command(BaseCommand):
    help = (
        "Import ninjs 2.x/3.x documents (files, directories of *.json, or - for standard input) "
        "as stories. Each document is taken whole or not at all; a summary ends the run."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--section", help="Section title or slug (default: Wire)")
        parser.add_argument(
            "--publish", action="store_true", help="Publish usable stories instead of drafts"
        )
        parser.add_argument("--user", help="Username recorded on the revisions")
        parser.add_argument("--quiet", action="store_true", help="Only print failures and totals")

    def handle(self, *args, paths, section, publish, user, quiet, **options):
        importer = Importer(section=section, publish=publish, user=self.get_user(user))
        files = list(expand(paths))
        summary = run(importer, files, self.stdout, self.stderr, quiet=quiet)
        self.stdout.write(f"Summary: {summary}")
        if summary.counts[FAILED]:
            raise CommandError(f"{summary.counts[FAILED]} document(s) failed", returncode=1)

    def get_user(self, username):
        if not username:
            return None
        User = get_user_model()
        try:
            return User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user {username!r}") from None


def read(name):
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def run(importer, files, out, err, quiet=False):
    """Import ``files`` one by one, printing each outcome and, for big batches, progress."""
    summary = Summary()
    started = time.perf_counter()
    total = len(files)
    for done, name in enumerate(files, start=1):
        try:
            raw = read(name)
        except OSError as error:
            raw = None
            outcome = summary.add(
                Outcome(name, FAILED, path="$", reason=error.strerror or str(error))
            )
            err.write(outcome.message)
        if raw is not None:
            first = len(summary.outcomes)
            importer.import_raw(raw, "stdin" if name == "-" else name, summary)
            for outcome in summary.outcomes[first:]:
                if outcome.status == FAILED:
                    err.write(outcome.message)
                elif not quiet:
                    out.write(outcome.message)
                for warning in outcome.warnings:
                    err.write(f"{outcome.source}: warning: {warning}")
        if total >= PROGRESS_EVERY and (done % PROGRESS_EVERY == 0 or done == total):
            rate = done / max(time.perf_counter() - started, 1e-9)
            err.write(f"[{done}/{total} files, {done * 100 // total}%] {rate:.0f} files/s")
    return summary
