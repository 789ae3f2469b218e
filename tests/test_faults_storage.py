"""Storage faults lose nothing (issue 11, Deliver 4), with the real server behind a real, retrying Postfix.

- ``maildir:`` next hop on a read-only file system, then on a full one: 451 upstream, nothing (not even a
  part) in ``new/``; once the file system recovers, Postfix's retry delivers the message exactly once.
- the audit trail cannot be written (``/dev/full``: every write fails with ENOSPC): the contract is "never
  relay mail without its audit record; answer 451 if the record cannot be made durable". Once the audit
  path is writable again (policy reload), the message is delivered once, with its record.

The file systems are real tmpfs mounts (the suite runs as root, as scripts/install-and-test does).
"""

from __future__ import annotations

import json
import signal
import smtplib
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port
from faults import RunningHop, policy_text, start_hop
from postfix import PostfixInstance
from sentinelle_process import Sentinelle

from sentinelle.proxy import replies

pytestmark = [pytest.mark.postfix, pytest.mark.slow]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
RECIPIENT = "secretariat@ssss.gouv.qc.ca"


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs, unmounted at the end whatever happened."""
    mount_point = tmp_path / "fs"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remount(mount_point: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(mount_point)], check=True)


def message(size: int = 0) -> tuple[bytes, bytes]:
    message_id = f"<{uuid.uuid4().hex}@storage.test>".encode()
    filler = b"".join(b"ligne de remplissage %d\r\n" % i for i in range(size // 24))
    body = (b"From: " + SENDER.encode() + b"\r\nTo: " + RECIPIENT.encode() + b"\r\nSubject: essai\r\n"
            b"Message-ID: " + message_id + b"\r\n\r\nBonjour.\r\n" + filler)
    return message_id, body


def submit(postfix: PostfixInstance, body: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as client:
        assert client.sendmail(SENDER, [RECIPIENT], body) == {}


def deferred_with(postfix: PostfixInstance, reply: str) -> bool:
    log = postfix.maillog.read_text(errors="replace") if postfix.maillog.exists() else ""
    return any("status=deferred" in line and f"said: {reply}" in line for line in log.splitlines())


def start_chain(base: Path, next_hop: str, audit: str = "-") -> tuple[Sentinelle, PostfixInstance, Path]:
    port = free_port()
    policy = base / "policy.toml"
    policy.write_text(policy_text(port, next_hop, audit=audit))
    sentinelle = Sentinelle(policy, port, base / "serve.log").wait_listening()
    postfix = PostfixInstance(relayhost=f"[127.0.0.1]:{port}")
    try:
        postfix.start()
    except BaseException:
        sentinelle.stop()
        postfix.stop()
        raise
    return sentinelle, postfix, policy


def in_new(maildir: Path, message_id: bytes) -> list[Path]:
    new = maildir / "new"
    return [p for p in new.iterdir() if message_id in p.read_bytes()] if new.is_dir() else []


@pytest.mark.parametrize("fault", ["read-only", "full"])
def test_maildir_fault_gives_451_then_one_copy(fault: str, tmpfs: Path, tmp_path: Path) -> None:
    maildir = tmpfs / "maildir"
    sentinelle, postfix, _ = start_chain(tmp_path, f"maildir:{maildir}")
    try:
        # The message is larger than the whole 64 KiB file system when it is "full".
        message_id, body = message(200_000 if fault == "full" else 0)
        if fault == "read-only":
            remount(tmpfs, "ro")
        submit(postfix, body)
        postfix.wait(lambda: deferred_with(postfix, replies.NEXT_HOP_TEMPFAIL), timeout=60, what="a 451 deferral")
        assert in_new(maildir, message_id) == []
        assert all(p.stat().st_size == 0 or message_id not in p.read_bytes() for p in (maildir / "new").iterdir())
        assert list((maildir / "tmp").iterdir()) == [], "a partial file was left in tmp/"
        remount(tmpfs, "rw,size=4m")
        postfix.wait(lambda: in_new(maildir, message_id), timeout=60, what="delivery after recovery")
        postfix.wait(postfix.queue_empty, timeout=30, what="an empty queue")
        [delivered] = in_new(maildir, message_id)
        assert delivered.read_bytes().split(b"\r\n\r\n", 1)[1] == body.split(b"\r\n\r\n", 1)[1]  # whole body
        assert list((maildir / "tmp").iterdir()) == []
    finally:
        postfix.stop()
        sentinelle.stop()


@pytest.fixture
def hop() -> Iterator[RunningHop]:
    running = start_hop()
    yield running
    running.stop()


def test_unwritable_audit_relays_nothing_and_answers_451(hop: RunningHop, tmp_path: Path) -> None:
    sentinelle, postfix, policy = start_chain(tmp_path, hop.address, audit="/dev/full")
    try:
        message_id, body = message()
        submit(postfix, body)
        postfix.wait(lambda: deferred_with(postfix, "451 "), timeout=60, what="a 451 deferral")
        assert hop.hop.copies(message_id) == [], "relayed although its audit record could not be written"
        audit = tmp_path / "audit.jsonl"
        policy.write_text(policy.read_text().replace('path = "/dev/full"', f'path = "{audit}"'))
        sentinelle.process.send_signal(signal.SIGHUP)
        postfix.wait(lambda: hop.hop.copies(message_id), timeout=60, what="delivery once the audit is writable")
        postfix.wait(postfix.queue_empty, timeout=30, what="an empty queue")
        assert len(hop.hop.copies(message_id)) == 1
        records = [json.loads(line) for line in audit.read_text().splitlines()]
        assert [r["recipient"] for r in records if r["message_id"] == message_id.decode()] == [RECIPIENT]
    finally:
        postfix.stop()
        sentinelle.stop()
