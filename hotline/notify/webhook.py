"""Deadline notifications as a signed webhook: POST of the notice's JSON.

Signature (receivers check it with `verify`): header
``X-Hotline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>``. The timestamp
inside the signed text stops a replay of an old delivery; ``X-Hotline-Delivery`` (alert id and
channel) is the same on every retry, so a receiver can drop a repeat.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Sequence

import httpx

from hotline.notify.message import DeadlineNotice

SIGNATURE_HEADER = "X-Hotline-Signature"
TOLERANCE_SECONDS = 300


class SignatureError(ValueError):
    """The request was not signed with our secret, or too long ago."""


def sign(secret: str, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, body: bytes, header: str, *, now: float | None = None,
           tolerance: int = TOLERANCE_SECONDS) -> None:
    """Raise SignatureError unless `header` signs `body` with `secret` within `tolerance` seconds."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        timestamp, given = int(parts["t"]), parts["v1"]
    except (ValueError, KeyError):
        raise SignatureError(f"malformed {SIGNATURE_HEADER} header") from None
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise SignatureError("signature timestamp outside the tolerance")
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    if not hmac.compare_digest(expected, given):
        raise SignatureError("signature does not match")


class WebhookNotifier:
    channel = "webhook"

    def __init__(self, url: str, secret: str, *, timeout: float = 10.0, client: httpx.Client | None = None):
        if not secret:
            raise ValueError("a webhook needs a secret to sign with: set HOTLINE_WEBHOOK_SECRET")
        self.url, self.secret, self.timeout, self.client = url, secret, timeout, client

    def request(self, notice: DeadlineNotice, timestamp: int) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(notice.to_json(), ensure_ascii=False, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "hotline-deadlines/1",
            "X-Hotline-Event": notice.event,
            "X-Hotline-Delivery": f"{notice.alert_id}-webhook",
            SIGNATURE_HEADER: sign(self.secret, body, timestamp),
        }
        return body, headers

    def send(self, notice: DeadlineNotice, recipients: Sequence[str] = ()) -> None:
        body, headers = self.request(notice, int(time.time()))
        for url in recipients or [self.url]:
            if self.client is not None:
                r = self.client.post(url, content=body, headers=headers, timeout=self.timeout)
            else:
                r = httpx.post(url, content=body, headers=headers, timeout=self.timeout)
            r.raise_for_status()
