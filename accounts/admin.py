"""The admin for staff accounts: login attempts (unlock), users and groups (audited).

* Login attempts (django-axes' AccessAttempt): editors and superusers unlock an account or an
  address with an action, recorded in the audit log; attempts cannot be deleted one by one
  (that would unlock without a record).
* Users and groups: Django's admin, plus one audit entry per save naming what changed (flags,
  groups, permissions, never a password hash), per deletion and per password change.
"""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit import log
from audit.models import Action

from . import lockout, twofactor


@admin.register(AccessAttempt)
class LoginAttemptAdmin(AccessAttemptAdmin):
    actions = ["unlock_accounts", "unlock_addresses"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # The unlock actions need it; the per-object delete page is not offered (unaudited).
        return obj is None and super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.action(
        description="Unlock the accounts (usernames) of these attempts", permissions=["delete"]
    )
    def unlock_accounts(self, request, queryset):
        names = sorted({a.username for a in queryset if a.username})
        for name in names:
            lockout.unlock(username=name, request=request)
        self.message_user(request, f"Unlocked {len(names)} account(s).", messages.SUCCESS)

    @admin.action(
        description="Unlock the addresses (IPs) of these attempts", permissions=["delete"]
    )
    def unlock_addresses(self, request, queryset):
        ips = sorted({a.ip_address for a in queryset if a.ip_address})
        for ip in ips:
            lockout.unlock(ip=ip, request=request)
        self.message_user(request, f"Unlocked {len(ips)} address(es).", messages.SUCCESS)


# ---- users and groups ---------------------------------------------------------------------------

USER_FIELDS = (
    "username",
    "first_name",
    "last_name",
    "email",
    "is_active",
    "is_staff",
    "is_superuser",
)


def _user_state(user) -> dict:
    if user.pk is None:
        return {}
    return {
        **{f: getattr(user, f) for f in USER_FIELDS},
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "permissions": sorted(_perm_names(user.user_permissions.all())),
    }


def _group_state(group) -> dict:
    if group.pk is None:
        return {}
    return {"name": group.name, "permissions": sorted(_perm_names(group.permissions.all()))}


def _perm_names(permissions):
    return (
        f"{app}.{code}"
        for app, code in permissions.values_list("content_type__app_label", "codename")
    )


def _diff(before: dict, after: dict) -> dict:
    """{field: {"from": .., "to": ..}} for scalars; {"added": [..], "removed": [..]} for lists."""
    out = {}
    for key, new in after.items():
        old = before.get(key)
        if isinstance(new, list):
            added = sorted(set(new) - set(old or ()))
            removed = sorted(set(old or ()) - set(new))
            if added or removed:
                out[key] = {"added": added, "removed": removed}
        elif old != new:
            out[key] = {"from": old, "to": new}
    return out


def _describe(changes: dict) -> str:
    parts = []
    for key, change in changes.items():
        if "added" in change:
            bits = [f"+{x}" for x in change["added"]] + [f"-{x}" for x in change["removed"]]
            parts.append(f"{key} {' '.join(bits)}")
        else:
            parts.append(f"{key} → {change['to']}")
    return "; ".join(parts)


class AuditedSaves:
    """save_model snapshots the saved object; save_related (after the m2m are written) records
    the difference as one entry."""

    state = staticmethod(lambda obj: {})
    add_action = change_action = delete_action = None

    def save_model(self, request, obj, form, change):
        request._audit_before = self.state(type(obj).objects.get(pk=obj.pk)) if change else {}
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        changes = _diff(getattr(request, "_audit_before", {}), self.state(obj))
        if change and not changes:
            return
        action = self.change_action if change else self.add_action
        log.record(
            action,
            request=request,
            obj=obj,
            summary=f"{Action(action).label}: {obj}"
            + (f" ({_describe(changes)})" if changes else ""),
            details={"changes": changes},
        )

    def delete_model(self, request, obj):
        before = self.state(obj)
        log.record(
            self.delete_action,
            request=request,
            obj=obj,
            summary=f"{Action(self.delete_action).label}: {obj}",
            details=before,
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            log.record(
                self.delete_action,
                request=request,
                obj=obj,
                summary=f"{Action(self.delete_action).label}: {obj}",
                details=self.state(obj),
            )
        super().delete_queryset(request, queryset)


admin.site.unregister(User)
admin.site.unregister(Group)
# django-otp's device admins would show superusers every TOTP secret and let devices go without
# a record: a lost phone is handled by the audited "Remove two-factor" action on users.
for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.register(User)
class AuditedUserAdmin(AuditedSaves, UserAdmin):
    state = staticmethod(_user_state)
    add_action, change_action, delete_action = (
        Action.USER_ADD,
        Action.USER_CHANGE,
        Action.USER_DELETE,
    )
    actions = ["remove_two_factor"]

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            user = self.get_object(request, id)
            log.record(
                Action.PASSWORD,
                request=request,
                obj=user,
                summary=f"Password of “{user}” set by {request.user}",
            )
        return response

    @admin.action(
        description="Remove two-factor (lost phone): they enrol again", permissions=["change"]
    )
    def remove_two_factor(self, request, queryset):
        for user in queryset:
            if twofactor.remove(user):
                log.record(
                    Action.OTP_RESET,
                    request=request,
                    obj=user,
                    summary=f"Two-factor removed from “{user}”",
                )
        self.message_user(request, "Two-factor removed.", messages.SUCCESS)


@admin.register(Group)
class AuditedGroupAdmin(AuditedSaves, GroupAdmin):
    state = staticmethod(_group_state)
    add_action, change_action, delete_action = (
        Action.GROUP_ADD,
        Action.GROUP_CHANGE,
        Action.GROUP_DELETE,
    )
