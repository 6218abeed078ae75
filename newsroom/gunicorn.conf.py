"""Production application server: `gunicorn -c newsroom/gunicorn.conf.py`.

Worker count and bind address come from the environment like every other setting."""

import os

wsgi_app = "newsroom.wsgi:application"
bind = os.environ.get("BIND", "127.0.0.1:8000")
# Sync workers, two per core: a request is mostly CPU, but waits on the database and Redis in
# between, and a second worker per core fills those waits (measured: benchmarks/RESULTS.md).
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
threads = int(os.environ.get("WEB_THREADS", "1"))
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 10
# Recycle workers now and then so a slow leak can never take a server down; not so often that a
# busy worker (cache hits: ~500 a second each) spends its time starting up again.
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", "50000"))
max_requests_jitter = 5000
accesslog = os.environ.get("WEB_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
