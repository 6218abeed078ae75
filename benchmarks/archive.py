"""A newsroom archive of a given size, for benchmarks: `python benchmarks/archive.py --articles N`.

Builds (once; reused while it holds N stories) a PostgreSQL database `newsroom_bench_<N>` with five
sections, 40 authors, 30 credited pictures, 630 entities of the four kinds and N stories with one
or two bylines, datelines, lead pictures and tags drawn from a Zipf-like distribution, over three
years. Pages are written in bulk (materialised tree paths computed here), as 20,000 stories through
Wagtail's `add_child` would take an hour. It then prints, as JSON, sample URLs per page kind with
the SQL queries and bytes of one uncached request each.
"""

import argparse
import datetime as dt
import io
import json
import os
import random
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def database_name(articles):
    return f"newsroom_bench_{articles}"


# The production settings the benchmark serves with (see run.py), pictures and static files kept
# under var/ so that generator and server see the same files.
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
    "DEBUG": "0",
    "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "0",
    "MEDIA_ROOT": str(ROOT / "var" / "bench-media"),
    "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
    "LOG_LEVEL": "WARNING",
}


def database_url(articles):
    return f"postgres://postgres@127.0.0.1:5432/{database_name(articles)}"


def setup_django(articles):
    os.environ.update(PRODUCTION, DATABASE_URL=database_url(articles), PAGE_CACHE_SECONDS="0")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)


def ensure_database(articles):
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", user="postgres", dbname="postgres", autocommit=True
    ) as c:
        exists = c.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database_name(articles)]
        ).fetchone()
        if not exists:
            c.execute(f'CREATE DATABASE "{database_name(articles)}"')


def zipf_choice(rng, items, count):
    """``count`` distinct items, the first ones far more often (a few places make most news)."""
    weights = [1 / (rank + 1) for rank in range(len(items))]
    chosen = set()
    while len(chosen) < min(count, len(items)):
        chosen.add(rng.choices(range(len(items)), weights)[0])
    return [items[i] for i in chosen]


def build(articles, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.images import ImageFile
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone
    from PIL import Image
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from articles.models import (
        ArticlePage,
        Author,
        Byline,
        HomePage,
        SectionPage,
    )
    from entities.models import KINDS, Organisation, Person, Place, Topic
    from media_credits.models import Licence

    call_command("migrate", "--noinput", verbosity=0)
    if ArticlePage.objects.count() == articles:
        return
    if ArticlePage.objects.exists():
        raise SystemExit(f"{database_name(articles)} holds another archive; drop it first.")
    home = HomePage.objects.get()
    sections = []
    for title in ("News", "Region", "Politics", "Economy", "Culture"):
        section = SectionPage(title=title, slug=title.lower())
        home.add_child(instance=section)
        section.save_revision().publish()
        sections.append(section)
    authors = Author.objects.bulk_create(
        Author(name=f"Reporter {n}", slug=f"reporter-{n}", job_title="Reporter") for n in range(40)
    )
    licence = Licence.objects.filter(kind="agency").first() or Licence.objects.first()
    images = []
    for n in range(30):
        out = io.BytesIO()
        Image.new("RGB", (1600, 900), (40 + n * 6, 90, 120)).save(out, "JPEG", quality=80)
        image = get_image_model()(
            title=f"Picture {n}", alt_text=f"Picture {n}", creator="Desk photographer",
            credit_line="Highland Courier", licence=licence,
            file=ImageFile(io.BytesIO(out.getvalue()), name=f"bench-{n}.jpg"),
        )  # fmt: skip
        image.save()
        images.append(image)
    places = [Place.objects.create(name=f"Place {n}", slug=f"place-{n}") for n in range(200)]
    people = Person.objects.bulk_create(
        Person(name=f"Person {n}", slug=f"person-{n}") for n in range(300)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Organisation {n}", slug=f"organisation-{n}") for n in range(100)
    )
    topics = Topic.objects.bulk_create(
        Topic(name=f"Topic {n}", slug=f"topic-{n}") for n in range(30)
    )

    content_type = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    body = json.dumps(
        [{"type": "paragraph", "value": f"<p>{'Paragraph of the story. ' * 30}</p>"}] * 6
    )
    with transaction.atomic():
        stories = []
        for n in range(articles):
            section = sections[n % len(sections)]
            position = n // len(sections) + 1
            published = now - dt.timedelta(minutes=articles - n) * (3 * 365 * 24 * 60 / articles)
            slug = f"story-{n}"
            page = Page(
                title=f"Story {n}: the road to Place {n % 200}",
                draft_title=f"Story {n}",
                slug=slug,
                content_type=content_type,
                path=Page._get_path(section.path, section.depth + 1, position),
                depth=section.depth + 1,
                numchild=0,
                url_path=f"{section.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                latest_revision_created_at=published,
                locale_id=home.locale_id,
                translation_key=uuid.uuid4(),
            )
            stories.append(page)
        Page.objects.bulk_create(stories, batch_size=1000)
        for section in sections:
            SectionPage.objects.filter(pk=section.pk).update(
                numchild=sum(1 for p in stories if p.path.startswith(section.path))
            )
        for n, page in enumerate(stories):
            article = ArticlePage(
                page_ptr_id=page.pk,
                standfirst=f"What happened in Place {n % 200} this week, and why it matters.",
                dateline_place=f"Place {n % 200}",
                lead_image=images[n % len(images)],
                body=body,
            )
            article.__dict__.update(
                {f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}
            )
            article.save_base(raw=True, force_insert=True)  # only the story's own row
        Byline.objects.bulk_create(
            Byline(article_id=page.pk, author=author, sort_order=order)
            for page in stories
            for order, author in enumerate(zipf_choice(rng, authors, rng.choice((1, 1, 2))))
        )
        for model, pool, per_story in (
            (KINDS[name].through, pool, per_story)
            for name, pool, per_story in (
                ("places", places, 2), ("people", people, 2),
                ("organisations", organisations, 1), ("topics", topics, 2),
            )
        ):  # fmt: skip
            model.objects.bulk_create(
                (
                    model(content_object_id=page.pk, tag=tag)
                    for page in stories
                    for tag in zipf_choice(rng, pool, per_story)
                ),
                batch_size=5000,
            )
    from public_site import latest_story

    latest_story.refresh_all()  # bulk writes send no signals: date authors and tags here
    call_command("update_index", verbosity=0)
    from django.db import connection

    with connection.cursor() as cursor:  # fresh planner statistics, as autovacuum would make
        cursor.execute("VACUUM ANALYZE")


def samples(articles, rng):
    """{kind: {"urls": [...], "queries": n, "bytes": n}} measured through Django's test client."""
    from django.db import connection
    from django.db.models import Count, Max
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from wagtail.models import Page

    from articles.models import ArticlePage, Author, SectionPage
    from entities.models import Place
    from public_site.sitemaps import SITEMAP_PAGE_SIZE

    stories = list(ArticlePage.objects.live().order_by("?")[:200])
    top_page_id = Page.objects.aggregate(top=Max("pk"))["top"]
    kinds = {
        "home": ["/"],
        "section": [s.url for s in SectionPage.objects.all()],
        "article": [s.url for s in stories],
        # The ten busiest places: full first pages at any archive size, so figures compare.
        "place": [
            p.get_absolute_url()
            for p in Place.objects.annotate(n=Count("tagged_items")).order_by("-n")[:10]
        ],
        # The busiest authors, as for places: pages of the same shape (a full list of stories) at
        # any size; a small archive's quiet authors have short pages that flatter it.
        "author": [
            a.get_absolute_url()
            for a in Author.objects.annotate(n=Count("bylines")).order_by("-n")[:10]
        ],
        "search": [f"/search/?q=place+{n}" for n in range(0, 200, 7)],
        "rss": ["/feed/"],
        # The index, the first page of the page sitemap and its deepest full page: the same
        # three shapes at any archive size.
        "sitemap": [
            "/sitemap.xml",
            "/sitemap-pages.xml",
            f"/sitemap-pages.xml?p={max(1, top_page_id // SITEMAP_PAGE_SIZE)}",
        ],
    }
    client = Client(HTTP_HOST="127.0.0.1")

    def queries_of(url):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return len(queries), len(response.content)

    found = {}
    for kind, urls in kinds.items():
        counts = {"cold": [], "uncached": [], "cached": [0]}  # a page-cache hit asks nothing
        sizes = []
        for url in {urls[0], urls[-1]}:  # the first and the last (deepest) of the kind
            client.get(url)  # pictures are made on the first view, and pieces are kept
            with override_settings(FRAGMENT_CACHE_SECONDS=0):
                counts["cold"].append(queries_of(url)[0])
            count, size = queries_of(url)
            counts["uncached"].append(count)
            sizes.append(size)
        found[kind] = {
            "urls": urls,
            "queries": {mode: max(numbers) for mode, numbers in counts.items()},
            "bytes": max(sizes),
        }
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, required=True)
    args = parser.parse_args()
    ensure_database(args.articles)
    setup_django(args.articles)
    rng = random.Random(args.articles)
    build(args.articles, rng)
    print(json.dumps(samples(args.articles, rng)))


if __name__ == "__main__":
    main()
