"""Faults: the database going away answers 503 with Retry-After, and the site recovers."""

import contextlib
import socket
import threading

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from tests.factories import ArticleFactory


class CuttableProxy:
    """A TCP proxy to the real PostgreSQL that can cut every connection and refuse new ones."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src, dst):
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self):
        self.up = False
        with self.lock:
            for s in self.sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self.sockets.clear()

    def restore(self):
        self.up = True

    def close(self):
        self.cut()
        self.listener.close()


@pytest.mark.django_db(transaction=True)
def test_database_down_answers_503_and_recovers_by_itself():
    if connection.vendor != "postgresql":
        pytest.skip("needs a PostgreSQL server to cut off")
    article = ArticleFactory(title="Still here")
    settings_dict = connection.settings_dict
    saved = settings_dict["HOST"], settings_dict["PORT"]
    proxy = CuttableProxy(saved[0] or "127.0.0.1", int(saved[1] or 5432))
    client = Client(raise_request_exception=False)
    try:
        connection.close()
        settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", proxy.port
        assert client.get(article.get_absolute_url()).status_code == 200

        proxy.cut()
        # A page already in the cache still answers during the outage ...
        assert client.get(article.get_absolute_url()).status_code == 200
        cache.clear()
        # ... and one that needs the database says "try again shortly", not 500.
        for url in (article.get_absolute_url(), "/", "/articles/"):
            response = client.get(url)
            assert response.status_code == 503, url
            assert response["Retry-After"].isdigit()
            assert "back in a moment" in response.content.decode().lower()

        proxy.restore()
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200 and "Still here" in response.content.decode()
    finally:
        connection.close()
        settings_dict["HOST"], settings_dict["PORT"] = saved
        proxy.close()
