from django.dispatch import receiver
from wagtail.signals import page_published

from articles.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def record_update_time(sender, instance, **kwargs):
    """A republished story gets a "Last update" time; the first publication does not."""
    first, last = instance.first_published_at, instance.last_published_at
    if first and last and last > first:
        ArticlePage.objects.filter(pk=instance.pk).update(last_updated_at=last)
