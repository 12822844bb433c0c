"""Near-duplicate detection across suppliers: the same story from two wires.

Each imported article gets a MinHash signature of its text's word 3-shingles (datasketch). Its
LSH bands (datasketch's optimal bands and rows for the threshold) are stored as keys in the
database, so every worker shares one index and a new story costs one indexed query rather than
rebuilding an in-memory index: the recent articles (``NEWSROOM_NEAR_DUPLICATE_DAYS``) that share
a band are the candidates, and those of another source whose estimated Jaccard similarity
reaches ``NEWSROOM_NEAR_DUPLICATE_THRESHOLD`` join one ``DuplicateGroup``, shown for triage,
where an editor keeps one.
"""

import datetime
import functools
import hashlib
import re
import zlib
from collections import defaultdict

import numpy as np
from datasketch import MinHash, MinHashLSH
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone

from .. import richtext
from ..api.webhooks import events as webhooks
from ..cache import article_changed, article_state
from ..models import Article
from ..workflow import TransitionError, check_transition
from .models import Band, DuplicateGroup, Fingerprint

NUM_PERM = 64
#: datasketch's permutation scheme (32-bit values); stored signatures are read back with it.
SCHEME = "affine32"
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@functools.cache
def _permutations():
    """The permutations every signature uses (made once: making them per signature costs more
    than hashing a story)."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


@functools.cache
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for ``threshold`` (datasketch optimises them by integration: once)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def minhash(text: str) -> MinHash:
    # CRC-32 of each shingle (C speed, the same in every process); the affine32 scheme mixes it
    # with MurmurHash3's finaliser before permuting, so its linearity does not show.
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations(), hashfunc=zlib.crc32)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(bytes(data), dtype="<u4").astype(np.uint32)
    return MinHash(
        num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME, permutations=_permutations()
    )


def text_of(article) -> str:
    return f"{article.title}\n{richtext.to_text(article.body)}"


def band_keys(m: MinHash, threshold: float) -> list[int]:
    """The LSH band keys of a signature: ``b`` bands of ``r`` values (datasketch's optimum for
    ``threshold``), each hashed to a 64-bit key. Two signatures that share a key are candidates."""
    bands, rows = _lsh_params(threshold)
    values = m.hashvalues
    return [
        int.from_bytes(
            hashlib.blake2b(
                i.to_bytes(2, "little") + values[i * rows : (i + 1) * rows].tobytes(),
                digest_size=8,
            ).digest(),
            "little",
            signed=True,
        )
        for i in range(bands)
    ]


def _chunks(items, size=900):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def index_articles(ids) -> list[DuplicateGroup]:
    """Fingerprint these (new) articles and group each with its near duplicates: one indexed
    query on the stored band keys finds the candidates, whose signatures are then compared."""
    ids = [int(i) for i in ids if i]
    if not ids:
        return []
    done = set(Fingerprint.objects.filter(article_id__in=ids).values_list("article_id", flat=True))
    articles = Article.objects.filter(pk__in=set(ids) - done).only(
        "id", "title", "body", "source_id"
    )
    fresh = {}
    for article in articles:
        if len(_WORD.findall(richtext.to_text(article.body))) < 20:
            continue  # a stub or a teaser: too little text to compare
        fresh[article.pk] = (article, minhash(text_of(article)))
    if not fresh:
        return []
    threshold = settings.NEWSROOM_NEAR_DUPLICATE_THRESHOLD
    since = timezone.now() - datetime.timedelta(days=settings.NEWSROOM_NEAR_DUPLICATE_DAYS)
    keys = {pk: band_keys(m, threshold) for pk, (_, m) in fresh.items()}
    holders = defaultdict(set)  # band key -> articles with it
    for chunk in _chunks({k for ks in keys.values() for k in ks}):
        for key, article_id in Band.objects.filter(
            key__in=chunk, fingerprint__created_at__gte=since
        ).values_list("key", "fingerprint__article_id"):
            holders[key].add(article_id)
    for pk, ks in keys.items():
        for key in ks:
            holders[key].add(pk)
    candidates = {pk: set().union(*(holders[k] for k in ks)) - {pk} for pk, ks in keys.items()}
    known = {pk: (article.source_id, m) for pk, (article, m) in fresh.items()}
    wanted = set().union(*candidates.values()) - set(known)
    for chunk in _chunks(wanted):
        for pk, source_id, signature in Fingerprint.objects.filter(
            article_id__in=chunk
        ).values_list("article_id", "article__source_id", "signature"):
            known[pk] = (source_id, from_bytes(signature))
    groups = []
    with transaction.atomic():
        prints = Fingerprint.objects.bulk_create(
            [Fingerprint(article_id=pk, signature=to_bytes(m)) for pk, (_, m) in fresh.items()]
        )
        by_article = {f.article_id: f for f in prints}
        Band.objects.bulk_create(
            [Band(fingerprint=by_article[pk], key=k) for pk, ks in keys.items() for k in ks],
            batch_size=2000,
        )
        for pk, (article, m) in fresh.items():
            matches = [
                other
                for other in candidates[pk]
                if other in known
                and (known[other][0] != article.source_id or article.source_id is None)
                and m.jaccard(known[other][1]) >= threshold
            ]
            if matches:
                groups.append(_group([pk, *matches]))
    return groups


def prune(now=None) -> int:
    """Band keys of articles older than the window are no longer looked up: delete them (the
    fingerprints stay, with their groups)."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=settings.NEWSROOM_NEAR_DUPLICATE_DAYS)
    deleted, _ = Band.objects.filter(fingerprint__created_at__lt=since).delete()
    return deleted


def _group(article_ids) -> DuplicateGroup:
    prints = list(Fingerprint.objects.select_for_update().filter(article_id__in=article_ids))
    existing = sorted({f.group_id for f in prints if f.group_id})
    if existing:
        group = DuplicateGroup.objects.get(pk=existing[0])
        if len(existing) > 1:  # this story links two groups: they become one
            Fingerprint.objects.filter(group_id__in=existing[1:]).update(group=group)
            DuplicateGroup.objects.filter(pk__in=existing[1:]).delete()
    else:
        group = DuplicateGroup.objects.create()
    Fingerprint.objects.filter(article_id__in=article_ids).update(group=group)
    if group.chosen_id:  # a new copy of a story already decided: it is back for triage
        DuplicateGroup.objects.filter(pk=group.pk).update(
            chosen=None, decided_by=None, decided_at=None
        )
        group.refresh_from_db()
    return group


def members(group: DuplicateGroup):
    return (
        Article.objects.filter(fingerprint__group=group)
        .select_related("source", "section")
        .order_by("created_at", "id")
    )


def keep(group: DuplicateGroup, article: Article, user) -> list[Article]:
    """An editor keeps ``article``: the group is decided, and its other members that are not
    live are archived (published ones are left for the editor to unpublish). Returns those
    archived. Raises TransitionError when ``user`` may not archive them."""
    if not members(group).filter(pk=article.pk).exists():
        raise TransitionError("That article is not in this group.")
    archived = []
    with transaction.atomic():
        for other in members(group).exclude(pk=article.pk).select_for_update(of=("self",)):
            if other.status not in (Article.Status.DRAFT, Article.Status.REVIEW):
                continue
            check_transition(
                user or AnonymousUser(), other.status, Article.Status.ARCHIVED, has_section=True
            )
            before = article_state(other)
            other.status = Article.Status.ARCHIVED
            other.version += 1
            other._change_reason = f"near duplicate of article {article.pk}, kept instead"
            other.save()
            article_changed(before, other)
            webhooks.article_changed(before, other)
            archived.append(other)
        group.chosen = article
        group.decided_by = user
        group.decided_at = timezone.now()
        group.save()
    return archived
