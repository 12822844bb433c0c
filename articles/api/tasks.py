"""The API's Celery tasks, where ``app.autodiscover_tasks()`` looks for them."""

from .webhooks.tasks import deliver, deliver_due

__all__ = ["deliver", "deliver_due"]
