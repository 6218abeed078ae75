"""Tag suggestion timings: index build and matching for many entities and a long article.

Run with `make bench-suggest` (uses a throwaway SQLite database under var/)."""

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "sqlite:///var/bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from entities import suggestions  # noqa: E402
from entities.models import Person, Place, PlaceAlias  # noqa: E402

ENTITIES = int(os.environ.get("BENCH_ENTITIES", "5000"))
WORDS = int(os.environ.get("BENCH_WORDS", "3000"))
SYLLABLES = ["ka", "bar", "dam", "su", "sha", "lin", "zu", "li", "gor", "ter", "xan", "ken"]


def name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def timed(label, fn, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        result = fn()
    print(f"{label:<46} {(time.perf_counter() - start) / repeat * 1000:9.1f} ms")
    return result


def main():
    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    Place.objects.all().delete()
    Person.objects.all().delete()
    places = Place.objects.bulk_create(
        Place(name=f"{name(rng)} {i}", slug=f"p-{i}") for i in range(ENTITIES // 2)
    )
    Person.objects.bulk_create(
        Person(name=f"{name(rng)} {name(rng)} {i}", slug=f"q-{i}") for i in range(ENTITIES // 2)
    )
    for place in places[: ENTITIES // 4]:
        PlaceAlias(entity=place, name=f"{name(rng)}-{place.pk}").save()
    known = [p.name for p in places[:50]]
    words = [rng.choice(SYLLABLES) + rng.choice(SYLLABLES) for _ in range(WORDS)]
    for i, mention in enumerate(known):
        words[i * (WORDS // 50)] = mention
    text = " ".join(words)

    print(f"{ENTITIES} entities ({ENTITIES // 4} aliases), article of {WORDS} words")
    index = timed("build index (once per entity change)", suggestions.build_index)
    found = timed(
        "match article against index (mean of 20)", lambda: suggestions.mentioned(text, index), 20
    )
    timed("full suggest() incl. cached index + DB fetch", lambda: suggestions.suggest(text))
    timed("full suggest() warm (mean of 10)", lambda: suggestions.suggest(text), 10)
    print(f"entities found: {len(found)}")


if __name__ == "__main__":
    main()
