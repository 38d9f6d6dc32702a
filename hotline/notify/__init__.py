"""Notifiers: how deadline warnings and overdue escalations reach people outside the console.

A notifier has a `channel` name and `send(notice, recipients)`, which raises on failure (the job
retries later). Two implementations: `EmailNotifier` (SMTP) and `WebhookNotifier` (signed POST).
`notifiers_from_settings` builds those the environment configures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from hotline.notify.mail import EmailNotifier
from hotline.notify.message import DeadlineNotice
from hotline.notify.settings import NotifySettings
from hotline.notify.webhook import WebhookNotifier


class Notifier(Protocol):
    channel: str

    def send(self, notice: DeadlineNotice, recipients: Sequence[str]) -> None: ...


def notifiers_from_settings(settings: NotifySettings | None = None) -> dict[str, Notifier]:
    s = settings or NotifySettings()
    out: dict[str, Notifier] = {}
    if s.smtp_host:
        out["email"] = EmailNotifier(
            s.smtp_host, s.smtp_port, sender=s.mail_from, user=s.smtp_user,
            password=s.smtp_password.get_secret_value() if s.smtp_password else None,
            starttls=s.smtp_starttls, use_ssl=s.smtp_ssl, timeout=s.smtp_timeout)
    if s.webhook_url:
        secret = s.webhook_secret.get_secret_value() if s.webhook_secret else ""
        out["webhook"] = WebhookNotifier(s.webhook_url, secret, timeout=s.webhook_timeout)
    return out


__all__ = ["DeadlineNotice", "EmailNotifier", "Notifier", "NotifySettings", "WebhookNotifier",
           "notifiers_from_settings"]
