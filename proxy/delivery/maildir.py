"""The embedded ``maildir:DIR`` next hop: deliver into a Maildir, with no other MTA.

For trying Sentinelle out and for tests: ``sentinelle serve --next-hop maildir:./maildir`` and every
accepted message appears in ``./maildir/new/``. Delivery follows the Maildir convention
(https://cr.yp.to/proto/maildir.html): write the file in ``tmp/``, fsync it, then rename it into
``new/`` (atomic on one file system), so a reader never sees a partial message. One file per
recipient, like a local delivery agent, with ``Return-Path`` and ``Delivered-To`` prepended (the
envelope, which a Maildir otherwise loses). A write error is a temporary failure (451 upstream).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import socket
import time
from collections.abc import Sequence
from pathlib import Path

from sentinelle.proxy.delivery.relay import HopResult, RecipientResult, Transaction

_counter = itertools.count()


class MaildirNextHop:
    """Writes each accepted message into ``directory`` (created with cur/ new/ tmp/ if missing)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._host = socket.gethostname().replace("/", "\\057").replace(":", "\\072")

    def prepare(self) -> None:
        """Create the Maildir; OSError when it cannot be (a start-up failure)."""
        for sub in ("tmp", "new", "cur"):
            (self.directory / sub).mkdir(parents=True, exist_ok=True, mode=0o700)

    async def send(self, mail_from: str, recipients: Sequence[str], data: bytes, *,
                   smtputf8: bool = False) -> Transaction:
        try:
            await asyncio.get_running_loop().run_in_executor(None, self._deliver_all, mail_from, recipients, data)
        except OSError as error:
            return Transaction(HopResult.TEMPORARY,
                               tuple(RecipientResult(r, 451, "maildir write failed") for r in recipients),
                               detail=f"maildir: {error.strerror or error}")
        return Transaction(HopResult.ACCEPTED, tuple(RecipientResult(r, 250, "delivered to maildir")
                                                     for r in recipients))

    async def close(self) -> None:
        return None

    def _deliver_all(self, mail_from: str, recipients: Sequence[str], data: bytes) -> None:
        self.prepare()
        for recipient in recipients:
            envelope = (f"Return-Path: <{mail_from}>\r\nDelivered-To: {recipient}\r\n").encode()
            self.deliver(envelope + data)

    def deliver(self, data: bytes) -> Path:
        """Write one file atomically (tmp/ then rename into new/) and return its final path."""
        now = time.time()
        name = f"{int(now)}.M{int(now * 1e6) % 1_000_000}P{os.getpid()}Q{next(_counter)}.{self._host}"
        temporary = self.directory / "tmp" / name
        final = self.directory / "new" / name
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            temporary.unlink(missing_ok=True)
            raise
        os.close(fd)
        os.rename(temporary, final)
        return final
