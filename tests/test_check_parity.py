"""``sentinelle check --json`` gives, per recipient, the decision fields the server writes to its audit
trail for the same message: a live ``sentinelle serve`` and the ``check`` command, one policy."""

from __future__ import annotations

import json
import os
import smtplib
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import free_port
from sentinelle_process import REPO, Sentinelle

SENDER = "dre.gagnon@ssss.gouv.qc.ca"
RECIPIENTS = ["inf@ssss.gouv.qc.ca", "labo@clinique.example", "ami@gmail.com", "x@approuve.example"]
# LF line ends (as an .eml saved on Unix) and a forged X-Sentinelle field: check cleans them as serve does.
CLINICAL = (f"From: Dre Gagnon <{SENDER}>\nTo: labo@clinique.example\nSubject: Suivi\n"
            "X-Sentinelle-Audit: would-deliver rule=internal\nMessage-ID: <parity-{n}@ssss.gouv.qc.ca>\n{extra}\n"
            "Bonjour, la patiente Marie Tremblay (NAM TREM 5551 1512) a un diabete de type 2.\n")
DECISION_FIELDS = ("recipient", "action", "rule", "audit_action", "exception_reason", "confidential", "overruled",
                   "forced_confidential", "encrypted", "forwarding", "forwarding_markers", "finding_types", "findings",
                   "warnings", "outcome")


def write_policy(path: Path, port: int, tmp: Path) -> None:
    path.write_text(f"""
[rules]
webmail = "audit"
[[exceptions]]
sender = "{SENDER}"
recipient = "@approuve.example"
reason = "Entente 2026-014"
[encryption]
keyring = "{tmp / 'ring'}"
[classifiers]
ner = false
[server]
listen = "127.0.0.1:{port}"
next_hop = "maildir:{tmp / 'md'}"
shutdown_grace_seconds = 5
[metrics]
listen = ""
[audit]
path = "{tmp / 'audit.jsonl'}"
""")


@pytest.mark.parametrize("extra", ["", "X-MS-Exchange-Organization-AutoForwarded: true\n"],
                         ids=["plain", "auto_forwarded"])
def test_check_json_equals_the_audit_lines(tmp_path: Path, extra: str) -> None:
    port = free_port()
    policy = tmp_path / "policy.toml"
    write_policy(policy, port, tmp_path)
    message = CLINICAL.format(n=len(extra), extra=extra).encode()
    eml = tmp_path / "m.eml"
    eml.write_bytes(message)
    server = Sentinelle(policy, port, tmp_path / "serve.log").wait_listening()
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            client.sendmail(SENDER, RECIPIENTS, message.replace(b"\n", b"\r\n"))
    finally:
        server.stop()
    audited = {e["recipient"]: e for e in map(json.loads, (tmp_path / "audit.jsonl").read_text().splitlines())
               if "event" not in e}
    checked = subprocess.run(
        [sys.executable, "-m", "sentinelle.proxy", "check", "--json", "--policy", str(policy), "--mail-from", SENDER,
         *[arg for r in RECIPIENTS for arg in ("--rcpt", r)], str(eml)],
        capture_output=True, text=True, cwd=tmp_path, timeout=180, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert checked.returncode in (0, 1), checked.stderr
    result = json.loads(checked.stdout)
    assert [r["recipient"] for r in result["recipients"]] == RECIPIENTS == list(audited)
    for recipient in result["recipients"]:
        entry = audited[recipient["recipient"]]
        assert {k: recipient.get(k) for k in DECISION_FIELDS} == {k: entry.get(k) for k in DECISION_FIELDS}
    by_rule = {r["recipient"]: (r["rule"], r.get("audit_action")) for r in result["recipients"]}
    if extra:
        assert result["recipients"][1]["forwarding_markers"] and by_rule["labo@clinique.example"][0] == "auto_forward"
    else:
        assert by_rule == {"inf@ssss.gouv.qc.ca": ("internal", None), "labo@clinique.example": ("no_key", None),
                           "ami@gmail.com": ("webmail", "reject"), "x@approuve.example": ("exception", None)}
        assert result["recipients"][3]["exception_reason"] == "Entente 2026-014"
    assert result["scoring_reasons"] and any(f["counted"] for f in result["findings"])


def test_check_cleans_line_endings_as_serve_does(tmp_path: Path) -> None:
    """A message with CR-only line ends (as some old clients and scripts write them): serve makes every
    line end CRLF before inspecting; check must judge the same bytes, or it would call 'deliver' a
    message the server refuses."""
    source = (REPO / "tests" / "corpus" / "positive" / "fr-sin-claim-0.eml").read_bytes()
    eml = tmp_path / "cr-only.eml"
    eml.write_bytes(source.replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[classifiers]\nner = false\n[encryption]\nkeyring = "{tmp_path / "ring"}"\n')
    checked = subprocess.run(
        [sys.executable, "-m", "sentinelle.proxy", "check", "--json", "--policy", str(policy), "--mail-from", SENDER,
         "--rcpt", "labo@clinique.example", str(eml)],
        capture_output=True, text=True, cwd=tmp_path, timeout=180, env={**os.environ, "PYTHONPATH": str(REPO)})
    [recipient] = json.loads(checked.stdout)["recipients"]
    assert checked.returncode == 1 and (recipient["action"], recipient["rule"]) == ("reject", "no_key")
