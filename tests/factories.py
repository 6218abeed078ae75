"""Factories for tests: pages hang off their parents through SubFactories, as in the site."""

import datetime as dt

import factory
import time_machine
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Page

from articles.models import ArticlePage, Author, Byline, HomePage, SectionPage
from entities.models import TAG_KINDS
from media_credits.models import Licence


class ImageFactory(wagtail_factories.ImageFactory):
    # One shared root collection, not a new root per image.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Picture {n}")
    description = "Snow on the Murovdag ridge above the Tartar valley."
    alt_text = "A snowy mountain ridge above a river valley"
    creator = "Jane Doe"
    credit_line = "AFP"
    licence = factory.LazyFunction(lambda: Licence.objects.get(label="Agency"))
    file = factory.django.ImageField(width=1600, height=1000, color="green")


class HomePageFactory(wagtail_factories.PageFactory):
    """The home page that the migrations create (one per site)."""

    class Meta:
        model = HomePage
        django_get_or_create = ("slug",)

    title = "Home"
    slug = "home"
    parent = factory.LazyFunction(Page.get_first_root_node)


class SectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Section {n}")
    parent = factory.SubFactory(HomePageFactory)


class AuthorFactory(DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")
    slug = factory.LazyAttribute(lambda obj: obj.name.lower().replace(" ", "-"))
    job_title = "Reporter"
    bio = "Covers the highland districts."


def tags_of_kind(name):
    """A factory hook that tags the story with these names of one kind."""
    return factory.PostGeneration(
        lambda obj, create, extracted, **kwargs: getattr(obj, name).add(*(extracted or []))
    )


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A published story. ``publish=False`` leaves a draft; ``published_at`` back-dates it.

    ``bylines``: a list of authors or (author, role[, agency]) tuples; ``places``, ``people``,
    ``organisations``, ``topics`` (every kind in ``TAG_KINDS``): lists of tag names.
    """

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Story number {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    parent = factory.SubFactory(SectionPageFactory)
    standfirst = "Residents of the district returned to their homes this week."
    dateline_place = "Kalbajar"
    live = False
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Workers repaired the road to the village this week.</p>")]
    )

    @factory.post_generation
    def bylines(obj, create, extracted, **kwargs):
        entries = extracted if extracted is not None else [AuthorFactory()]
        bylines = []
        for order, entry in enumerate(entries):
            author, role, agency = entry, "reporter", ""
            if isinstance(entry, tuple):  # (author, role) or (author, role, agency)
                author, role, agency = entry if len(entry) == 3 else (*entry, "")
            bylines.append(Byline(author=author, role=role, agency=agency, sort_order=order))
        obj.bylines = bylines

    # One hook per kind of tag (places=[...], people=[...], ...), in the registry's order.
    locals().update({kind.name: tags_of_kind(kind.name) for kind in TAG_KINDS})

    @factory.post_generation
    def publish(obj, create, extracted, at=None, **kwargs):
        """Save bylines and tags as a revision and publish it, unless ``publish=False`` (a draft).
        ``publish__at=<datetime>`` back-dates the publication."""
        if not create:
            return
        revision = obj.save_revision()
        if extracted is False:
            return
        if at:
            # Published then, as far as everything that listens to publishing can tell.
            with time_machine.travel(at, tick=False):
                revision.publish()
        else:
            revision.publish()
        obj.refresh_from_db()


PASSWORD = "correct horse battery"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda obj: f"{obj.username}@example.org")

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save(update_fields=["password"])


def minutes_ago(minutes):
    return timezone.now() - dt.timedelta(minutes=minutes)
