from base64 import b32encode

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code from your authenticator app",
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/admin/"
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if safe else "/admin/"


@login_required(login_url="wagtailadmin_login")
def setup(request):
    """Add an authenticator: scan the key (or type it in), then confirm with a first code."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", "That code is not right. Check your phone's clock and try again.")
    key = b32encode(device.bin_key).decode()
    context = {"form": form, "device": device, "key": key, "next": _next(request)}
    return render(request, "accounts/two_factor_setup.html", context)


@login_required(login_url="wagtailadmin_login")
def verify(request):
    """The second step of signing in: the authenticator's current code."""
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", "That code is not right, or it has been used already.")
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _next(request)}
    )
