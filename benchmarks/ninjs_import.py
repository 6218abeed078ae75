"""Import N generated ninjs documents through ``manage.py import_ninjs`` and print documents per
second and peak memory.

    python benchmarks/ninjs_import.py [--count 10000] [--pictures 5] [--publish]

Runs on a throwaway SQLite database (or ``DATABASE_URL``, which must point at an empty database
it may migrate). A few pictures are served from 127.0.0.1 and shared between documents, so each is
fetched once, as an agency's repeated file photo would be.
"""

import argparse
import io
import json
import os
import random
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Kalbajar", "Lachin", "Shusha", "Aghdam", "Khankendi", "Fuzuli", "Jabrayil", "Zangilan"]
PEOPLE = ["Farid Mammadov", "Aysel Karimova", "Rauf Aliyev", "Nigar Hasanova", "Elvin Guliyev"]
ORGS = ["Highland Roads Agency", "Red Crescent", "District Council", "Mountain Rescue"]
TOPICS = ["Weather", "Transport", "Agriculture", "Culture", "Health", "Education"]
WORDS = [
    "the",
    "road",
    "pass",
    "village",
    "council",
    "snow",
    "harvest",
    "school",
    "bridge",
    "water",
    "power",
    "families",
    "returned",
    "district",
    "workers",
    "market",
    "winter",
    "spring",
    "rebuilt",
    "opened",
    "mountain",
    "river",
    "valley",
    "morning",
]


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def generate(index, rng, picture_urls):
    doc = {
        "uri": f"urn:newsml:bench.example:{index:06}",
        "type": "text",
        "version": "1",
        "firstCreated": "2026-11-20T06:00:00Z",
        "versionCreated": "2026-11-20T07:00:00Z",
        "pubStatus": "usable",
        "language": "en",
        "headlines": [{"role": "main", "value": f"{sentence(rng, 7)[:-1]} ({index})"}],
        "descriptions": [{"role": "summary", "value": sentence(rng, 20)}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "value": "".join(
                    f"<p>{sentence(rng)} <b>{rng.choice(WORDS)}</b> {sentence(rng)}</p>"
                    for _ in range(8)
                )
                + f"<h2>{sentence(rng, 4)}</h2><p>{sentence(rng)}</p>",
            }
        ],
        "by": " and ".join(rng.sample(PEOPLE, rng.randint(1, 2))),
        "located": rng.choice(PLACES),
        "places": [{"name": name} for name in rng.sample(PLACES, 2)],
        "people": [{"name": rng.choice(PEOPLE)}],
        "organisations": [{"name": rng.choice(ORGS)}],
        "subjects": [{"name": name} for name in rng.sample(TOPICS, 2)],
    }
    if picture_urls and index % 20 == 0:
        url = picture_urls[index // 20 % len(picture_urls)]
        doc["associations"] = [
            {
                "name": "photo",
                "type": "picture",
                "uri": url,
                "by": "Staff photographer",
                "descriptions": [{"role": "caption", "value": sentence(rng, 10)}],
                "renditions": [{"name": "main", "href": url, "width": 1200, "height": 800}],
            }
        ]
    return doc


def serve_pictures(count):
    from PIL import Image

    pictures = {}
    for i in range(count):
        buffer = io.BytesIO()
        Image.new("RGB", (1200, 800), (40 * i % 255, 90, 140)).save(buffer, "JPEG")
        pictures[f"/photo-{i}.jpg"] = buffer.getvalue()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = pictures.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, [f"http://127.0.0.1:{server.server_port}{path}" for path in pictures]


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--pictures", type=int, default=5, help="distinct pictures (0: none)")
    parser.add_argument("--publish", action="store_true", help="publish as well as import")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ninjs-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    os.environ["NINJS_FETCH_PRIVATE_ADDRESSES"] = "1"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    server, urls = serve_pictures(options.pictures)
    rng = random.Random(6)
    documents = workdir / "documents"
    documents.mkdir()
    for index in range(options.count):
        (documents / f"{index:06}.json").write_text(json.dumps(generate(index, rng, urls)))
    rss_before = peak_rss_mb()

    args = [str(documents), "--quiet"] + (["--publish"] if options.publish else [])
    out = io.StringIO()
    started = time.perf_counter()
    call_command("import_ninjs", *args, stdout=out, stderr=sys.stderr)  # progress shows live
    elapsed = time.perf_counter() - started
    server.shutdown()

    print(out.getvalue().strip().splitlines()[-1])
    print(f"database: {django.db.connection.vendor}; pictures: {options.pictures}")
    print(f"{options.count} documents in {elapsed:.1f} s: {options.count / elapsed:.1f} docs/s")
    print(f"peak memory (RSS): {peak_rss_mb():.0f} MB (before importing: {rss_before:.0f} MB)")


if __name__ == "__main__":
    main()
