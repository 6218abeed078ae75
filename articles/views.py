from django.shortcuts import get_object_or_404, render

from articles import queries
from articles.models import Author
from core.pagination import paginate

AUTHOR_PAGE_SIZE = 20


def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    stories = queries.cards(queries.visible_articles().filter(bylines__author=author).distinct())
    return render(
        request,
        "articles/author_detail.html",
        {"author": author, "stories": paginate(request, stories, AUTHOR_PAGE_SIZE)},
    )
