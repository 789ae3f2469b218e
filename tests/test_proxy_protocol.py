"""``server.proxy_protocol = true``: a PROXY protocol header (HAProxy ``send-proxy``) before the greeting.

A hand-written PROXY v1 (and v2) header from a raw loopback client: the client it names is checked
against ``allowed_networks`` (the TCP peer, the balancer, is checked as before), a connection
without a valid header is dropped, and with the key off a PROXY line is just an unknown command.
"""

from __future__ import annotations

import ipaddress
import socket
import struct

from conftest import LoopThread, RunningSink
from test_relay import COLLEAGUE, INTERNAL, MESSAGE, analyzer, base_policy, make_services, start_relay

from sentinelle.proxy import replies

LOOPBACK = ipaddress.ip_network("127.0.0.0/8")
CLINIC = ipaddress.ip_network("192.0.2.0/24")  # TEST-NET-1: the "real" clients behind the balancer


def relay_port(loop_thread: LoopThread, sink: RunningSink, *, proxy_protocol: bool) -> int:
    policy = base_policy(proxy_protocol=proxy_protocol, allowed_networks=(LOOPBACK, CLINIC))
    return start_relay(loop_thread, make_services(policy, sink.port, analyzer())).port


class Raw:
    """A line-oriented raw SMTP client (smtplib cannot send anything before the greeting)."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=15)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def line(self) -> bytes:
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                line, self.buffer = self.buffer, b""
                return line  # b"" when the server closed
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def reply(self) -> bytes:
        """The last line of a (possibly multi-line) reply."""
        line = self.line()
        while line[3:4] == b"-":
            line = self.line()
        return line

    def close(self) -> None:
        self.sock.close()


def transaction(client: Raw) -> bytes:
    client.send(b"EHLO balancer.test\r\n")
    assert client.reply().startswith(b"250 ")
    client.send(f"MAIL FROM:<{INTERNAL}>\r\nRCPT TO:<{COLLEAGUE}>\r\nDATA\r\n".encode())
    assert client.reply().startswith(b"250")
    assert client.reply().startswith(b"250")
    assert client.reply().startswith(b"354")
    client.send(MESSAGE + b".\r\n")
    return client.reply()


def test_v1_header_naming_an_allowed_client_is_served(loop_thread: LoopThread, sink: RunningSink) -> None:
    client = Raw(relay_port(loop_thread, sink, proxy_protocol=True))
    try:
        client.send(b"PROXY TCP4 192.0.2.10 127.0.0.1 56324 10025\r\n")
        assert client.reply().startswith(b"220 ")
        assert transaction(client).startswith(b"250 ")
    finally:
        client.close()
    [received] = sink.sink.wait_for(1)
    assert received.rcpt_tos == (COLLEAGUE,)


def test_v1_header_naming_a_client_outside_allowed_networks_gets_554(loop_thread: LoopThread,
                                                                    sink: RunningSink) -> None:
    client = Raw(relay_port(loop_thread, sink, proxy_protocol=True))
    try:
        client.send(b"PROXY TCP4 198.51.100.7 127.0.0.1 40000 10025\r\n")
        assert client.line() == replies.ACCESS_DENIED.encode()
        assert client.line() == b""  # closed
    finally:
        client.close()


def test_v2_header_and_unknown_header(loop_thread: LoopThread, sink: RunningSink) -> None:
    port = relay_port(loop_thread, sink, proxy_protocol=True)
    signature = b"\r\n\r\n\x00\r\nQUIT\n"
    addresses = socket.inet_aton("192.0.2.11") + socket.inet_aton("127.0.0.1") + struct.pack("!HH", 50000, 10025)
    v2 = signature + bytes([0x21, 0x11]) + struct.pack("!H", len(addresses)) + addresses  # PROXY, TCP over IPv4
    for header in (v2, b"PROXY UNKNOWN\r\n"):  # UNKNOWN: the balancer's own check, the peer itself
        client = Raw(port)
        try:
            client.send(header)
            assert client.reply().startswith(b"220 ")
            assert transaction(client).startswith(b"250 ")
        finally:
            client.close()
    assert len(sink.sink.wait_for(2)) == 2


def test_no_header_is_dropped_without_greeting(loop_thread: LoopThread, sink: RunningSink) -> None:
    client = Raw(relay_port(loop_thread, sink, proxy_protocol=True))
    try:
        client.send(b"EHLO direct.test\r\n")
        assert client.line() == b""
    finally:
        client.close()
    assert sink.sink.messages == []


def test_key_off_a_proxy_line_is_an_unknown_command(loop_thread: LoopThread, sink: RunningSink) -> None:
    client = Raw(relay_port(loop_thread, sink, proxy_protocol=False))
    try:
        assert client.reply().startswith(b"220 ")
        client.send(b"PROXY TCP4 192.0.2.10 127.0.0.1 56324 10025\r\n")
        assert client.reply().startswith(b"500 ")
    finally:
        client.close()
