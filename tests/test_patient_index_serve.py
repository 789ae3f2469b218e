"""A real ``sentinelle serve`` with a patient index: a real SMTP client, a real SIGHUP after a nightly
rebuild (issue 15 items 2-3, end to end). The next hop is the embedded Maildir (one file per recipient,
``Delivered-To`` prepended), so what was delivered to whom is read back from disk."""

from __future__ import annotations

import signal
import smtplib
import time
from email.message import EmailMessage
from pathlib import Path

from conftest import free_port
from sentinelle_process import Sentinelle, write_policy

from sentinelle.classifiers.index.build import build_index
from tests.index_synthetic import make_patients, write_export

SENDER = "infirmiere@ssss.gouv.qc.ca"
PARTNER = "clinique@partner.example"


def _send(port: int, body: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = f"Infirmière <{SENDER}>", PARTNER, "Suivi"
    message.set_content(body)
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.send_message(message)  # raises on any refusal: Sentinelle answers 250 in both cases


def _delivered(maildir: Path, count: int) -> list[bytes]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        files = sorted((maildir / "new").iterdir(), key=lambda p: p.stat().st_mtime_ns) if (maildir / "new").exists() \
            else []
        if len(files) >= count:
            return [p.read_bytes() for p in files]
        time.sleep(0.1)
    raise AssertionError(f"{count} deliveries expected")


def test_rebuilt_index_takes_effect_on_sighup(tmp_path: Path) -> None:
    patients = make_patients(300)
    newcomer = make_patients(1, seed=2026)[0]
    (tmp_path / "secret").mkdir()
    index, key = tmp_path / "patients.idx", tmp_path / "secret" / "patients.key"
    build_index(write_export(tmp_path / "monday.csv", patients), index, key)
    port, maildir = free_port(), tmp_path / "maildir"
    policy = write_policy(tmp_path / "policy.toml", listen=port, next_hop=f"maildir:{maildir}",
                          extra=f'[classifiers.index]\npath = "{index}"\nkey_path = "{key}"\n')
    server = Sentinelle(policy, port, tmp_path / "serve.log").wait_listening()
    try:
        body = f"Bonjour,\n{newcomer.given} {newcomer.surname} a un diabète de type 2 mal contrôlé.\nMerci"
        _send(port, body)
        first = _delivered(maildir, 1)
        assert f"Delivered-To: {PARTNER}".encode() in first[0]  # not indexed yet: nothing says patient

        build_index(write_export(tmp_path / "tuesday.csv", [*patients, newcomer]), index, key)
        server.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 60
        while "policy reloaded" not in (tmp_path / "serve.log").read_text():
            assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.1)
        _send(port, body)
        second = _delivered(maildir, 2)[1]
        # Indexed now: refused for the outside recipient, the sender is told why (bilingual notice).
        assert f"Delivered-To: {SENDER}".encode() in second and f"Delivered-To: {PARTNER}".encode() not in second
        assert newcomer.surname.encode() not in second.split(b"\n\n", 1)[0]  # no patient data in the headers
    finally:
        server.stop()
    log = (tmp_path / "serve.log").read_text()
    assert "policy reloaded" in log
    assert key.read_text().strip() not in log and newcomer.surname not in log
