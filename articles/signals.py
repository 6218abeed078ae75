from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from articles import latest_story, purge, story_lists
from articles.models import ArticlePage, Author, Byline
from entities.models import ENTITY_MODELS


@receiver(page_published, sender=ArticlePage)
def record_update_time(sender, instance, **kwargs):
    """A republished story gets a "Last update" time, unless the editor marked the change as
    minor (a typo fix); the first publication is not an update."""
    first, last = instance.first_published_at, instance.last_published_at
    if first and last and last > first and not instance.minor_change:
        ArticlePage.objects.filter(pk=instance.pk).update(last_updated_at=last)


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def purge_listings_from_frontend_cache(sender, instance, **kwargs):
    purge.purge_listings(instance)


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def refresh_latest_story_dates(sender, instance, **kwargs):
    latest_story.refresh_for_story(instance)


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def renew_story_lists(sender, instance, **kwargs):
    story_lists.story_changed(instance)


def renew_list_of_removed_tag(sender, instance, **kwargs):
    """A tag taken off a story (on republish, or with the story deleted): the tag's list may
    have lost it."""
    kind = next(kind for kind in story_lists.TAG_KINDS if through_of(kind) is sender)
    story_lists.tag_link_removed(kind, instance.tag_id)


def through_of(kind):
    return ArticlePage._meta.get_field(kind).through


for kind in story_lists.TAG_KINDS:
    post_delete.connect(renew_list_of_removed_tag, sender=through_of(kind), weak=False)


def refresh_after_link_deleted(sender, instance, **kwargs):
    """A byline or tag removed on republish, or all of a deleted story's: its author or tag may
    have lost its newest story."""
    if sender is Byline:
        latest_story.refresh(Author, [instance.author_id], leaving_story=instance.article_id)
    else:
        model = sender._meta.get_field("tag").related_model
        latest_story.refresh(model, [instance.tag_id], leaving_story=instance.content_object_id)


for model in (Byline, *(model.tagged_items.rel.related_model for model in ENTITY_MODELS.values())):
    post_delete.connect(refresh_after_link_deleted, sender=model, weak=False)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def refresh_all_latest_story_dates(sender, **kwargs):
    """A restriction added or lifted can hide or show any number of stories."""
    latest_story.refresh_all()
