"""Security headers Django does not set itself, and the admin's own Content-Security-Policy.

The public site runs under a strict policy (no inline script or style at all, see
``SECURE_CSP`` in settings); Wagtail's admin writes inline scripts and styles, so it gets the
looser ``NEWSROOM_ADMIN_CSP`` — on its own URLs only.
"""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; the admin's CSP on admin responses.

    List it *after* Django's ContentSecurityPolicyMiddleware: responses pass through middleware in
    reverse, so this one marks the admin's policy before Django's writes the header.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.NEWSROOM_PERMISSIONS_POLICY)
        if request.path.startswith(self.admin_prefix):
            response._csp_config = settings.NEWSROOM_ADMIN_CSP
        elif getattr(request, "is_preview", False):
            # Wagtail renders a preview through the whole middleware chain with the page's own
            # URL; the admin shows it in a frame, which the public policy forbids.
            response._csp_config = settings.SECURE_CSP | {"frame-ancestors": ["'self'"]}
        return response


def client_ip(request):
    """The client's address: REMOTE_ADDR, or with ``TRUSTED_PROXIES`` = n in front of us, the
    address the outermost trusted proxy saw (the n-th from the right of X-Forwarded-For)."""
    hops = settings.NEWSROOM_TRUSTED_PROXIES
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if hops and len(forwarded) >= hops and forwarded[-hops]:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
