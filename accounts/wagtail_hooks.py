from django.urls import path, reverse
from wagtail import hooks

from accounts import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/setup/", views.setup, name="two_factor_setup"),
        path("two-factor/verify/", views.verify, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "Two-factor authentication",
        "help_text": "Sign in with a code from an authenticator app as well as your password.",
    }
