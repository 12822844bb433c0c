"""Sources and the section tree.

A Source is also what the dump importer knows about a supplier (its "profile"): its aliases and
the layout hints an editor teaches it, edited here one per line and stored as lists.
"""

from django import forms
from django.contrib import admin
from django.db.models import Count

from ..models import Section, Source

#: A hint line longer than this is not a line of furniture or a sign-off.
LINE_MAX = 200
LINES_MAX = 100


class LinesField(forms.CharField):
    """A list of short strings edited as a textarea, one per line (blank lines and repeats are
    dropped; the first spelling of a repeat is kept)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def __init__(self, **kwargs):
        kwargs.pop("encoder", None)  # passed by the model's JSONField
        kwargs.pop("decoder", None)
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            value = "\n".join(str(v) for v in value)
        lines, seen = [], set()
        for line in str(value or "").splitlines():
            line = " ".join(line.split())
            if line and line.casefold() not in seen:
                seen.add(line.casefold())
                lines.append(line)
        return lines

    def validate(self, value):
        super().validate(value)
        if len(value) > LINES_MAX:
            raise forms.ValidationError(f"At most {LINES_MAX} lines.")
        long = [line for line in value if len(line) > LINE_MAX]
        if long:
            raise forms.ValidationError(
                f"A line may have at most {LINE_MAX} characters: {long[0][:40]}…"
            )

    def run_validators(self, value):
        for line in value:
            super().run_validators(line)


HINTS = ("signoffs", "lede_prefixes", "chrome_lines", "caption_credits")


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ("name", "slug", "kind", "url", "aliases", *HINTS)
        field_classes = {name: LinesField for name in ("aliases", *HINTS)}

    def clean_aliases(self):
        aliases = self.cleaned_data["aliases"]
        name = (self.cleaned_data.get("name") or "").casefold()
        return [a for a in aliases if a.casefold() != name]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = ("name", "kind", "alias_list", "hint_count", "article_count")
    list_filter = ("kind",)
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "url", "aliases")}),
        (
            "How this supplier's dumps look",
            {
                "description": (
                    "Teach the dump importer this supplier's layout: write each item on its own "
                    "line, exactly as it appears in the dumps (capitals do not matter). The next "
                    "import uses it. To apply it to dumps received already, select them under "
                    "Raw dumps and choose “Re-parse with today's source profiles”: you see the "
                    "changes before anything is saved, and articles an editor changed are never "
                    "overwritten."
                ),
                "fields": HINTS,
            },
        ),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_count=Count("articles"))
            .order_by(*self.model._meta.ordering)
        )

    @admin.display(description="Aliases")
    def alias_list(self, obj):
        return ", ".join(obj.aliases or [])

    @admin.display(description="Layout hints")
    def hint_count(self, obj):
        return sum(len(getattr(obj, name) or []) for name in HINTS) or "—"

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("__str__", "slug", "position", "article_count")
    list_select_related = ("parent__parent",)
    search_fields = ("name", "slug", "parent__name")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent",)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_count=Count("articles"))
            .order_by(*self.model._meta.ordering)
        )

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count
