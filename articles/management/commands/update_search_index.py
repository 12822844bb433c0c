"""python manage.py update_search_index [--watch]"""

import signal

from django.core.management.base import BaseCommand, CommandError

from articles import search_index


class _Stopper:
    """SIGTERM stops the indexer as Ctrl-C does: at once while it waits for imports; after the
    batch it is on once that batch is committed, so its count is still reported."""

    def __init__(self):
        self.busy = False
        self.requested = False

    def state(self, state: str) -> None:
        self.busy = state == "indexing"

    def __call__(self, signum, frame):
        if self.busy:
            self.requested = True
        else:
            raise KeyboardInterrupt


class Command(BaseCommand):
    help = (
        "Fill the search index for articles a bulk import left to the indexer (PostgreSQL). "
        "With --watch, keep running as the search indexer: bulk imports then leave their "
        "search indexing to it and finish sooner. Run it as a service beside the web servers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--watch",
            action="store_true",
            help="Keep running: index what imports hand over as they commit (stop with Ctrl-C "
            "or SIGTERM).",
        )
        parser.add_argument(
            "--poll",
            type=float,
            default=60,
            help="With --watch: also look for unindexed articles every POLL seconds (60).",
        )

        parser.add_argument(
            "--workers",
            type=int,
            default=2,
            help="Index on this many database connections at once (2). The work is "
            "PostgreSQL's: more than its cores gains nothing.",
        )

    def handle(self, *args, watch, poll, workers, **options):
        if not search_index.available():
            self.stdout.write("Nothing to do: only PostgreSQL keeps a search index.")
            return
        try:
            if not watch:
                done = search_index.index_pending(workers=workers)
                self.stdout.write(f"{done} articles indexed for search.")
                return
            stopper = _Stopper()
            signal.signal(signal.SIGTERM, stopper)
            self.stdout.write("Search indexer running; waiting for imports.")
            search_index.watch(
                poll_seconds=poll,
                workers=workers,
                on_indexed=lambda n: self.stdout.write(f"{n} articles indexed for search."),
                should_stop=lambda: stopper.requested,
                on_state=stopper.state,
            )
            self.stdout.write("Search indexer stopped.")
        except search_index.IndexerError as exc:
            raise CommandError(str(exc)) from None
        except KeyboardInterrupt:
            self.stdout.write("Search indexer stopped.")
