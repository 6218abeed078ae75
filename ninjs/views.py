"""The ninjs API: GET lists and fetches published stories as ninjs 3.1; POST imports documents."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, JsonResponse
from django.utils.dateparse import parse_datetime
from django.utils.http import urlencode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from articles.models import ArticlePage, HomePage, SectionPage
from core import publication
from ninjs.auth import AuthError, token_user
from ninjs.exporter import article_to_ninjs, export_queryset
from ninjs.importer import FAILED, Importer, find_section
from public_site import queries

CONTENT_TYPE = "application/json; charset=utf-8"
# <, > and & as \u escapes: the same JSON, but nothing in it (an echoed bad value, a story's
# body HTML) can ever be read as markup, whatever a client sniffs.
_MARKUP_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


class MarkupSafeEncoder(DjangoJSONEncoder):
    def encode(self, o):
        return super().encode(o).translate(_MARKUP_ESCAPES)


def json_response(data, status=200):
    return JsonResponse(data, status=status, content_type=CONTENT_TYPE, encoder=MarkupSafeEncoder)


def error(status, message, **extra):
    return json_response({"error": message, **extra}, status=status)


@csrf_exempt  # token-authenticated only: the session cookie is never consulted for POST
@require_http_methods(["GET", "HEAD", "POST"])
def collection(request):
    if request.method == "POST":
        return import_documents(request)
    return story_list(request)


def story_list(request):
    """Published stories, most recently changed first; ``?section=<slug>``, ``?since=<ISO>``."""
    stories = queries.visible_articles()
    params = {}
    if section_slug := request.GET.get("section"):
        section = SectionPage.objects.visible_to_readers().filter(slug=section_slug).first()
        if section is None:
            return error(400, f"No section {section_slug!r}.")
        stories = stories.descendant_of(section)
        params["section"] = section_slug
    if since_text := request.GET.get("since"):
        since = _parse_since(since_text)
        if since is None:
            return error(400, "since must be an ISO 8601 date-time with a time zone.")
        stories = stories.filter(last_published_at__gte=since)
        params["since"] = since_text
    stories = export_queryset(stories).order_by("-last_published_at", "-pk")
    paginator = Paginator(stories, settings.NINJS_EXPORT_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        return error(400, f"page must be a number from 1 to {paginator.num_pages}.")

    def link(number):
        query = urlencode({**params, "page": number})
        return publication.absolute_url(f"{request.path}?{query}", request)

    return json_response(
        {
            "count": paginator.count,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [article_to_ninjs(story, request) for story in page.object_list],
        }
    )


def _parse_since(text):
    try:
        value = parse_datetime(text.replace(" ", "+"))  # a "+" in a query string arrives as " "
    except ValueError:
        return None
    return value if value and value.tzinfo else None


@require_GET
def story_detail(request, pk):
    """A published story; with an API token whose user may edit it, its latest revision, even
    a draft or an embargoed one (``pubStatus`` withheld until it is live)."""
    if "Authorization" in request.headers:
        return _latest_revision(request, pk)
    story = export_queryset(queries.visible_articles()).filter(pk=pk).first()
    if story is None:
        raise Http404("No published story with this id.")
    return json_response(article_to_ninjs(story, request))


def _latest_revision(request, pk):
    try:
        user = token_user(request)
    except AuthError as problem:
        return error(problem.status, problem.message)
    page = ArticlePage.objects.filter(pk=pk).first()
    if page is None or not page.permissions_for_user(user).can_edit():
        raise Http404("No story with this id that you may edit.")
    draft = page.get_latest_revision_as_object()
    return json_response(article_to_ninjs(draft, request, draft=True))


def import_documents(request):
    """POST one ninjs document or an array; ``?section=<title or slug>``, ``?publish=1``."""
    try:
        user = token_user(request)
    except AuthError as problem:
        response = error(problem.status, problem.message)
        response["WWW-Authenticate"] = 'Bearer realm="ninjs"'
        return response
    publish = request.GET.get("publish", "").lower() in ("1", "true", "yes")
    section_name = request.GET.get("section") or settings.NINJS_IMPORT_SECTION
    denied = _permission_problem(user, section_name, publish)
    if denied:
        return error(403, denied)
    limit = settings.NINJS_MAX_REQUEST_BYTES
    length = request.META.get("CONTENT_LENGTH") or "0"
    if length.isdigit() and int(length) > limit:
        return error(413, f"The request is {length} bytes; the limit is {limit}.")
    raw = request.read(limit + 1)
    importer = Importer(section=section_name, publish=publish, user=user, check_permissions=True)
    summary = importer.import_raw(raw, "request")
    counts = summary.counts
    status = 400 if counts[FAILED] else 201 if counts["created"] else 200
    return json_response(summary.as_dict(), status=status)


def _permission_problem(user, section_name, publish):
    """Why ``user`` may not import into the section (or create it), or "" if they may."""
    target = find_section(section_name) or HomePage.objects.first()
    if target is None:
        return "There is no home page to import into."
    permissions = target.permissions_for_user(user)
    if not permissions.can_add_subpage():
        return f"You may not add stories to {target.title}."
    if publish and not permissions.can_publish_subpage():
        return f"You may import drafts into {target.title} but not publish them."
    return ""
