import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

DATA = Path(__file__).parent / "data"


def load(name):
    return json.loads((DATA / name).read_text())


def jpeg_bytes(width=800, height=500, color="navy"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()


class _Handler(BaseHTTPRequestHandler):
    routes = {}

    def do_GET(self):  # noqa: N802
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        content_type, body = route
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class PictureServer:
    """Serves renditions from 127.0.0.1 as an agency's picture server would."""

    def __init__(self):
        self.routes = {}
        handler = type("Handler", (_Handler,), {"routes": self.routes})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, path, body, content_type="image/jpeg"):
        self.routes[path] = (content_type, body)
        return self.url(path)

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def picture_server():
    server = PictureServer()
    yield server
    server.close()


@pytest.fixture
def media_server(settings):
    """MEDIA_ROOT over real HTTP on 127.0.0.1, as a media server would publish our files."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler

    class Handler(SimpleHTTPRequestHandler):
        def translate_path(self, path):
            return super().translate_path(path.removeprefix(settings.MEDIA_URL.rstrip("/")))

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(Handler, directory=str(settings.MEDIA_ROOT))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
