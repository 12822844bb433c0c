#!/usr/bin/env python
"""newsroom behind a real Varnish (Debian's varnish + varnish-modules, deploy/varnish.vcl).

    .venv/bin/python bench/bench_varnish.py [--articles 20000] [--seconds 10]

The data is bench_site.py's (newsroom_bench_site). gunicorn serves the product (production
settings, Redis) with the purge hook pointed at a varnishd started here on a free port with the
project's VCL; this process edits through the admin (Django's test client, the same settings),
so its commits send the purges. Checked and printed:

* a page is cached by Varnish (a hit carries two ids in X-Varnish) and its tags reach Varnish
  but not the reader (no Surrogate-Key, Cache-Tag or xkey header on the way out);
* an edited headline (a soft purge) and a withdrawn story (a hard purge) reach readers through
  Varnish: the time from the admin's response (after the commit) to a reader seeing it;
* throughput through Varnish against hello-world through Varnish (Python threads).

Skipped with a note where varnishd or the xkey vmod is missing (apt-get install varnish
varnish-modules).
"""

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_desk import Desk, read_load, setup  # noqa: E402


def get(base, path):
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read().decode()
    headers = {k.lower(): v for k, v in response.getheaders()}
    conn.close()
    return response.status, headers, body


class Varnish:
    def __init__(self, port, backend_port):
        self.port = port
        self.workdir = tempfile.mkdtemp(prefix="newsroom-varnish-")
        os.chmod(self.workdir, 0o755)  # noqa: S103 (varnishd reads it as its own user)
        vcl = (ROOT / "deploy" / "varnish.vcl").read_text()
        vcl = vcl.replace('.port = "8000";', f'.port = "{backend_port}";')
        path = Path(self.workdir) / "newsroom.vcl"
        path.write_text(vcl)
        self.log = open(Path(self.workdir) / "varnishd.log", "w")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                "varnishd",
                "-F",
                "-a",
                f"127.0.0.1:{self.port}",
                "-T",
                "none",
                "-n",
                self.workdir,
                "-f",
                str(path),
                "-s",
                "malloc,256m",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                get(self.url, "/__bench__/hello/")
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        sys.exit(f"varnishd did not start: see {self.log.name}")

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)
        self.log.close()
        shutil.rmtree(self.workdir, ignore_errors=True)


def seen_after(base, path, check, since, limit=10.0):
    while time.perf_counter() - since < limit:
        status, _, body = get(base, path)
        if check(status, body):
            return time.perf_counter() - since
        time.sleep(0.005)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("varnishd") or not any(
        Path(p).glob("**/libvmod_xkey.so") for p in ("/usr/lib", "/usr/local/lib")
    ):
        print("varnishd or vmod-xkey not installed (apt-get install varnish varnish-modules)")
        return

    with socket.socket() as s:  # not bench_site's: importing it sets Django up
        s.bind(("127.0.0.1", 0))
        varnish_port = s.getsockname()[1]
    os.environ.update(
        NEWSROOM_CACHE_PURGER="articles.cache.purgers.VarnishXkeyPurger",
        NEWSROOM_CACHE_PURGER_OPTIONS=json.dumps({"urls": [f"http://127.0.0.1:{varnish_port}/"]}),
        NEWSROOM_CDN_CACHE_SECONDS="86400",
    )
    setup(args.articles, False, os.cpu_count() or 2)
    import bench.bench_site as site
    from articles.cache import purge
    from articles.models import Article

    site.collectstatic()
    server = site.Gunicorn("redis", 2)
    varnish = Varnish(varnish_port, server.port)  # where the purger was told to send purges
    try:
        lead = Article.objects.published().order_by("-published_at", "-id").first()
        path = lead.get_absolute_url()
        get(varnish.url, path)
        status, headers, body = get(varnish.url, path)
        hit = len(headers.get("x-varnish", "").split()) == 2
        leaked = [h for h in ("surrogate-key", "cache-tag", "xkey") if h in headers]
        print(
            f"article page through Varnish: {'a hit' if hit else 'NOT a hit'} on the second "
            f"request; tags {'hidden from readers' if not leaked else 'LEAKED: ' + str(leaked)}"
        )
        desk = Desk(varnish.url)
        get(varnish.url, "/")
        title = f"Retitled through Varnish {int(time.time())}"
        desk.post(f"/admin/articles/article/{lead.pk}/change/", desk.form(lead, title=title))
        committed = time.perf_counter()
        soft = seen_after(varnish.url, "/", lambda s, b: title in b, committed)
        purge.wait(10)
        lead.refresh_from_db()
        data = desk.form(lead, status="draft")
        desk.post(f"/admin/articles/article/{lead.pk}/change/", data)
        committed = time.perf_counter()
        hard = seen_after(varnish.url, path, lambda s, b: s == 404, committed)
        gone_home = seen_after(varnish.url, "/", lambda s, b: title not in b, committed)
        purge.wait(10)
        print(
            f"an edited headline reached readers through Varnish in {soft:.3f} s (soft purge); "
            f"a withdrawn story was gone from its page in {hard:.3f} s and from the front page "
            f"in {gone_home:.3f} s (hard purge)"
        )
        lead.refresh_from_db()
        desk.post(f"/admin/articles/article/{lead.pk}/change/", desk.form(lead, status="published"))
        paths = ["/", *(f"/articles/?page={p}" for p in range(1, 6))]
        paths += [a.get_absolute_url() for a in Article.objects.published().order_by("?")[:200]]
        for p in paths:
            get(varnish.url, p)
        hello = read_load(varnish.url, ["/__bench__/hello/"], args.seconds, args.threads)
        pages = read_load(varnish.url, paths, args.seconds, args.threads)
        print(
            f"through Varnish: pages {pages['rate']:,.0f} req/s = "
            f"{pages['rate'] / hello['rate']:.0%} of hello-world ({hello['rate']:,.0f} req/s), "
            f"p50 {pages['p50']:.1f} ms (the load generator, Python threads, is the limit here)"
        )
    finally:
        varnish.stop()
        server.stop()


if __name__ == "__main__":
    main()
