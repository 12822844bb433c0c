"""The article admin's forms: the change form (roles, optimistic locking), a changelist row, and
the section picker of the "assign section" action."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join

from .. import workflow
from ..models import Article
from ..sections import SectionTree
from ..slugs import unique_slug
from ..workflow import Status, TransitionError
from .body_editor import BodyEditor, clean_body

EDITABLE_FIELDS = (
    "title",
    "slug",
    "summary",
    "body",
    "byline",
    "dateline",
    "source",
    "external_id",
    "canonical_url",
    "lead_image",
    "status",
    "section",
    "published_at",
)


def local_time(value) -> str:
    """A time as editors read it, always with its time zone: "3 Jan 2025, 10:00 (Asia/...)"."""
    if value is None:
        return "—"
    zone = timezone.get_current_timezone_name()
    return f"{date_format(timezone.localtime(value), 'j M Y, H:i')} ({zone})"


class ArticleAdminForm(forms.ModelForm):
    user = None  # set per request by ArticleAdmin.get_form
    loaded_version = forms.IntegerField(
        widget=forms.HiddenInput,
        required=False,
        min_value=1,
        error_messages={"required": "This form is out of date: reload the page."},
    )

    class Meta:
        model = Article
        fields = EDITABLE_FIELDS
        widgets = {"body": BodyEditor}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
        self.saved_status = None if self.instance.pk is None else self.instance.status
        if hasattr(self.instance, "_history"):  # simple_history's revert form: an old copy
            saved = Article.objects.filter(pk=self.instance.pk).values_list("status", flat=True)
            self.saved_status = saved.first()
        if "loaded_version" in self.fields:
            if self.instance.pk is None:
                del self.fields["loaded_version"]
            else:
                self.fields["loaded_version"].required = True
                self.initial.setdefault("loaded_version", self.instance.version)
        if "status" in self.fields:
            allowed = workflow.allowed_statuses(self.user, self.saved_status)
            self.fields["status"].choices = [c for c in Status.choices if c[0] in allowed]
            self.fields["status"].error_messages["invalid_choice"] = (
                "“%(value)s” is not a status you can choose for this article."
            )
        if "published_at" in self.fields:
            self.fields["published_at"].label = f"Publication time ({settings.TIME_ZONE})"
            self.fields["published_at"].help_text = (
                f"In {settings.TIME_ZONE} time. Readers see a published article from this time "
                "on: a time in the future schedules it, with nothing else to do. Empty: now."
            )

    def clean_body(self):
        return clean_body(self.cleaned_data.get("body", ""))

    def clean_published_at(self):
        """The widget shows whole seconds: an untouched time keeps its saved microseconds."""
        value, saved = self.cleaned_data["published_at"], self.instance.published_at
        if value and saved and value == saved.replace(microsecond=0):
            return saved
        return value

    def clean(self):
        data = super().clean()
        if "slug" in self.fields and not data.get("slug") and data.get("title"):
            others = Article.objects.exclude(pk=self.instance.pk)
            data["slug"] = unique_slug(data["title"], queryset=others)
        if "status" in data:
            if "section" in self.fields:
                has_section = data.get("section") is not None
            else:
                has_section = self.instance.section_id is not None
            if "lead_image" in self.fields:
                lead_id = data["lead_image"].pk if data.get("lead_image") else None
            else:
                lead_id = self.instance.lead_image_id
            try:
                workflow.check_transition(
                    self.user,
                    self.saved_status,
                    data["status"],
                    has_section=has_section,
                    lead_image_id=lead_id,
                    body=data.get("body", self.instance.body),
                )
            except TransitionError as error:
                self.add_error("status", str(error))  # takes "status" out of data
            if data.get("status") == Status.PUBLISHED and "published_at" in self.fields:
                data["published_at"] = data.get("published_at") or timezone.now()
        if self.instance.pk is not None and data.get("loaded_version"):
            self._check_version(data["loaded_version"])
        return data

    def _check_version(self, loaded):
        saved = Article.objects.filter(pk=self.instance.pk).first()
        if saved is None:
            raise ValidationError("This article was deleted after you opened it.", code="gone")
        if saved.version == loaded:
            return
        last = saved.history.select_related("history_user").first()
        who = f" by {last.history_user}" if last and last.history_user else ""
        when = f" at {local_time(last.history_date)}" if last else ""
        differs = [
            str(Article._meta.get_field(name).verbose_name)
            for name in EDITABLE_FIELDS
            if name in self.fields and name in self.cleaned_data and self._differs(name, saved)
        ]
        detail = f" The saved version has a different {', '.join(differs)}." if differs else ""
        # Saving again on purpose replaces their version with this one: carry theirs forward.
        self.data = self.data.copy()
        self.data[self.add_prefix("loaded_version")] = saved.version
        raise ValidationError(
            f"Someone else saved this article{who}{when}, after you opened it. Your changes are "
            f"NOT saved; they are still in the form below.{detail} Compare with the History, "
            "then save again to replace the saved version with yours.",
            code="conflict",
        )

    def _differs(self, name, saved) -> bool:
        mine = self.cleaned_data[name]
        return getattr(mine, "pk", mine) != getattr(saved, Article._meta.get_field(name).attname)


class QuickSelect(forms.Select):
    """A <select> written in Python: the changelist has fifty, and Django's widget templates
    (one render per option) cost more than the page's queries."""

    def render(self, name, value, attrs=None, renderer=None):
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((v, " selected" if str(v) == str(value) else "", label) for v, label in self.choices),
        )
        attrs = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html('<select name="{}"{}>{}</select>', name, attrs, options)


class QuickHidden(forms.HiddenInput):
    def render(self, name, value, attrs=None, renderer=None):
        attrs = flatatt(self.build_attrs(self.attrs, attrs))
        value = "" if value is None else self.format_value(value)
        return format_html('<input type="hidden" name="{}" value="{}"{}>', name, value, attrs)


class ArticleListForm(forms.ModelForm):
    """A changelist row's editable status, limited to what the user may choose."""

    user = None

    class Meta:
        model = Article
        fields = ("status",)
        widgets = {"status": QuickSelect, "id": QuickHidden}  # "id": the formset's pk field

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = workflow.allowed_statuses(self.user, self.instance.status)
        self.fields["status"].choices = [c for c in Status.choices if c[0] in allowed]

    def clean_status(self):
        target = self.cleaned_data["status"]
        try:
            moving = target != self.instance.status  # a row's list edit; not every row
            workflow.check_transition(
                self.user,
                self.instance.status,
                target,
                has_section=self.instance.section_id is not None,
                lead_image_id=self.instance.lead_image_id if moving else None,
                body=self.instance.body if moving else None,
            )
        except TransitionError as error:
            raise ValidationError(str(error)) from error
        workflow.apply(self.instance, target)  # publishing now needs a publication time
        return target


class AssignSectionForm(forms.Form):
    section = forms.TypedChoiceField(coerce=int)

    def __init__(self, *args, tree: SectionTree, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", "---------"), *tree.choices()]
