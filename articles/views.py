from django.shortcuts import get_object_or_404, render

from articles import queries
from articles.models import Author, Byline
from core.pagination import newest_first_page

AUTHOR_PAGE_SIZE = 20


def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    bylined = Byline.objects.filter(author=author).values("article_id")
    stories = queries.card_rows(queries.visible_articles().filter(pk__in=bylined))
    return render(
        request,
        "articles/author_detail.html",
        {"author": author, "stories": newest_first_page(request, stories, AUTHOR_PAGE_SIZE)},
    )
