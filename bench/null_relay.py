"""A pass-through null relay: aiosmtpd in, aiosmtplib out (pooled connections), nothing else.

The baseline Sentinelle's relay is compared with (bench/bench_relay.py): same libraries, same
process model, no hygiene, no analysis, no audit, no metrics. Answers 250 only after the next hop's
250 (like Sentinelle), 451 otherwise.

    python bench/null_relay.py LISTEN_PORT NEXT_HOP_PORT [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
from collections import deque
from typing import Any

import aiosmtplib
from aiosmtpd.smtp import SMTP


class NullRelay:
    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: deque[aiosmtplib.SMTP] = deque()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        client = self.idle.pop() if self.idle else None
        try:
            if client is None or not client.is_connected:
                client = aiosmtplib.SMTP(hostname="127.0.0.1", port=self.port, timeout=60)
                await client.connect()
            await client.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
        except Exception:
            if client is not None:
                client.close()
            return "451 4.3.0 next hop failed"
        self.idle.append(client)
        return "250 2.0.0 OK"


async def serve(sock: socket.socket, next_hop: int) -> None:
    handler = NullRelay(next_hop)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, data_size_limit=100_000_000, enable_SMTPUTF8=True),
                                      sock=sock)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("listen", type=int)
    parser.add_argument("next_hop", type=int)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    sockets = []
    for _ in range(args.workers):
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(("127.0.0.1", args.listen))
        sock.listen(512)
        sockets.append(sock)
    children = []
    for sock in sockets[1:]:
        pid = os.fork()
        if pid == 0:
            asyncio.run(serve(sock, args.next_hop))
            os._exit(0)
        children.append(pid)
    asyncio.run(serve(sockets[0], args.next_hop))
    for pid in children:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
