"""Deadline notifications by e-mail over SMTP (smtplib): plain text, UTF-8, one message per alert."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate

from hotline.notify.message import DeadlineNotice


class EmailNotifier:
    channel = "email"

    def __init__(self, host: str, port: int = 25, *, sender: str = "hotline@localhost", user: str | None = None,
                 password: str | None = None, starttls: bool = False, use_ssl: bool = False,
                 timeout: float = 10.0):
        self.host, self.port, self.sender = host, port, sender
        self.user, self.password = user, password
        self.starttls, self.use_ssl, self.timeout = starttls, use_ssl, timeout

    def message(self, notice: DeadlineNotice, recipients: Sequence[str]) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(recipients)
        msg["Subject"] = notice.subject()
        msg["Date"] = formatdate(notice.fired_at.timestamp(), localtime=False)
        # Stable per alert, so a mail system can drop the copy a retry after a crash may send.
        msg["Message-ID"] = f"<deadline-alert-{notice.alert_id}@hotline>"
        msg["X-Hotline-Event"] = notice.event
        msg.set_content(notice.text())
        return msg

    def send(self, notice: DeadlineNotice, recipients: Sequence[str]) -> None:
        if not recipients:
            return
        msg = self.message(notice, recipients)
        if self.use_ssl:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                                 context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                smtp.login(self.user, self.password or "")
            smtp.send_message(msg, from_addr=self.sender, to_addrs=list(recipients))
