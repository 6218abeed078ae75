"""Builds the demo newsroom from ``stories.py``. Safe to run again: what exists is left alone."""

import datetime as dt
import io
import json
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Revision, Site

from articles.demo import stories as content
from articles.demo.pictures import draw_picture, draw_portrait
from articles.demo.places import PLACES
from articles.models import ArticlePage, Author, Byline, Correction, HomePage, SectionPage
from entities.models import TAG_KINDS, Place, PlaceAlias
from media_credits.embedded import embed_credits
from media_credits.models import Licence

# Where `make run` serves unless told otherwise (`make run HOST=… PORT=…`).
DEMO_HOST, DEMO_PORT = "127.0.0.1", 8000
DEMO_LICENCES = {
    "cc-by-2.0": "CC BY 2.0",
    "cc-by-sa-4.0": "CC BY-SA 4.0",
    "cc0-1.0": "CC0 1.0",
    "staff": "Staff photo",
    "agency": "Agency",
    "handout": "Handout",
}
DEMO_ADMIN = {"username": "admin", "password": "newsroom-admin", "email": "admin@example.org"}
# One login per desk role (groups made by articles/migrations/0005_desk_roles_and_review.py).
DEMO_USERS = [
    {"username": "reporter", "password": "newsroom-reporter", "group": "Reporters",
     "first_name": "Leyla", "last_name": "Mammadova"},
    {"username": "editor", "password": "newsroom-editor", "group": "Editors",
     "first_name": "Aysel", "last_name": "Karimli"},
    {"username": "photodesk", "password": "newsroom-photodesk", "group": "Photo desk",
     "first_name": "Rauf", "last_name": "Aliyev"},
    {"username": "administrator", "password": "newsroom-administrator", "group": "Administrators",
     "first_name": "Desk", "last_name": "Administrator"},
]  # fmt: skip


def local_datetime(value):
    return dt.datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(settings.TIME_ZONE))


class DemoDesk:
    def __init__(self, log=print, host=DEMO_HOST, port=DEMO_PORT):
        self.log = log
        self.host, self.port = host, port
        self.created = {"sections": 0, "authors": 0, "images": 0, "stories": 0}

    @transaction.atomic
    def load(self):
        home = HomePage.objects.first()
        if home is None:
            raise RuntimeError("No home page: run `manage.py migrate` first.")
        self.site(home)
        sections = {
            slug: self.section(home, title, slug, intro) for title, slug, intro in content.SECTIONS
        }
        authors = {spec["slug"]: self.author(spec) for spec in content.AUTHORS}
        images = {spec["key"]: self.image(spec) for spec in content.IMAGES}
        for spec in PLACES:  # before the stories, so their place tags resolve to these
            self.place(spec)
        for spec in content.STORIES:
            self.story(spec, sections[spec["section"]], authors, images)
        self.admin_user()
        return self.created

    def place(self, spec):
        place = Place.objects.filter(name__iexact=spec["name"]).first() or Place(name=spec["name"])
        place.kind = spec["kind"]
        place.description = spec.get("description", place.description)
        place.external_id = spec.get("external_id", place.external_id)
        place.parent = Place.objects.get(name=spec["parent"]) if spec.get("parent") else None
        place.latitude, place.longitude = spec.get("geo", (None, None))
        place.save()
        known = {alias.name for alias in place.aliases.all()}
        for name, language in spec.get("aliases", []):
            if name not in known:
                PlaceAlias(entity=place, name=name, language=language).save()
        return place

    def site(self, home):
        """Canonical links, feeds and sitemaps use the Site's origin: make it the dev server's
        (every load sets it, so serving on another port and loading again moves the links)."""
        for site in Site.objects.filter(is_default_site=True):  # saved: caches follow the change
            site.hostname, site.port = self.host, self.port
            site.site_name = settings.NEWSROOM_PUBLICATION_NAME
            site.save()

    def section(self, home, title, slug, intro):
        section = SectionPage.objects.child_of(home).filter(slug=slug).first()
        if section is None:
            section = home.add_child(instance=SectionPage(title=title, slug=slug, intro=intro))
            section.save_revision().publish()
            self.created["sections"] += 1
        return section

    def author(self, spec):
        author = Author.objects.filter(slug=spec["slug"]).first()
        if author is None:
            initials = "".join(part[0] for part in spec["name"].split()[:2])
            photo = self.save_image(
                f"Portrait of {spec['name']}",
                f"author-{spec['slug']}.jpg",
                draw_portrait(spec["slug"], initials),
                description=f"Portrait of {spec['name']}",
                alt_text=f"Portrait of {spec['name']}",
                creator=spec["name"],
                credit_line=settings.NEWSROOM_PUBLICATION_NAME,
                licence=Licence.objects.get(label="Staff photo"),
            )
            author = Author.objects.create(
                name=spec["name"],
                slug=spec["slug"],
                job_title=spec["job_title"],
                bio=spec["bio"],
                photo=photo,
            )
            self.created["authors"] += 1
        return author

    def image(self, spec):
        image = get_image_model().objects.filter(title=spec["title"]).first()
        if image is None:
            licence = Licence.objects.get(label=DEMO_LICENCES[spec["licence"]])
            # The credits travel inside the file (IPTC + XMP), as they do from agencies;
            # the upload path reads them back, and the desk adds alt text and usage terms.
            data = embed_credits(
                draw_picture(spec["key"], spec["palette"], spec["motif"]),
                creator=spec["creator"],
                credit_line=spec["credit_line"],
                copyright_notice=spec["copyright_notice"],
                title=spec["title"],
                description=spec["description"],
                licence_url=licence.url,
            )
            image = self.save_image(
                spec["title"],
                f"demo-{spec['key']}.jpg",
                data,
                alt_text=spec["alt"],
                source_url=spec["source_url"],
                usage_terms=spec["usage_terms"],
                licence=licence,
            )
            self.created["images"] += 1
        return image

    def save_image(self, title, filename, data, **fields):
        # An ImageFile lets the model read width and height as it is assigned.
        file = ImageFile(io.BytesIO(data), name=filename)
        image = get_image_model()(title=title, file=file, **fields)
        image.save()
        return image

    def story(self, spec, section, authors, images):
        if ArticlePage.objects.filter(slug=spec["slug"]).exists():
            return
        published = local_datetime(spec["published"])
        article = ArticlePage(
            title=spec["headline"],
            slug=spec["slug"],
            standfirst=spec["standfirst"],
            dateline_place=spec["dateline_place"],
            dateline_date=published.date(),
            lead_image=images.get(spec["lead_image"]),
            lead_image_caption=spec["lead_caption"],
            body=json.dumps([self.block(kind, value, images) for kind, value in spec["body"]]),
        )
        article.bylines = [
            Byline(author=authors[slug], role=role, agency=agency, sort_order=order)
            for order, (slug, role, agency) in enumerate(spec["bylines"])
        ]
        notes = [
            Correction(kind=kind, text=text, noted_at=local_datetime(noted), sort_order=order)
            for order, (kind, text, noted) in enumerate(spec.get("corrections", ()))
        ]
        article.corrections = notes
        for kind in TAG_KINDS:
            getattr(article, kind.name).add(*spec[kind.name])
        section.add_child(instance=article)
        revision = article.save_revision()
        revision.publish()
        # Back-date the story to when the desk "published" it.
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=published,
            last_published_at=published,
            latest_revision_created_at=published,
            # A corrected story was last updated when its latest note was written.
            last_updated_at=max((note.noted_at for note in notes), default=None),
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=published)
        self.created["stories"] += 1

    @staticmethod
    def block(kind, value, images):
        if kind == "paragraph":
            return {"type": "paragraph", "value": value}
        if kind == "subheading":
            return {"type": "subheading", "value": value}
        if kind == "quote":
            return {"type": "quote", "value": value}
        if kind == "image":
            return {
                "type": "image",
                "value": {"image": images[value["image"]].pk, "caption": value["caption"]},
            }
        raise ValueError(f"Unknown demo block type {kind!r}")

    def admin_user(self):
        User = get_user_model()
        if not User.objects.filter(username=DEMO_ADMIN["username"]).exists():
            User.objects.create_superuser(**DEMO_ADMIN)
        for spec in DEMO_USERS:
            if User.objects.filter(username=spec["username"]).exists():
                continue
            user = User.objects.create_user(
                username=spec["username"],
                password=spec["password"],
                email=f"{spec['username']}@example.org",
                first_name=spec["first_name"],
                last_name=spec["last_name"],
            )
            user.groups.add(Group.objects.get(name=spec["group"]))
