"""Newsroom's performance benchmark: `make bench` (ARTICLES="1000 20000", DURATION=10).

For each archive size (benchmarks/archive.py builds it once in PostgreSQL) the site is served as in
production — gunicorn with two workers per core, DEBUG off, collected static files — and wrk
drives each page kind at 16 connections, every size back to back in alternating order over a few
rounds, in three modes (cold: nothing kept; uncached: no page cache; cached: page-cache hits;
all on Redis, see MODES). Then nginx with
deploy/nginx.conf: the same story as a static file (the machine's limit) and through the
micro-cache. It prints req/s, p50, p99, SQL queries per request and response bytes, and the ratio
of each figure at the largest archive to the same at the smallest.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import PRODUCTION, ROOT, database_url  # noqa: E402

APP, NGINX = "127.0.0.1:8150", "127.0.0.1:8151"
# Each archive is its own site, with its own Redis database: sites sharing one would share
# their kept pieces (in production: one database, or CACHE_KEY_PREFIX, per installation).
REDIS_DATABASES = range(10, 16)  # up to six archive sizes in one run


def redis_database(articles, sizes):
    return REDIS_DATABASES[sorted(sizes).index(articles)]


def flush_redis():
    for number in REDIS_DATABASES:
        subprocess.run(["redis-cli", "-n", str(number), "FLUSHDB"], capture_output=True)


def wrk(base, urls, seconds, connections=16):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            "local urls = {" + ",".join(f'"{u}"' for u in urls) + "}\n"
            "local i = 0\nrequest = function()\n  i = i % #urls + 1\n"
            '  return wrk.format("GET", urls[i])\nend\n'
        )
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
         "-s", script.name, base],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "req/s": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _ms(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wait_for(url):
    for _ in range(200):
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


# What each mode switches on: "cold" renders everything on every request; "uncached" has no
# page cache but keeps the rendered pieces of stories (core/fragments.py), as production does;
# "cached" serves whole pages from the page cache. Redis in all three, as in production.
MODES = {
    "cold": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "0"},
    "uncached": {"PAGE_CACHE_SECONDS": "0"},
    # Cached runs measure hits: entries must not expire mid-run (publishing still replaces
    # them at once, whatever their lifetime).
    "cached": {"PAGE_CACHE_SECONDS": "3600"},
}


def serve(articles, mode, bind=APP, redis_db=REDIS_DATABASES[0]):
    env = {**os.environ, **PRODUCTION, "DATABASE_URL": database_url(articles), "BIND": bind,
           "REDIS_URL": f"redis://127.0.0.1:6379/{redis_db}", **MODES[mode]}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"], cwd=ROOT, env=env
    )
    wait_for(f"http://{bind}/robots.txt")
    return server


def build(articles):
    built = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "archive.py"), "--articles", str(articles)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(built.stdout.strip().splitlines()[-1])


def warm(bind, urls):
    """Pictures are made on a page's first view; cached runs then measure hits."""
    for url in urls:
        urllib.request.urlopen(f"http://{bind}{url}", timeout=60).read()


def measure(sizes, seconds, rounds, modes=tuple(MODES), kinds=None):
    """{size: {(mode, kind): figures}}. Every archive size is served at once (a server per size,
    idle while another is driven), and each page kind is driven at each size back to back, in
    alternating order over ``rounds`` rounds (averaged): the ratios between sizes then compare
    runs seconds apart, not minutes, on a machine whose speed drifts."""
    samples = {size: build(size) for size in sizes}
    binds = {size: f"127.0.0.1:{8160 + n}" for n, size in enumerate(sizes)}
    results = {size: {} for size in sizes}
    for mode in modes:
        flush_redis()
        servers = [serve(size, mode, binds[size], redis_database(size, sizes)) for size in sizes]
        try:
            for kind in kinds or samples[sizes[0]]:
                runs = {size: [] for size in sizes}
                for round_ in range(rounds):
                    for size in sizes if round_ % 2 == 0 else sizes[::-1]:
                        urls = samples[size][kind]["urls"]
                        warm(binds[size], urls)
                        runs[size].append(wrk(f"http://{binds[size]}", urls, seconds))
                for size in sizes:
                    figures = {
                        name: sum(run[name] for run in runs[size]) / rounds
                        for name in ("req/s", "p50", "p99")
                    }
                    figures["errors"] = sum(run["errors"] for run in runs[size])
                    sample = samples[size][kind]
                    results[size][(mode, kind)] = figures | {
                        "queries": sample["queries"][mode],
                        "bytes": sample["bytes"],
                    }
                    print(
                        f"  {size:>6} {mode:<8} {kind:<8} {figures['req/s']:>9.1f} req/s",
                        flush=True,
                    )
        finally:
            for server in servers:
                server.terminate()
                server.wait()
    return samples, results


def nginx_figures(samples, articles, seconds):
    """nginx serving one story as a file (the limit), and the story through the micro-cache."""
    run_dir = Path(tempfile.mkdtemp(prefix="newsroom-nginx-"))
    story = samples["article"]["urls"][0]
    run_dir.chmod(0o755)  # nginx's workers run as an unprivileged user and must read the files
    (run_dir / "static-root").mkdir()
    flush_redis()
    server = serve(articles, "cached")
    try:
        html = urllib.request.urlopen(f"http://{APP}{story}").read()
        (run_dir / "static-root" / "story.html").write_bytes(html)
        config = (ROOT / "deploy" / "nginx.conf").read_text()
        for name, value in {"RUN_DIR": run_dir, "UPSTREAM": APP, "LISTEN": NGINX,
                            "STATIC_ROOT": run_dir / "static-root",
                            "MEDIA_ROOT": PRODUCTION["MEDIA_ROOT"]}.items():  # fmt: skip
            config = config.replace(f"@{name}@", str(value))
        (run_dir / "nginx.conf").write_text(
            config.replace("worker_processes auto;", "worker_processes 2;\ndaemon off;")
        )
        nginx = subprocess.Popen(["nginx", "-p", str(run_dir), "-c", str(run_dir / "nginx.conf")])
        try:
            wait_for(f"http://{NGINX}/static/story.html")
            static = wrk(f"http://{NGINX}", ["/static/story.html"], seconds)
            proxied = wrk(f"http://{NGINX}", [story], seconds)
        finally:
            nginx.terminate()
            nginx.wait()
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(run_dir, ignore_errors=True)
    return static, proxied


FIGURES = ("req/s", "p50", "p99", "queries", "bytes")


def table(sizes, measured):
    print("\n| archive | mode | page | req/s | p50 ms | p99 ms | SQL queries | bytes | errors |")
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        for (mode, kind), f in measured[size].items():
            cells = [size, mode, kind, f"{f['req/s']:.1f}", f"{f['p50']:.1f}", f"{f['p99']:.1f}"]
            cells += [f["queries"], f["bytes"], f["errors"]]
            print("| " + " | ".join(str(cell) for cell in cells) + " |")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"\nRatio {large} / {small} articles (1.00 = flat):\n")
        print("| mode | page | req/s | p50 | p99 | queries | bytes |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for key, f in measured[large].items():
            s = measured[small][key]
            ratios = [f[n] / s[n] if s[n] else (1.0 if not f[n] else float("inf")) for n in FIGURES]
            print(f"| {key[0]} | {key[1]} | " + " | ".join(f"{r:.2f}" for r in ratios) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", nargs="+", type=int, default=[1000, 20000])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    parser.add_argument("--kinds", nargs="+", help="page kinds to drive (default: all)")
    parser.add_argument("--no-nginx", action="store_true", help="skip the nginx figures")
    args = parser.parse_args()
    missing = [tool for tool in ("wrk", "nginx", "redis-cli") if not shutil.which(tool)]
    if missing:
        raise SystemExit(
            f"make bench needs {', '.join(missing)}: apt-get install wrk nginx redis-tools "
            "(and PostgreSQL at 127.0.0.1:5432, Redis at 127.0.0.1:6379)."
        )
    samples, measured = measure(args.articles, args.seconds, args.rounds, args.modes, args.kinds)
    table(args.articles, measured)
    if args.no_nginx:
        return
    largest = args.articles[-1]
    static, proxied = nginx_figures(samples[largest], largest, args.seconds)
    print(
        "\nnginx, the story as a static file:",
        f"{static['req/s']:.0f} req/s (p50 {static['p50']:.2f} ms)",
    )
    share = proxied["req/s"] / static["req/s"]
    print(
        f"nginx micro-cache, the same story from the app: {proxied['req/s']:.0f} req/s "
        f"(p50 {proxied['p50']:.2f} ms) = {share:.0%} of static"
    )


if __name__ == "__main__":
    main()
