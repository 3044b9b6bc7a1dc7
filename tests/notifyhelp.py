"""Real local notification receivers: a JSON webhook (threaded http.server) and an SMTP server
(aiosmtpd), both on 127.0.0.1, for apprise's ``json://`` and ``mailto://`` targets."""

from __future__ import annotations

import email
import email.policy
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Webhook:
    port: int
    posts: list[dict[str, Any]] = field(default_factory=list)

    def url(self, path: str = "/hook") -> str:
        return f"json://127.0.0.1:{self.port}{path}"


@contextmanager
def webhook() -> Iterator[Webhook]:
    hook = Webhook(port=0)

    class Receive(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            hook.posts.append({"path": self.path, **json.loads(self.rfile.read(length))})
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receive)
    hook.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass
class Mailbox:
    port: int
    messages: list[email.message.EmailMessage] = field(default_factory=list)

    def url(self, to: str = "editors@example.org") -> str:
        return f"mailto://127.0.0.1:{self.port}?from=curator@example.org&to={to}&mode=insecure"

    def texts(self) -> list[str]:
        """Each message's subject and plain-text body."""
        out = []
        for message in self.messages:
            body = message.get_body(preferencelist=("plain",))
            text = body.get_content() if body is not None else ""
            out.append(f"{message['subject']}\n{text}")
        return out


@contextmanager
def smtp_server() -> Iterator[Mailbox]:
    box = Mailbox(port=free_port())

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            box.messages.append(
                email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[arg-type]
            )
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def free_port() -> int:
    """A port nothing listens on (bound and released): a closed target, or one to listen on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
