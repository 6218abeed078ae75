from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, object_list, per_page):
    """Return the requested page of ``object_list``; any bad ``?page=`` value is a 404.

    A reader following an old or mangled link gets "not found", never a server error, and search
    engines do not index endless copies of page one.
    """
    paginator = Paginator(object_list, per_page)
    raw = request.GET.get("page", "1")
    try:
        if not raw.isascii() or not raw.isdigit() or len(raw) > 6:
            raise PageNotAnInteger(raw)
        return paginator.page(int(raw))
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404("No such page.") from error
