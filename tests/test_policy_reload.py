"""A policy reload (SIGHUP) against a live ``sentinelle serve``: an emptied or truncated file is refused
(the old policy stays, the log says why) and every reload logs what changed in the security-relevant
settings, without the file's text. ``policy check`` refuses an empty file too."""

from __future__ import annotations

import signal
import smtplib
import time
from pathlib import Path

from conftest import free_port
from sentinelle_process import Sentinelle

from sentinelle.proxy.cli import main
from sentinelle.proxy.policy.loader import EMPTY_FILE, load_policy, parse_policy, security_changes
from sentinelle.proxy.policy.schema import PolicyError

INTERNAL = "dr.tremblay@ssss.gouv.qc.ca"
PARTNER = "labo@partenaire-sante.example"


def policy_text(port: int, maildir: Path, *, partner: str = "internal", tail: bool = True) -> str:
    head = f"""
mode = "enforce"
[organization]
internal_domains = ["ssss.gouv.qc.ca"]
[domains]
"partenaire-sante.example" = "{partner}"
[classifiers]
ner = false
[server]
listen = "127.0.0.1:{port}"
next_hop = "maildir:{maildir}"
shutdown_grace_seconds = 5
[metrics]
listen = ""
"""
    return head + ('[[exceptions]]\nsender = "@ssss.gouv.qc.ca"\nrecipient = "@labo.example"\n'
                   'reason = "SECRET-REASON-TEXT"\n' if tail else "")


CONFIDENTIAL = (b"From: dr.tremblay@ssss.gouv.qc.ca\r\nTo: labo@partenaire-sante.example\r\n"
                b"Subject: [confidentiel] suivi\r\nMessage-ID: <reload@test>\r\n\r\nbonjour\r\n")


def send(port: int) -> int:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("client.test")
        client.mail(INTERNAL)
        client.rcpt(PARTNER)
        return client.data(CONFIDENTIAL)[0]


def delivered(maildir: Path) -> int:
    return len(list((maildir / "new").iterdir())) if (maildir / "new").is_dir() else 0


def wait_log(log: Path, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = log.read_text()
        if text in content:
            return content
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not logged:\n{log.read_text()}")


def test_emptied_and_truncated_files_are_refused_on_reload_and_changes_are_logged(tmp_path: Path) -> None:
    port, maildir, log = free_port(), tmp_path / "md", tmp_path / "serve.log"
    policy = tmp_path / "policy.toml"
    policy.write_text(policy_text(port, maildir))
    server = Sentinelle(policy, port, log).wait_listening()
    try:
        assert send(port) == 250 and delivered(maildir) == 1  # the partner is internal: delivered

        policy.write_text("")  # emptied
        server.process.send_signal(signal.SIGHUP)
        wait_log(log, "policy reload refused")
        assert send(port) == 250 and delivered(maildir) == 2  # still internal: old policy in force

        policy.write_text(policy_text(port, maildir, tail=False))  # cut before [[exceptions]]
        server.process.send_signal(signal.SIGHUP)
        content = wait_log(log, "exceptions: in the running policy but missing")
        assert content.count("policy reload refused") == 2
        assert send(port) == 250 and delivered(maildir) == 3

        policy.write_text(policy_text(port, maildir, partner="external"))  # a real change
        server.process.send_signal(signal.SIGHUP)
        content = wait_log(log, "policy change: domains")
        assert "added partenaire-sante.example=external" in content
        assert "removed partenaire-sante.example=internal" in content
        assert send(port) == 250 and delivered(maildir) == 4  # now external + confidential: refused,
        newest = max((maildir / "new").iterdir(), key=lambda p: p.stat().st_mtime_ns).read_bytes()
        assert b"report-type=delivery-status" in newest  # and the sender notified instead
    finally:
        server.stop()
    content = log.read_text()
    assert "SECRET-REASON-TEXT" not in content
    assert EMPTY_FILE.split(":")[0] in content


def test_policy_check_refuses_an_empty_file(tmp_path: Path, capsys: object) -> None:
    for text in ("", "\n\n", "# only a comment\n"):
        empty = tmp_path / "policy.toml"
        empty.write_text(text)
        assert main(["policy", "check", str(empty)]) != 0
        try:
            load_policy(empty)
        except PolicyError as error:
            assert EMPTY_FILE in error.errors
        else:
            raise AssertionError("an empty file was accepted")
    assert "valid" not in capsys.readouterr().out  # type: ignore[attr-defined]


def test_security_changes_name_keys_and_count_exceptions() -> None:
    before = parse_policy(b'[[exceptions]]\nsender = "a@x.example"\nreason = "Mme Exemple"\n'
                          b'[server]\nallowed_networks = ["127.0.0.0/8"]\n')
    after = parse_policy(b'fail_open = true\n[organization]\ninternal_domains = ["a.example"]\n'
                         b'[server]\nallowed_networks = ["0.0.0.0/0"]\n[classifiers]\nmin_confidence = 0.9\n')
    changes = security_changes(before, after)
    assert "fail_open: False -> True" in changes
    assert "organization.internal_domains: added a.example; removed ssss.gouv.qc.ca" in changes
    assert "server.allowed_networks: added 0.0.0.0/0; removed 127.0.0.0/8" in changes
    assert "classifiers.min_confidence: 0.6 -> 0.9" in changes
    assert "exceptions: 1 -> 0 (0 added, 1 removed)" in changes
    assert not any("Mme Exemple" in c for c in changes)
    assert security_changes(before, before) == []


def test_policy_check_against_the_running_file_refuses_a_truncated_copy(tmp_path: Path,
                                                                        capsys: object) -> None:
    running, copy = tmp_path / "policy.toml", tmp_path / "new.toml"
    running.write_text(policy_text(1025, tmp_path / "md"))
    copy.write_text(policy_text(1025, tmp_path / "md", tail=False))  # cut before [[exceptions]]
    assert main(["policy", "check", str(copy)]) == 0  # alone, a shorter file may be deliberate
    assert main(["policy", "check", str(copy), "--against", str(running)]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "exceptions: in" in err and "truncated" in err
    assert main(["policy", "check", str(running), "--against", str(running)]) == 0
