"""The Celery app. Workers: ``celery -A newsroom worker``; the one scheduler: ``celery -A
newsroom beat``.

Settings come from Django's (``CELERY_*``, newsroom/settings/base.py). With no
``CELERY_BROKER_URL`` (``make run``, the tests) tasks run in-process (``task_always_eager``), so
nothing but Python is needed; production points the broker at Redis.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")

app = Celery("newsroom")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
