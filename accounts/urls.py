from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("verify/", views.verify, name="2fa-verify"),
    path("setup/", views.setup, name="2fa-setup"),
    path("backup-codes/", views.backup_codes, name="2fa-backup-codes"),
]
