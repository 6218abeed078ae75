"""The README's production set-up, started by the test itself: a fresh PostgreSQL database
migrated and loaded with the demo desk, gunicorn with ``newsroom/gunicorn.conf.py`` (DEBUG off, no
mail configured), the page cache in Redis and ``run_scheduler`` beside it."""

import contextlib
import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import redis

from tests.production_server import fetch

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# Short, so the test waits little for a scheduled story; the README's default is 15 s.
SCHEDULER_INTERVAL = 5


@dataclasses.dataclass
class Desk:
    url: str
    database_url: str
    env: dict
    media_root: Path

    def sql(self, query, *params):
        """Rows from the desk's database: for the test's own checks, never to change it."""
        with psycopg.connect(self.database_url, autocommit=True) as connection:
            return connection.execute(query, params).fetchall()

    def manage(self, *args):
        return subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, check=True,
            capture_output=True, text=True,
        ).stdout  # fmt: skip


def _free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _admin(pg_host, pg_port, sql):
    with psycopg.connect(
        host=pg_host, port=pg_port, user="postgres", dbname="postgres", autocommit=True
    ) as admin:
        admin.execute(sql)


def production_env(database_url, redis_url, port, tmp):
    env = {
        key: value
        for key, value in os.environ.items()
        # The README's production section sets no mail: none of it leaks in from outside.
        if not key.startswith(("EMAIL_", "DJANGO_", "DEBUG", "PAGE_CACHE", "FRAGMENT_"))
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECRET_KEY": "desk-day-production-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        # The README's plain-HTTP try-out: no TLS terminator in front of this test.
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "CACHE_DIR": str(tmp / "cache"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SCHEDULER_INTERVAL": str(SCHEDULER_INTERVAL),
        "LOG_LEVEL": "WARNING",
    }


@contextlib.contextmanager
def production_desk(tmp, pg_host="127.0.0.1", pg_port=5432, redis_db=9):
    """Yields a ``Desk`` served as in production; everything is stopped and dropped after."""
    name = f"newsroom_desk_day_{os.getpid()}"
    database_url = f"postgres://postgres@{pg_host}:{pg_port}/{name}"
    redis_url = f"redis://127.0.0.1:6379/{redis_db}"
    redis.Redis.from_url(redis_url).flushdb()
    port = _free_port()
    env = production_env(database_url, redis_url, port, tmp)
    desk = Desk(f"http://127.0.0.1:{port}", database_url, env, tmp / "media")
    _admin(pg_host, pg_port, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin(pg_host, pg_port, f'CREATE DATABASE "{name}"')
    processes = []
    logs = []
    try:
        # The README's commands, in its order.
        desk.manage("collectstatic", "--noinput", "-v0")
        desk.manage("migrate", "--noinput", "-v0")
        # As `make run HOST=… PORT=…` does: the Site, and so every absolute link, is this server.
        desk.manage("load_demo_desk", "--host", "127.0.0.1", "--port", str(port))
        for command in (
            [PYTHON, "-m", "gunicorn", "-c", "newsroom/gunicorn.conf.py"],
            [PYTHON, "manage.py", "run_scheduler"],
        ):
            log = open(tmp / f"{Path(command[-1]).stem}.log", "w+")  # noqa: SIM115
            logs.append(log)
            processes.append(
                subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if fetch(desk.url + "/robots.txt")[0] == 200:
                    break
            time.sleep(0.25)
        else:
            raise RuntimeError("gunicorn did not start")
        # A reader's first visit makes every picture size the front page needs: on a busy
        # two-core machine that takes a while, once.
        for path in ("/", "/region/", "/places/kalbajar/"):
            fetch(desk.url + path, timeout=300)
        yield desk
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:  # the servers' own words, shown when a test fails
            log.seek(0)
            print(f"--- {log.name}\n{log.read()[-4000:]}")
            log.close()
        _admin(pg_host, pg_port, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
