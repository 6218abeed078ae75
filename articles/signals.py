from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from articles import purge
from articles.models import ArticlePage


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
