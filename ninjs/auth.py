"""Who is calling the ninjs API: the user behind an ``Authorization: Bearer <token>`` header.

Tokens are Wagtail's own ``APIToken`` (only a keyed SHA-256 digest is stored; the secret is shown
once): created in the admin under Settings → API tokens or with ``manage.py create_api_token``,
and revoked there.
"""

from django.utils import timezone
from wagtail.models import APIToken


class AuthError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def token_user(request):
    """The active user of the request's bearer token; raises AuthError (401) otherwise."""
    header = request.headers.get("Authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise AuthError(401, "Send an API token: Authorization: Bearer <token>.")
    secret = secret.strip()
    token = None
    if APIToken.validate_token_format(secret):
        token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(secret), revoked_at__isnull=True)
            .first()
        )
    if token is None or not token.user.is_active:
        raise AuthError(401, "The API token is unknown, revoked or its user is inactive.")
    APIToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user
