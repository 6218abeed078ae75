from django.dispatch import receiver
from wagtail.signals import page_published

from articles.models import ArticlePage, Author
from core import changes

changes.story_models(ArticlePage)
changes.public_models(Author)


@receiver(page_published, sender=ArticlePage)
def record_update_time(sender, instance, **kwargs):
    """A republished story gets a "Last update" time, unless the editor marked the change as
    minor (a typo fix); the first publication is not an update."""
    first, last = instance.first_published_at, instance.last_published_at
    if first and last and last > first and not instance.minor_change:
        ArticlePage.objects.filter(pk=instance.pk).update(last_updated_at=last)
