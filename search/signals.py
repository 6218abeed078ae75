from wagtail.search import index
from wagtail.signals import page_published


def reindex_with_tags(sender, instance, **kwargs):
    # Page.save() indexes the page before modelcluster writes its tags; index it again once
    # published so the tag names (and their aliases) are searchable.
    index.insert_or_update_object(instance)


def connect_signals():
    from articles.models import ArticlePage

    page_published.connect(reindex_with_tags, sender=ArticlePage, dispatch_uid="search-reindex")
