"""The production configuration (gunicorn, DEBUG off, collected static files) in its own process,
on a PostgreSQL database, for tests of what happens across processes: outages, restores."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]


SERVER_APPLICATION_NAME = "newsroom-production-server"


def fetch(url, timeout=10):
    """(status, headers, body) of a GET to ``url``, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def database_url(settings_dict, name=None):
    db = settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{name or db['NAME']}"


def admin_sql(settings_dict, sql):
    """Run ``sql`` on the server's maintenance database (not one the test works on)."""
    db = settings_dict
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname="postgres",
        autocommit=True,
    ) as admin:  # fmt: skip
        admin.execute(sql)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def production_server(url_of_database, static_root, **extra_env):
    """Serve ``url_of_database``; yields the server's base URL."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DATABASE_URL": url_of_database,
        "DEBUG": "0",
        "SECRET_KEY": "production-server-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "BIND": f"127.0.0.1:{port}",
        # Its database connections are known by name (an outage test ends only these).
        "PGAPPNAME": SERVER_APPLICATION_NAME,
        "WEB_CONCURRENCY": "2",
        "STATIC_ROOT": str(static_root),
        # Without Redis the cache is files: this server's own, never another run's.
        "CACHE_DIR": str(Path(static_root).parent / "cache"),
        **extra_env,
    }
    # As in production: hashed, compressed static files collected first.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,  # read at the end: the server's log, for a failing test
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            fetch(base + "/robots.txt")
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield base
    finally:
        process.terminate()
        print(process.communicate(timeout=10)[1].decode()[-3000:])  # shown if the test fails
