"""Two-factor sign-in for the admin (django-otp, TOTP authenticator apps).

After the password, a user with a confirmed authenticator must enter its current code; a user whose
group must use two factors (``TwoFactorPolicy``) and has none yet is sent to set one up first.
Nothing else in the admin is reachable until then.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from accounts.models import TwoFactorPolicy

ADMIN = "/admin/"
# What a signed-in but not yet verified user may still reach.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/", "/admin/jsi18n/")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path.startswith(ADMIN)
            and not request.path.startswith(OPEN_PATHS)
            and user.is_authenticated
            and not user.is_verified()
        ):
            next_query = urlencode({"next": request.get_full_path()})
            if user_has_device(user, confirmed=True):
                return redirect(f"{reverse('two_factor_verify')}?{next_query}")
            if TwoFactorPolicy.requires(user):
                return redirect(f"{reverse('two_factor_setup')}?{next_query}")
        return self.get_response(request)
