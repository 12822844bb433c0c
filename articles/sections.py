"""The section tree held in memory: one query however deep the tree is, and none at all while
the tree is unchanged (pages share one copy per process, keyed by the ``sections`` tag).
"""

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .cache import tags as T
from .models import Section

FIELDS = ("id", "name", "slug", "parent_id", "position")


class SectionTree:
    def __init__(self, sections):
        self._nav: dict[tuple, str] = {}
        self._urls: dict[tuple, str] = {}
        # What the tree was built from: two trees with the same rows render the same.
        self.rows = tuple(tuple(getattr(s, f) for f in FIELDS) for s in sections)
        self.by_pk = {s.pk: s for s in sections}
        self._children: dict[int | None, list[Section]] = {}
        for s in sections:  # already ordered by position, name
            if s.parent_id is not None:
                s.parent = self.by_pk[s.parent_id]  # no query when the path is read later
            self._children.setdefault(s.parent_id, []).append(s)

    @classmethod
    def load(cls):
        return cls(list(Section.objects.all()))

    @property
    def roots(self) -> list[Section]:
        return self._children.get(None, [])

    def children(self, section: Section) -> list[Section]:
        return self._children.get(section.pk, [])

    def descendant_ids(self, pk: int) -> list[int]:
        ids, todo = [], [pk]
        while todo:
            current = todo.pop()
            ids.append(current)
            todo.extend(s.pk for s in self._children.get(current, []))
        return ids

    def root_of(self, pk: int | None) -> int | None:
        while pk is not None and self.by_pk[pk].parent_id is not None:
            pk = self.by_pk[pk].parent_id
        return pk

    def resolve(self, slug_path: str) -> Section | None:
        """The section at "news/politics", or None."""
        parent_id, found = None, None
        for slug in [s for s in slug_path.split("/") if s]:
            found = next((s for s in self._children.get(parent_id, []) if s.slug == slug), None)
            if found is None:
                return None
            parent_id = found.pk
        return found

    def attach(self, articles):
        """Give each article its section from the tree (parents included): no join, no query."""
        for article in articles:
            if article.section_id is not None and article.section_id in self.by_pk:
                article.section = self.by_pk[article.section_id]
        return articles

    def choices(self):
        """(pk, "News / Politics") pairs in tree order, for filter forms."""
        out = []

        def walk(nodes):
            for node in nodes:
                out.append((node.pk, node.path))
                walk(self._children.get(node.pk, []))

        walk(self.roots)
        return out

    def url(self, section: Section) -> str:
        """``section.get_absolute_url()``, reversed once per tree (shared while unchanged), URL
        configuration and script prefix."""
        key = (section.pk, get_urlconf(), get_script_prefix())
        url = self._urls.get(key)
        if url is None:
            url = self._urls[key] = self.by_pk[section.pk].get_absolute_url()
        return url

    def nav_html(self, current: int | None, latest: bool) -> str:
        """The navigation's links, rendered once per tree and current item (the tree is shared
        while it is unchanged)."""
        key = (current, latest)
        html = self._nav.get(key)
        if html is None:
            here = mark_safe(' aria-current="page"')
            links = [
                format_html(
                    '<li><a href="{}"{}>Latest</a></li>',
                    reverse("articles:list"),
                    here if latest else "",
                ),
                format_html_join(
                    "\n",
                    '<li><a href="{}"{}>{}</a></li>',
                    (
                        (s.get_absolute_url(), here if s.pk == current else "", s.name)
                        for s in self.roots
                    ),
                ),
            ]
            html = self._nav[key] = mark_safe("\n".join(links))
        return html


def section_tree(request) -> SectionTree:
    """The tree for this request: loaded at most once, and not at all while the copy this
    process shares is current (the page cache read the tags' versions before rendering)."""
    tree = getattr(request, "_section_tree", None)
    if tree is None:
        tree = request._section_tree = _shared(getattr(request, "_newsroom_versions", None))
    T.depend(T.SECTIONS)
    return tree


_current: tuple | None = None  # (versions of "all" and "sections", the tree)


def _shared(versions) -> SectionTree:
    """The process's tree while the tags' versions say it is current; with no versions known
    (no page cache), while the rows read again are the rows it was built from: one small
    query, and the navigation and filter form it rendered are reused."""
    global _current
    key = versions and (versions.get(T.ALL), versions.get(T.SECTIONS))
    if not key or None in key:
        rows = tuple(Section.objects.values_list(*FIELDS))
        found = _current
        if found is not None and found[1].rows == rows:
            return found[1]
        tree = SectionTree([Section(**dict(zip(FIELDS, row, strict=True))) for row in rows])
        _current = (None, tree)
        return tree
    found = _current
    if found is not None and found[0] == key:
        return found[1]
    tree = SectionTree.load()
    _current = (key, tree)
    return tree
