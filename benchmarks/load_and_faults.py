"""Under load and faults: 64 concurrent readers for 60 s on mixed public pages while an editor
saves, then a Redis outage (refusing, then hung) and a database outage, each with the recovery.
Run with `make bench-faults`.

The app reaches Redis through a door this script holds (``RedisDoor``, a TCP relay to the real
Redis), so Redis can refuse connections or accept and never answer without stopping the Redis
other programs on this machine use.

It builds its own PostgreSQL database with the demo desk (`BENCH_DATABASE`, default
newsroom_bench_faults, dropped and made afresh), serves it with the production configuration
(gunicorn, DEBUG off, collected static files) and drives it with wrk. Figures are printed; record
them in benchmarks/RESULTS-reliability.md.
"""

import argparse
import http.cookiejar
import os
import re
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import django
import psycopg
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
django.setup()  # only to build the admin form's body field as a browser would

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield  # noqa: E402

# What the admin's StreamField editor posts for a one-paragraph body.
BODY = nested_form_data(
    {"body": streamfield([("paragraph", rich_text("<p>The road is open again.</p>"))])}
)
REDIS_DATABASE = 9  # emptied at the start (make bench uses 10 and up)
PG = {"host": os.environ.get("PG_HOST", "127.0.0.1"), "user": "postgres", "port": 5432}


def sql(statement, dbname="postgres"):
    with psycopg.connect(dbname=dbname, autocommit=True, **PG) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else None


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def fetch(url, opener=urllib.request.urlopen, data=None):
    return fetch_with_headers(url, opener, data)[:2]


def fetch_with_headers(url, opener=urllib.request.urlopen, data=None):
    try:
        with opener(url, data=data, timeout=30) as response:
            return response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers


class RedisDoor(threading.Thread):
    """127.0.0.1:``port`` relayed to Redis while "open"; "refused": nothing listens and every
    connection is cut; "hung": connections are accepted, nothing is ever answered."""

    def __init__(self, port, target=("127.0.0.1", 6379)):
        super().__init__(daemon=True)
        self.port, self.target, self.mode = port, target, "open"
        self.listener, self.connections, self.lock = None, [], threading.Lock()
        self.listen()

    def listen(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)

    def set(self, mode):
        with self.lock:
            self.mode = mode
            if mode == "refused":
                self.listener.close()
                for conn in self.connections:
                    conn.close()
                self.connections = []
            elif self.listener.fileno() == -1:
                self.listen()

    def run(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:  # closed while refusing: wait to be opened again
                time.sleep(0.05)
                continue
            with self.lock:
                self.connections.append(client)
            threading.Thread(target=self.relay, args=(client,), daemon=True).start()

    def relay(self, client):
        try:
            upstream = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        with self.lock:
            self.connections.append(upstream)
        pair = {client: upstream, upstream: client}
        try:
            while True:
                if self.mode == "hung":
                    time.sleep(0.1)  # read nothing, answer nothing
                    continue
                readable, _, _ = select.select(list(pair), [], [], 0.1)
                for conn in readable:
                    data = conn.recv(65536)
                    if not data:
                        return
                    pair[conn].sendall(data)
        except (OSError, ValueError):  # cut while refusing
            return
        finally:
            client.close()
            upstream.close()


def redis_outage(base, paths, door, log, seconds, connections):
    """Readers and the editor while Redis refuses, then hangs; then Redis back. The figures."""
    results = {}
    for mode in ("refused", "hung"):
        lines_before = log_lines(log)
        door.set(mode)
        results[mode] = run_wrk(base, paths, seconds, connections)
        results[mode]["log lines"] = log_lines(log) - lines_before
        timed = []
        for path in paths[:10]:  # one reader alone: how long one request waits
            start = time.perf_counter()
            status, _body = fetch(base + path)
            timed.append((time.perf_counter() - start, status))
        results[mode]["alone max ms"] = round(max(t for t, _s in timed) * 1000)
        results[mode]["alone >=500"] = sum(status >= 500 for _t, status in timed)
    door.set("open")
    reopened = time.perf_counter()
    fetch(base + "/")
    while fetch_with_headers(base + "/")[2].get("X-Cache") != "HIT":
        time.sleep(0.05)
    results["recovered s"] = round(time.perf_counter() - reopened, 2)
    return results


def log_lines(log):
    log.flush()
    return sum(1 for line in Path(log.name).read_text().splitlines() if "Redis" in line)


def outage_answers(base, paths):
    """Each path as a reader asks for it (the page cache may answer) and with a query string the
    cache has never seen (the page must be made): ``{(status, how): count}``, and the problems."""
    answers, problems = {}, []
    for path in paths:
        probe = f"{path}{'&' if '?' in path else '?'}outage-probe=1"
        for url in (base + path, base + probe):
            status, body, headers = fetch_with_headers(url)
            how = "page cache" if headers.get("X-Cache") == "HIT" else "made"
            answers[(status, how)] = answers.get((status, how), 0) + 1
            if "Traceback" in body or status not in (200, 503):
                problems.append(f"{url}: {status}")
            if status == 503 and ("Back in a moment" not in body or not headers["Retry-After"]):
                problems.append(f"{url}: 503 without the short page and Retry-After")
    return answers, problems


def public_paths(base):
    """Home, sections, stories, places, authors, search, feeds and sitemaps of the demo desk."""
    _status, home = fetch(base + "/")
    links = {a["href"] for a in BeautifulSoup(home, "html.parser").find_all("a", href=True)}
    local = sorted(link for link in links if link.startswith("/") and "/admin" not in link)
    return local + ["/search/?q=road", "/search/?q=water", "/feed/", "/sitemap.xml", "/", "/"]


def run_wrk(base, paths, seconds, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            "local paths = {" + ",".join(f'"{p}"' for p in paths) + "}\n"
            "local i = math.random(#paths)\n"
            "request = function()\n  i = i % #paths + 1\n"
            '  return wrk.format("GET", paths[i])\nend\n'
        )
    result = subprocess.run(
        ["wrk", f"-t{min(4, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency",
         "--timeout", "30s", "-s", script.name, base],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    out = result.stdout
    number = lambda pattern: int(m.group(1)) if (m := re.search(pattern, out)) else 0  # noqa: E731
    return {
        "requests": number(r"(\d+) requests in"),
        "req/s": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        # The latency distribution's lines (a thread's "72.50%" column is not one).
        "p50": re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1),
        "p99": re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1),
        "non-2xx/3xx": number(r"Non-2xx or 3xx responses: (\d+)"),
        "socket errors": sum(
            int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out)
        ),
        "max": re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", out).group(1),
    }


class Editor(threading.Thread):
    """Logs in to the admin and saves a story's draft every second, as a browser would."""

    def __init__(self, base, story_id, stop):
        super().__init__(daemon=True)
        self.base, self.story_id, self.stop = base, story_id, stop
        self.timings, self.failures, self.error = [], 0, ""
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def form(self, url, selector):
        _status, html = fetch(self.base + url, self.opener.open)
        form = BeautifulSoup(html, "html.parser").select_one(selector)
        fields = []
        for field in form.find_all(["input", "textarea", "select"]):
            name = field.get("name")
            if not name or field.get("type") in ("submit", "button", "file"):
                continue
            if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            if field.name == "textarea":
                value = field.text
            elif field.name == "select":
                chosen = field.find("option", selected=True) or field.find("option")
                value = chosen.get("value", "") if chosen else ""
            else:
                value = field.get("value", "")
            fields.append((name, value))
        return fields

    def run(self):
        try:
            self.save_every_second()
        except Exception as error:  # reported, and counted as a failure
            self.error = repr(error)
            self.failures += 1

    def save_every_second(self):
        login = dict(self.form("/admin/login/", "form:has(input[name=username])"))
        login.update(username="editor", password="newsroom-editor")
        fetch(self.base + "/admin/login/", self.opener.open, urllib.parse.urlencode(login).encode())
        edit = f"/admin/pages/{self.story_id}/edit/"
        n = 0
        while not self.stop.is_set():
            n += 1
            fields = [
                (name, f"Standfirst, save {n}." if name == "standfirst" else value)
                for name, value in self.form(edit, "form#page-edit-form")
            ]
            fields += list(BODY.items())  # the body editor is built by the admin's JavaScript
            start = time.perf_counter()
            status, _ = fetch(
                self.base + edit, self.opener.open, urllib.parse.urlencode(fields).encode()
            )
            self.timings.append(time.perf_counter() - start)
            self.failures += status != 200  # a saved draft redirects back to the edit view
            time.sleep(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 4)))
    parser.add_argument("--port", type=int, default=8310)
    parser.add_argument("--redis-seconds", type=int, default=20, help="each Redis fault's length")
    args = parser.parse_args()

    database = os.environ.get("BENCH_DATABASE", "newsroom_bench_faults")
    subprocess.run(["redis-cli", "-n", str(REDIS_DATABASE), "FLUSHDB"], check=True)
    sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    sql(f'CREATE DATABASE "{database}"')
    static_root = tempfile.mkdtemp(prefix="newsroom-static-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DATABASE_URL": f"postgres://postgres@{PG['host']}:5432/{database}",
        "DEBUG": "0",
        "SECRET_KEY": "bench-faults-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "STATIC_ROOT": static_root,
        "BIND": f"127.0.0.1:{args.port}",
        "WEB_CONCURRENCY": str(args.workers),
        "LOG_LEVEL": "WARNING",
        # As in production: the page cache and kept pieces in Redis, shared by the workers.
        "REDIS_URL": f"redis://127.0.0.1:{args.port + 1}/{REDIS_DATABASE}",  # through the door
    }
    door = RedisDoor(args.port + 1)
    door.start()
    print(f"Building {database}: migrate, demo desk, collectstatic ...", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_desk")
    manage(env, "collectstatic", "--noinput", "-v0")
    story_id = sql("SELECT page_ptr_id FROM articles_articlepage LIMIT 1", database)[0][0]

    # The server's log, to count its Redis lines; closed in the finally below, after the server.
    log = tempfile.NamedTemporaryFile("w+", prefix="newsroom-faults-", suffix=".log")  # noqa: SIM115
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"],
        cwd=ROOT, env=env, stderr=log,
    )  # fmt: skip
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                if fetch(base + "/")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        paths = public_paths(base)
        # Warm up as a live site is: each picture size is made once, on its first view.
        for path in paths:
            fetch(base + path)
        print(
            f"\n{args.connections} readers for {args.seconds} s on {len(paths)} URLs, "
            f"{args.workers} gunicorn workers; an editor saves every second",
            flush=True,
        )
        stop = threading.Event()
        editor = Editor(base, story_id, stop)
        editor.start()
        load = run_wrk(base, paths, args.seconds, args.connections)
        saves_before_redis = len(editor.timings), editor.failures
        print(f"\nRedis outage, {args.redis_seconds} s refusing then {args.redis_seconds} s hung, "
              "the readers and the editor on:", flush=True)  # fmt: skip
        redis = redis_outage(base, paths, door, log, args.redis_seconds, args.connections)
        stop.set()
        editor.join(timeout=30)
        redis_saves = len(editor.timings) - saves_before_redis[0]
        redis_failed = editor.failures - saves_before_redis[1]
        for mode in ("refused", "hung"):
            print(f"  Redis {mode}: " + ", ".join(f"{k} {v}" for k, v in redis[mode].items()))
        print(f"  editor saves meanwhile {redis_saves} ({redis_failed} failed)")
        print(f"  Redis back: pages kept again {redis['recovered s']} s after, no restart")
        print("\nBefore the outages:")
        for key, value in load.items():
            print(f"  {key:<14} {value}")
        saves = sorted(editor.timings)
        if saves:
            median, slowest = saves[len(saves) // 2] * 1000, saves[-1] * 1000
            print(f"  editor saves   {len(saves)} ({editor.failures} failed), "
                  f"median {median:.0f} ms, max {slowest:.0f} ms")  # fmt: skip
        else:
            print("  editor saves   none")
        if editor.error:
            print(f"  editor error   {editor.error}")

        print("\nDatabase outage: closed to connections, sessions terminated", flush=True)
        sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'")
        answers, problems = outage_answers(base, paths[:20])
        print("  answers during the outage (status, from):")
        for (status, how), count in sorted(answers.items()):
            print(f"    {status} {how:<10} {count}")
        for problem in problems:
            print(f"  PROBLEM {problem}")
        sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
        reopened = time.perf_counter()
        while fetch(base + "/")[0] != 200:
            time.sleep(0.05)
        recovery = time.perf_counter() - reopened
        print(f"  recovered by itself {recovery:.2f} s after the database reopened")
        ok = (
            all(
                redis[mode]["non-2xx/3xx"] == 0
                and redis[mode]["socket errors"] == 0
                and redis[mode]["alone >=500"] == 0
                and redis[mode]["alone max ms"] < 1000
                for mode in ("refused", "hung")
            )
            and redis_failed == 0
            and load["non-2xx/3xx"] == 0
            and load["socket errors"] == 0
            and editor.failures == 0
            and not problems
            # Pages that need the database were asked for, and got the short 503 page.
            and any(status == 503 for status, _how in answers)
        )
        print("\nRESULT:", "no errors" if ok else "ERRORS (see above)")
        return 0 if ok else 1
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


if __name__ == "__main__":
    sys.exit(main())
