"""Sources by name or alias and sections by path, loaded once per import, created when missing.

Both tables are small, so each import loads them whole (one query each) and then resolves every
row from memory; a name seen for the first time creates the Source or the Section(s) inside the
import's transaction (a dry run rolls them back with everything else).
"""

from ..models import Section, Source
from ..slugs import make_slug, unique_slug
from .csv_fields import SECTION_SEPARATOR


class SourceResolver:
    """ "Vietnam News Agency" or its alias "VNA" -> that Source (see ``Source.matches``)."""

    def __init__(self):
        self.by_key: dict[str, Source] = {}
        self.slugs: set[str] = set()
        self.created: list[Source] = []
        self._loaded = False

    def _load(self):
        sources = list(Source.objects.order_by("pk"))
        for source in sources:  # aliases first, so a source's own name wins over another's alias
            for alias in source.aliases or []:
                if isinstance(alias, str) and alias.strip():
                    self.by_key.setdefault(alias.strip().casefold(), source)
        for source in sources:
            self.by_key[source.name.strip().casefold()] = source
            self.slugs.add(source.slug)
        self._loaded = True

    def resolve(self, name: str) -> Source | None:
        if not name:
            return None
        if not self._loaded:
            self._load()
        key = name.strip().casefold()
        source = self.by_key.get(key)
        if source is None:
            slug = unique_slug(name, taken=self.slugs, max_length=200)
            source = Source.objects.create(name=name, slug=slug, kind=Source.Kind.OTHER)
            self.slugs.add(slug)
            self.by_key[key] = source
            self.created.append(source)
        return source


class SectionResolver:
    """("News", "Politics") -> that Section, matching names case-insensitively (or by slug)."""

    def __init__(self):
        self.children: dict[int | None, dict[str, Section]] = {}
        self.by_path: dict[tuple, Section] = {}
        self.created: list[Section] = []
        self._loaded = False

    def _add(self, section: Section):
        siblings = self.children.setdefault(section.parent_id, {})
        siblings.setdefault(f"slug:{section.slug}", section)
        siblings[f"name:{section.name.strip().casefold()}"] = section

    def _load(self):
        for section in Section.objects.order_by("position", "name", "pk"):
            self._add(section)
        self._loaded = True

    def resolve(self, path: tuple) -> Section | None:
        if not path:
            return None
        key = tuple(p.casefold() for p in path)
        if key in self.by_path:
            return self.by_path[key]
        if not self._loaded:
            self._load()
        parent = None
        for name in path:
            siblings = self.children.get(parent.pk if parent else None, {})
            found = siblings.get(f"name:{name.casefold()}") or siblings.get(
                f"slug:{make_slug(name, max_length=100)}"
            )
            if found is None:
                taken = [k[5:] for k in siblings if k.startswith("slug:")]
                found = Section.objects.create(
                    name=name,
                    slug=unique_slug(name, taken=taken, max_length=100),
                    parent=parent,
                )
                self._add(found)
                self.created.append(found)
            parent = found
        self.by_path[key] = parent
        return parent


def source_names() -> dict[int, str]:
    return dict(Source.objects.values_list("pk", "name"))


def section_paths() -> dict[int, str]:
    """Every section's "News / Politics" path, from one query."""
    rows = {
        pk: (name, parent)
        for pk, name, parent in Section.objects.values_list("pk", "name", "parent")
    }
    paths: dict[int, str] = {}

    def path(pk):
        if pk not in paths:
            name, parent = rows[pk]
            paths[pk] = name if parent is None else path(parent) + SECTION_SEPARATOR + name
        return paths[pk]

    for pk in rows:
        path(pk)
    return paths
