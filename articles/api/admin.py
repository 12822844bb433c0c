"""The admin for API tokens (made with their key shown once, revoked, never shown again) and
webhooks (subscribers, the delivery log, retrying a failed delivery)."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from . import tokens
from .models import ApiToken, Event, Scope, WebhookDelivery, WebhookSubscriber


class ApiTokenForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        choices=Scope.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Reading published content needs no scope.",
    )

    class Meta:
        model = ApiToken
        fields = ["name", "scopes", "user", "rate_limit", "expires_at"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    form = ApiTokenForm
    list_display = ["name", "prefix", "scope_list", "user", "state", "last_used_at", "created_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "prefix"]
    readonly_fields = ["prefix", "created_at", "created_by", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    @admin.display(description="scopes")
    def scope_list(self, obj):
        return ", ".join(obj.scopes) or "(read published)"

    @admin.display(description="state")
    def state(self, obj):
        if obj.revoked_at:
            return "revoked"
        return "active" if obj.is_active else "expired"

    def save_model(self, request, obj, form, change):
        obj.scopes = sorted(set(form.cleaned_data.get("scopes") or []))
        if not change:
            request._newsroom_api_key = tokens.assign_key(obj)
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        """The key, on this page only: not in a message (which would keep it in a cookie or
        the session), never cached by the browser."""
        key = getattr(request, "_newsroom_api_key", None)
        if key is None:
            return super().response_add(request, obj, post_url_continue)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "API token created",
            "token": obj,
            "key": key,
            "scopes": ", ".join(obj.scopes),
        }
        response = TemplateResponse(request, "admin/api/apitoken/created.html", context)
        add_never_cache_headers(response)
        return response

    @admin.action(description="Revoke the selected tokens", permissions=["change"])
    def revoke(self, request, queryset):
        count = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        self.message_user(request, f"Revoked {count} token(s).", messages.SUCCESS)


class SubscriberForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        choices=Event.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every event.",
    )

    class Meta:
        model = WebhookSubscriber
        fields = ["name", "url", "events", "active"]


class DeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    fields = ["created_at", "event", "article_id", "status", "attempts", "last_status_code"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-created_at")


@admin.register(WebhookSubscriber)
class WebhookSubscriberAdmin(admin.ModelAdmin):
    form = SubscriberForm
    list_display = ["name", "url", "active", "event_list", "created_at"]
    list_filter = ["active"]
    readonly_fields = ["secret", "created_at"]
    inlines = [DeliveryInline]

    @admin.display(description="events")
    def event_list(self, obj):
        return ", ".join(obj.events) or "all"

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else ["created_at"]

    def save_model(self, request, obj, form, change):
        obj.events = sorted(set(form.cleaned_data.get("events") or []))
        super().save_model(request, obj, form, change)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "subscriber",
        "event",
        "article_id",
        "status",
        "attempts",
        "last_status_code",
        "next_attempt_at",
    ]
    list_filter = ["status", "event", "subscriber"]
    readonly_fields = [
        "uuid",
        "subscriber",
        "event",
        "article_id",
        "payload",
        "status",
        "attempts",
        "created_at",
        "next_attempt_at",
        "delivered_at",
        "last_status_code",
        "last_error",
    ]
    actions = ["retry"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Send again now", permissions=["change"])
    def retry(self, request, queryset):
        with transaction.atomic():
            rows = list(queryset.select_for_update())
            for delivery in rows:
                delivery.status = WebhookDelivery.Status.PENDING
                delivery.next_attempt_at = timezone.now()
                delivery.save(update_fields=["status", "next_attempt_at"])
        for delivery in rows:
            from .webhooks.tasks import deliver

            deliver.apply_async((delivery.pk, delivery.attempts))
        self.message_user(request, f"Queued {len(rows)} delivery(ies) again.", messages.SUCCESS)
