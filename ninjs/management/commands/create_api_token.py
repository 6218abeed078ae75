from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log
from wagtail.models import APIToken


class Command(BaseCommand):
    help = (
        "Create an API token for a user (for POST /api/ninjs/). The token is printed once; only "
        "its digest is stored. List and revoke tokens in the admin (Settings → API tokens) or "
        "with `manage.py api_tokens`."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="ninjs import", help="What the token is for")

    def handle(self, *args, username, name, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user {username!r}") from None
        token, secret = APIToken.create_token(user=user, name=name)
        log(token, "wagtail.apitoken.create", data={"source": "management_command"})
        self.stdout.write(secret)
