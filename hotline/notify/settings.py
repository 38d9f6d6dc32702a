"""Where deadline notifications go, read from the environment (HOTLINE_*).

E-mail (SMTP): HOTLINE_SMTP_HOST (unset: no e-mail), HOTLINE_SMTP_PORT (25), HOTLINE_SMTP_USER,
HOTLINE_SMTP_PASSWORD, HOTLINE_SMTP_STARTTLS (false), HOTLINE_SMTP_SSL (false, implicit TLS, port 465),
HOTLINE_SMTP_TIMEOUT (10 s), HOTLINE_MAIL_FROM, HOTLINE_NOTIFY_EMAIL_TO (comma-separated addresses that
receive every alert, e.g. the duty desk; units' own addresses are in the deadline_contacts table).

Webhook: HOTLINE_WEBHOOK_URL (unset: no webhook) and HOTLINE_WEBHOOK_SECRET (required with a URL: the
HMAC-SHA256 key of the X-Hotline-Signature header), HOTLINE_WEBHOOK_TIMEOUT (10 s).

HOTLINE_PUBLIC_URL: the console's address, for links in messages (e.g. https://12328.example.gov.cn).
"""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class NotifySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", env_file=None, extra="ignore")

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_timeout: float = 10.0
    mail_from: str = "hotline@localhost"
    notify_email_to: str = ""
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_timeout: float = 10.0
    public_url: str = ""

    @property
    def email_to(self) -> list[str]:
        return [a.strip() for a in self.notify_email_to.split(",") if a.strip()]
