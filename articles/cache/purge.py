"""The purge hook: after a write commits, the CDN in front of the site hears which tags changed.

``NEWSROOM_CACHE_PURGER`` names a purger class (purgers.py; default None: nothing to tell) and
``NEWSROOM_CACHE_PURGER_OPTIONS`` its keyword arguments. :func:`submit` only queues the tags: a
background thread of the process delivers them, several commits' worth at once, with up to
``NEWSROOM_CACHE_PURGE_ATTEMPTS`` attempts and exponential back-off. A purge never delays nor
fails the save that caused it; a purge that fails for good is logged (``articles.cache``, ERROR)
and the CDN's copy then lives out its ``s-maxage``.
"""

import atexit
import logging
import queue
import threading
import time

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

logger = logging.getLogger("articles.cache")

QUEUE_SIZE = 10_000


def purger():
    """The configured purger instance, or None."""
    global _purger
    if _purger is _UNSET:
        path = getattr(settings, "NEWSROOM_CACHE_PURGER", None)
        options = getattr(settings, "NEWSROOM_CACHE_PURGER_OPTIONS", None) or {}
        _purger = import_string(path)(**options) if path else None
    return _purger


_UNSET = object()
_purger = _UNSET


@receiver(setting_changed)
def _reset(setting, **kwargs):
    global _purger
    if setting.startswith("NEWSROOM_CACHE_PURGE"):
        _purger = _UNSET


def attempts() -> int:
    return max(1, int(getattr(settings, "NEWSROOM_CACHE_PURGE_ATTEMPTS", 4)))


def backoff() -> float:
    return float(getattr(settings, "NEWSROOM_CACHE_PURGE_BACKOFF", 0.5))


class Dispatcher:
    """One background thread per process, started on the first purge (after gunicorn forks)."""

    def __init__(self):
        self.queue: queue.Queue = queue.Queue(QUEUE_SIZE)
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def submit(self, tags, hard=()) -> None:
        target = purger()
        if target is None or not tags:
            return
        try:
            self.queue.put_nowait((target, frozenset(tags), frozenset(hard) & frozenset(tags)))
        except queue.Full:
            logger.error("cache purge queue full: %d tag(s) not purged", len(tags))
            return
        self._start()

    def _start(self):
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(
                    target=self._run, name="newsroom-cache-purge", daemon=True
                )
                self.thread.start()

    def _run(self):
        while True:
            first = self.queue.get()
            batch = [first]
            while True:  # whatever else is waiting goes in the same purge
                try:
                    batch.append(self.queue.get_nowait())
                except queue.Empty:
                    break
            try:
                by_purger: dict[int, tuple] = {}
                for target, tags, hard in batch:
                    _, all_tags, all_hard = by_purger.get(id(target), (target, set(), set()))
                    by_purger[id(target)] = (target, all_tags | tags, all_hard | hard)
                for target, tags, hard in by_purger.values():
                    deliver(target, tags, hard)
            except Exception:  # never let the thread die
                logger.exception("cache purge failed")
            finally:
                for _ in batch:
                    self.queue.task_done()

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait until every queued purge was delivered or given up; False on timeout."""
        deadline = time.monotonic() + timeout
        while self.queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True


def deliver(target, tags, hard) -> bool:
    """Hard purges first (what readers may no longer see), then soft ones; each retried."""
    ok = True
    for group, soft in ((hard, False), (set(tags) - set(hard), True)):
        if group:
            ok &= _attempt(target, sorted(group), soft)
    return ok


def _attempt(target, tags, soft) -> bool:
    tries = attempts()
    for attempt in range(1, tries + 1):
        try:
            target.purge(tags, soft=soft)
            return True
        except Exception as exc:
            if attempt == tries:
                logger.error(
                    "cache purge of %d tag(s) failed %d times, giving up: %s (e.g. %s)",
                    len(tags),
                    tries,
                    exc,
                    " ".join(tags[:5]),
                )
                return False
            logger.warning("cache purge attempt %d/%d failed: %s", attempt, tries, exc)
            time.sleep(backoff() * 2 ** (attempt - 1))
    return False


dispatcher = Dispatcher()


def submit(tags, hard=()) -> None:
    dispatcher.submit(tags, hard)


def wait(timeout: float = 10.0) -> bool:
    return dispatcher.wait(timeout)


@atexit.register
def _drain():  # a worker that stops (max_requests, a deploy) sends what it still holds
    if dispatcher.queue.unfinished_tasks:
        dispatcher.wait(5.0)
