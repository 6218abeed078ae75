from django.core.management.base import BaseCommand

from articles.demo.loader import DEMO_ADMIN, DEMO_USERS, DemoDesk


class Command(BaseCommand):
    help = "Create the demo newsroom (sections, authors, images, stories, an admin). Idempotent."

    def handle(self, *args, **options):
        created = DemoDesk(log=self.stdout.write).load()
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
