"""Audit trail: one masked JSON line per recipient decision, file 0600, reopen after rotation."""

from __future__ import annotations

import email
import json
import stat
from pathlib import Path

import pytest

from sentinelle.proxy.model import Envelope
from sentinelle.proxy.observability.audit import AuditTrail, audit_entries, audit_location
from sentinelle.proxy.pipeline.analyze import Analysis, Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from tests.policy_support import FakeKeys, FixedClassifier, Parsed, eml, finding, inspection

SENDER = "dre.gagnon@ssss.gouv.qc.ca"
SUBJECT = "Résultats de Marie Tremblay"


def analysis(*, mode: str = "enforce") -> tuple[Analysis, Envelope]:
    text = shipped_policy_text().replace('mode = "enforce"', f'mode = "{mode}"')
    text += '\n[[exceptions]]\nsender = "dre.gagnon@ssss.gouv.qc.ca"\nrecipient = "@approuve.example"\n' \
            'reason = "Entente 2026-014"\n'
    policy = parse_policy(text.encode())
    found = inspection(finding("ramq_nam", "body", 0.99, "TREM **** **12"),
                       finding("patient_name", "attachment:Tremblay_Marie_bilan.pdf", 0.8, "M*** T***"),
                       finding("ramq_nam", "subject", 0.9, "TREM **** **34"), confidential=True)
    analyzer = Analyzer(policy, FixedClassifier(found), FakeKeys({"dr.lab@clinique.example": frozenset({"A" * 16})}),
                        parse=lambda data: Parsed(email.message_from_bytes(data)), record_metrics=False)
    envelope = Envelope(SENDER, ("inf@ssss.gouv.qc.ca", "dr.lab@clinique.example", "x@clinique.example",
                                 "y@approuve.example"))
    data = eml([("From", SENDER), ("To", "dr.lab@clinique.example"), ("Subject", SUBJECT),
                ("Message-ID", "<m1@ssss.gouv.qc.ca>")], "Patiente Marie Tremblay, NAM TREM 5512 3112\r\n")
    return analyzer.analyze(data, envelope), envelope


def test_one_entry_per_recipient_with_rule_action_and_masked_findings() -> None:
    result, envelope = analysis()
    entries = audit_entries(result, envelope, {"dr.lab@clinique.example": "encrypted"}, policy=None)
    assert [(e["recipient"], e["action"], e["rule"]) for e in entries] == [
        ("inf@ssss.gouv.qc.ca", "deliver", "internal"),
        ("dr.lab@clinique.example", "encrypt", "gateway_encrypted"),
        ("x@clinique.example", "reject", "no_key"),
        ("y@approuve.example", "deliver", "exception"),
    ]
    first = entries[1]
    assert first["message_id"] == "<m1@ssss.gouv.qc.ca>" and first["sender"] == SENDER
    assert first["finding_types"] == {"ramq_nam": 2, "patient_name": 1}
    assert first["outcome"] == "encrypted" and entries[0]["outcome"] == "unknown"
    assert "audit_action" not in first
    assert {f["location"] for f in first["findings"]} == {"body", "subject", "attachment:*.pdf"}
    text = json.dumps(entries, ensure_ascii=False)
    for secret in ("Tremblay", "Marie", "5512", SUBJECT):
        assert secret not in text
    assert first["time"].endswith("Z")


def test_exception_reason_is_recorded() -> None:
    result, envelope = analysis()
    policy = parse_policy(shipped_policy_text().encode() + b'\n[[exceptions]]\nsender = "dre.gagnon@ssss.gouv.qc.ca"'
                          b'\nrecipient = "@approuve.example"\nreason = "Entente 2026-014"\n')
    entries = audit_entries(result, envelope, "relayed", policy=policy)
    assert entries[3]["exception_reason"] == "Entente 2026-014" and entries[3]["outcome"] == "relayed"


def test_audit_mode_records_what_enforce_would_have_done() -> None:
    result, envelope = analysis(mode="audit")
    entries = audit_entries(result, envelope, "relayed")
    refused = entries[2]
    assert (refused["action"], refused["rule"], refused["audit_action"]) == ("deliver", "no_key", "reject")


@pytest.mark.parametrize(("location", "expected"), [
    ("body", "body"), ("subject", "subject"), ("attachment:Dupont_Jean.PDF", "attachment:*.pdf"),
    ("attachment:dossiers.zip/Jean Dupont.docx", "attachment:*.zip/*.docx"), ("attachment:noname", "attachment:*"),
])
def test_attachment_names_are_masked(location: str, expected: str) -> None:
    assert audit_location(location) == expected


def test_file_is_0600_appended_and_reopened(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    trail = AuditTrail(str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    trail.record({"n": 1, "excerpt": "GAGL **** **12"})
    path.rename(tmp_path / "audit.jsonl.1")  # logrotate
    trail.record({"n": 2})  # the path names another file (none): a new one, even before SIGHUP
    trail.reopen()
    trail.record({"n": 3})
    trail.close()
    assert [json.loads(line)["n"] for line in (tmp_path / "audit.jsonl.1").read_text().splitlines()] == [1]
    assert [json.loads(line)["n"] for line in path.read_text().splitlines()] == [2, 3]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    AuditTrail(str(path)).record({"n": 4})
    assert len(path.read_text().splitlines()) == 3


def test_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    trail = AuditTrail("-")
    trail.record({"rule": "webmail", "é": "✓"})
    trail.reopen()
    trail.close()
    assert json.loads(capsys.readouterr().out) == {"rule": "webmail", "é": "✓"}
