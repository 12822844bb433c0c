from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "articles.api"
    label = "api"
    verbose_name = "Content API"
    default_auto_field = "django.db.models.BigAutoField"
