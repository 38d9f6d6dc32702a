"""The two notifiers against real local servers: a webhook receiver that checks the HMAC signature,
and an SMTP server (aiosmtpd) that receives the e-mail."""

from __future__ import annotations

import email
import json
import socket
import threading
from datetime import datetime
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest

from hotline.notify import EmailNotifier, NotifySettings, WebhookNotifier, notifiers_from_settings
from hotline.notify.message import DeadlineNotice
from hotline.notify.webhook import SIGNATURE_HEADER, SignatureError, sign, verify

SH = ZoneInfo("Asia/Shanghai")
SECRET = "s3cret-shared-with-the-receiver"
NOTICE = DeadlineNotice(
    alert_id=42, kind="overdue", case_number="20220422-000001", case_title="孝感北收费站一刀切劝返",
    clock="accept", clock_label="签收", due_at=datetime(2022, 4, 22, 10, 15, tzinfo=SH),
    fired_at=datetime(2022, 4, 22, 10, 15, 3, tzinfo=SH), unit="hb-xiaogan", unit_name="孝感市交通运输局",
    escalated_to="hb", escalated_to_name="湖北省交通运输厅", supervisors=("hb-sup",),
    public_url="https://12328.example.gov.cn")


class Receiver(BaseHTTPRequestHandler):
    """Accepts a POST only if its signature verifies; records what it accepted."""

    received: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            verify(SECRET, body, self.headers[SIGNATURE_HEADER])
        except (SignatureError, TypeError):
            self.send_response(401)
            self.end_headers()
            return
        self.received.append({"body": json.loads(body), "delivery": self.headers["X-Hotline-Delivery"]})
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    Receiver.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks/12328"
    server.shutdown()
    server.server_close()


def test_the_webhook_is_signed_and_accepted(receiver):
    WebhookNotifier(receiver, SECRET).send(NOTICE, [receiver])
    [got] = Receiver.received
    assert got["delivery"] == "42-webhook"
    assert got["body"]["event"] == "deadline.overdue" and got["body"]["case"]["number"] == "20220422-000001"
    assert got["body"]["due_at"] == "2022-04-22T10:15:00+08:00"
    assert got["body"]["escalated_to"] == {"code": "hb", "name": "湖北省交通运输厅"}
    assert got["body"]["supervisors"] == ["hb-sup"]


def test_a_wrong_secret_is_refused_and_raises(receiver):
    import httpx

    with pytest.raises(httpx.HTTPStatusError):
        WebhookNotifier(receiver, "not-the-secret").send(NOTICE, [receiver])
    assert Receiver.received == []


def test_verify_rejects_tampering_and_replays():
    body = b'{"event":"deadline.overdue"}'
    header = sign(SECRET, body, 1_650_600_000)
    verify(SECRET, body, header, now=1_650_600_100)
    with pytest.raises(SignatureError):
        verify(SECRET, body + b" ", header, now=1_650_600_100)
    with pytest.raises(SignatureError):
        verify(SECRET, body, header, now=1_650_600_000 + 301)
    with pytest.raises(SignatureError):
        verify(SECRET, body, "v1=abc", now=1_650_600_000)


def test_a_webhook_without_a_secret_is_refused():
    with pytest.raises(ValueError, match="HOTLINE_WEBHOOK_SECRET"):
        notifiers_from_settings(NotifySettings(webhook_url="http://127.0.0.1:9/x"))


class Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content, policy=default_policy)))
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield controller.port, inbox
    controller.stop()


def test_the_email_reaches_an_smtp_server(smtp_server):
    port, inbox = smtp_server
    settings = NotifySettings(smtp_host="127.0.0.1", smtp_port=port, mail_from="12328@hotline.example")
    notifier = notifiers_from_settings(settings)["email"]
    assert isinstance(notifier, EmailNotifier)
    notifier.send(NOTICE, ["duty@xiaogan.example", "ducha@hubei.example"])
    [(rcpt, msg)] = inbox.messages
    assert rcpt == ["duty@xiaogan.example", "ducha@hubei.example"]
    assert msg["Subject"] == "【12328时限已超时】工单 20220422-000001 签收"
    assert msg["Message-ID"] == "<deadline-alert-42@hotline>"
    text = msg.get_content()
    assert "到期时间 2022-04-22 10:15（北京时间）" in text and "湖北省交通运输厅 督办：hb-sup" in text
    assert "https://12328.example.gov.cn/api/v1/cases/20220422-000001" in text


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("HOTLINE_SMTP_HOST", "mail.example")
    monkeypatch.setenv("HOTLINE_SMTP_PORT", "2525")
    monkeypatch.setenv("HOTLINE_NOTIFY_EMAIL_TO", "a@x.example, b@x.example")
    monkeypatch.setenv("HOTLINE_WEBHOOK_URL", "https://hooks.example/12328")
    monkeypatch.setenv("HOTLINE_WEBHOOK_SECRET", SECRET)
    s = NotifySettings()
    assert (s.smtp_host, s.smtp_port, s.email_to) == ("mail.example", 2525, ["a@x.example", "b@x.example"])
    assert sorted(notifiers_from_settings(s)) == ["email", "webhook"]
