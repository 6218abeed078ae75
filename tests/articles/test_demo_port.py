"""`make run HOST=… PORT=…`: the demo's Site and the admin's base URL (notification e-mails)
follow where the server runs, so canonical, OpenGraph and feed links point there."""

import io
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management import call_command
from wagtail.models import Site

from articles.demo import stories as content
from articles.models import ArticlePage
from tests.browser import live_database, needs_browser, open_page

ROOT = Path(__file__).resolve().parents[2]


def load_demo(**options):
    call_command("load_demo_desk", stdout=io.StringIO(), **options)


def test_make_run_hands_its_host_and_port_to_the_demo_and_the_admin():
    commands = subprocess.run(
        ["make", "-n", "run", "HOST=0.0.0.0", "PORT=8300"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "load_demo_desk --host 0.0.0.0 --port 8300" in commands
    runserver = next(line for line in commands.splitlines() if "runserver" in line)
    assert "WAGTAILADMIN_BASE_URL=http://0.0.0.0:8300" in runserver
    assert runserver.endswith("runserver 0.0.0.0:8300")


@needs_browser
@live_database
def test_a_reader_gets_links_to_the_port_the_demo_was_loaded_for(browser, live_server, home):
    load_demo()  # the default port first: loading again for another port moves the links
    where = urlsplit(live_server.url)
    load_demo(host=where.hostname, port=where.port)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == (where.hostname, where.port)

    story = ArticlePage.objects.get(slug=content.STORIES[0]["slug"])
    reader = browser.new_page()
    open_page(reader, f"{live_server.url}/")
    reader.locator(f"a[href$='/{story.slug}/']").first.click()
    reader.wait_for_selector("h1")
    canonical = reader.locator("link[rel=canonical]").get_attribute("href")
    assert canonical == f"{live_server.url}{story.url}"
    assert reader.locator("meta[property='og:url']").get_attribute("content") == canonical

    feed = open_page(reader, f"{live_server.url}/feed/").text()
    links = re.findall(r"<link>([^<]+)</link>", feed)
    assert links and all(link.startswith(f"{live_server.url}/") for link in links), links[:3]
