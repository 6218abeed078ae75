"""Bad requests get a 4xx, whatever view they reach: the last line of defence behind each view's
own validation, for input no view should have to think about."""

from django.db import DataError
from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed
from django.views.defaults import page_not_found

# The public site and the API only ever read (GET, HEAD), preflight (OPTIONS) and submit forms
# or imports (POST). The admin keeps whatever Wagtail needs.
PUBLIC_METHODS = ("GET", "HEAD", "OPTIONS", "POST")


class BadInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in PUBLIC_METHODS and not request.path.startswith("/admin/"):
            return HttpResponseNotAllowed(PUBLIC_METHODS)
        # No text a reader or machine sends us contains a NUL; PostgreSQL refuses to store one.
        if any("\x00" in value for _key, values in request.GET.lists() for value in values):
            return HttpResponseBadRequest("Null characters are not allowed in a query.")
        return self.get_response(request)

    def process_exception(self, request, exception):
        # An id too large for the database's integer column (`/api/ninjs/99999999999999999999/`
        # and Wagtail's own <int:...> URLs): no such object, so "not found".
        if isinstance(exception, OverflowError) or (
            isinstance(exception, DataError) and "out of range" in str(exception)
        ):
            return page_not_found(request, Http404("No such object."))
        return None
