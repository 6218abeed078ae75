from django.core.management.base import BaseCommand

from articles.demo.loader import DEMO_ADMIN, DEMO_HOST, DEMO_PORT, DEMO_USERS, DemoDesk


class Command(BaseCommand):
    help = "Create the demo newsroom (sections, authors, images, stories, an admin). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=DEMO_HOST, help="where the site is served")
        parser.add_argument("--port", type=int, default=DEMO_PORT)

    def handle(self, *args, host, port, **options):
        created = DemoDesk(log=self.stdout.write, host=host, port=port).load()
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo desk ready (created {summary})."))
        self.stdout.write(
            f"Admin logins (at /admin/): user {DEMO_ADMIN['username']!r}  "
            f"password {DEMO_ADMIN['password']!r}"
        )
        for user in DEMO_USERS:
            self.stdout.write(
                f"  {user['group']:<15} user {user['username']!r}  password {user['password']!r}"
            )
