"""How the read side keeps up with the desk: what each public change renews beyond the caches
(``core.changes`` renews those) — the sitemap dates, the story lists, the CDN."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.models import Author, Byline
from core import changes
from entities.models import ENTITY_MODELS, TAG_KINDS, Alias
from public_site import latest_story, purge, story_lists


@changes.subscribe
def keep_up_with(change):
    """A story in or out: its authors' and tags' dates and the lists it is in. An author or
    entity renamed, described or given another's stories (a merge): its date. Any change:
    what a CDN keeps of it."""
    if change.story:
        latest_story.refresh_for_story(change.instance)
        story_lists.story_changed(change.instance)
    else:
        page_changed(change.instance)
    purge.purge_for(change)


def page_changed(instance):
    """An author's or entity's own page changed (an alias is on its entity's): its sitemap
    date moves, and a merge may have given it a newer story."""
    if isinstance(instance, Alias):
        instance = getattr(instance, "entity", None)  # gone when its entity was deleted
    if isinstance(instance, (Author, *ENTITY_MODELS.values())) and instance.pk:
        # First its newest story (a save from a stale copy may have written an old one), then,
        # for a page readers have (with a story), the change's date; a new one is dated by its
        # first story.
        latest_story.refresh(type(instance), [instance.pk])
        listed = type(instance).objects.filter(pk=instance.pk, latest_story_at__isnull=False)
        listed.update(page_changed_at=timezone.now())


def renew_list_of_removed_tag(sender, instance, **kwargs):
    """A tag taken off a story (on republish, or with the story deleted): the tag's list may
    have lost it."""
    kind = next(kind.name for kind in TAG_KINDS if kind.through is sender)
    story_lists.tag_link_removed(kind, instance.tag_id)


for kind in TAG_KINDS:
    post_delete.connect(renew_list_of_removed_tag, sender=kind.through, weak=False)


def refresh_after_link_deleted(sender, instance, **kwargs):
    """A byline or tag removed on republish, or all of a deleted story's: its author or tag may
    have lost its newest story."""
    if sender is Byline:
        latest_story.refresh(Author, [instance.author_id], leaving_story=instance.article_id)
    else:
        model = sender._meta.get_field("tag").related_model
        latest_story.refresh(model, [instance.tag_id], leaving_story=instance.content_object_id)


for model in (Byline, *(kind.through for kind in TAG_KINDS)):
    post_delete.connect(refresh_after_link_deleted, sender=model, weak=False)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def refresh_all_latest_story_dates(sender, **kwargs):
    """A restriction added or lifted can hide or show any number of stories."""
    latest_story.refresh_all()
