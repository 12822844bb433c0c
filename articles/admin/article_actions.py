"""The article admin's bulk actions: submit for review, publish, unpublish, archive, and assign
a section (with an intermediate page). Each article is saved on its own, so it gets a revision
(django-simple-history) and the page cache hears of what readers see change (each article's
state before and after, articles/cache/invalidation.py); each change is logged in the
admin's LogEntry; the workflow's rules are checked again for every article.
"""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.template.response import TemplateResponse

from audit import log as audit

from .. import cache, workflow
from ..api.webhooks import events as webhooks
from ..models import Article
from ..sections import section_tree
from ..workflow import Status, TransitionError
from .article_forms import AssignSectionForm

MAX_BULK = 500  # articles one bulk action may change


class BulkActionsMixin:
    """For ArticleAdmin, which provides has_publish_permission."""

    def _selected_ids(self, request, queryset):
        ids = list(queryset.order_by().values_list("pk", flat=True)[: MAX_BULK + 1])
        if len(ids) > MAX_BULK:
            self.message_user(
                request,
                f"Select at most {MAX_BULK} articles for one action: nothing was changed.",
                messages.ERROR,
            )
            return None
        return ids

    def _save_each(self, request, ids, change, reason):
        """Apply ``change(article)`` (returns an error or None) to each article, in one unit."""
        changed, refused, moves = [], [], []
        with transaction.atomic():
            for article in Article.objects.select_for_update().filter(pk__in=ids).order_by("pk"):
                before = cache.article_state(article)
                audited = audit.article_state(article)
                error = change(article)
                if error:
                    refused.append(f"“{article}”: {error}")
                    continue
                article.version += 1
                article._history_user = request.user
                article._change_reason = reason
                article.save()
                cache.article_changed(before, article)
                webhooks.article_changed(before, article)
                changed.append(article)
                moves.append((audited, article))
            audit.articles_changed(request, moves, via=f"bulk action: {reason}")
            if changed:
                LogEntry.objects.log_actions(
                    request.user.pk, changed, CHANGE, change_message=f"{reason} (bulk action)."
                )
        if changed:
            self.message_user(request, f"{reason}: {len(changed)} article(s).", messages.SUCCESS)
        if refused:
            more = f" (and {len(refused) - 10} more)" if len(refused) > 10 else ""
            self.message_user(
                request,
                f"Not changed: {'; '.join(refused[:10])}{more}.",
                messages.WARNING,
            )

    def _move(self, request, queryset, target, reason, sources):
        ids = self._selected_ids(request, queryset)
        if ids is None:
            return

        def change(article):
            if article.status not in sources:
                return f"it is {Status(article.status).label.lower()}"
            try:
                workflow.check_transition(
                    request.user,
                    article.status,
                    target,
                    has_section=bool(article.section_id),
                    lead_image_id=article.lead_image_id,
                    body=article.body,
                )
            except TransitionError as error:
                return str(error).rstrip(".")
            workflow.apply(article, target)
            return None

        self._save_each(request, ids, change, reason)

    @admin.action(description="Submit for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._move(request, queryset, Status.REVIEW, "Submitted for review", {Status.DRAFT})

    @admin.action(description="Publish (now, or at the time set)", permissions=["publish"])
    def publish(self, request, queryset):
        sources = {Status.DRAFT, Status.REVIEW, Status.ARCHIVED}
        self._move(request, queryset, Status.PUBLISHED, "Published", sources)

    @admin.action(description="Unpublish (back to draft)", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._move(request, queryset, Status.DRAFT, "Unpublished", {Status.PUBLISHED})

    @admin.action(description="Archive", permissions=["publish"])
    def archive(self, request, queryset):
        sources = {Status.DRAFT, Status.REVIEW, Status.PUBLISHED}
        self._move(request, queryset, Status.ARCHIVED, "Archived", sources)

    @admin.action(description="Assign a section…", permissions=["publish"])
    def assign_section(self, request, queryset):
        ids = self._selected_ids(request, queryset)
        if ids is None:
            return None
        tree = section_tree(request)
        form = AssignSectionForm(request.POST if "apply" in request.POST else None, tree=tree)
        if form.is_valid():
            section = tree.by_pk[form.cleaned_data["section"]]

            def change(article):
                article.section_id = section.pk
                return None

            self._save_each(request, ids, change, f"Section set to {section.path}")
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Assign a section",
            "form": form,
            "ids": ids,
            "articles": Article.objects.filter(pk__in=ids).only("title")[:20],
            "more": max(len(ids) - 20, 0),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/article/assign_section.html", context)
